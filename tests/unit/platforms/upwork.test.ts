import { beforeAll, describe, expect, it } from 'vitest';
import type { ClientSnapshot } from '../../../lib/model/snapshot';
import { first } from '../../../lib/platforms/parse/dom';
import {
  UPWORK_SELECTORS,
  captureUpwork,
  extractUpwork,
  extractUpworkTiles,
  matches,
  upworkJobId,
  upworkPageKind,
} from '../../../lib/platforms/upwork';
import { completeCapture } from '../../../lib/capture/complete-capture';
import { usd } from '../builders';
import { expectValidSnapshot, field, htmlDocument, loadFixture, readPage } from './helpers';

const SLIDER_URL = 'https://www.upwork.com/nx/find-work/most-recent/details/~021999055296412911573?pageTitle=Job%20Details';

describe('Upwork job details slider (saved page)', () => {
  let snapshot: ClientSnapshot;
  beforeAll(() => {
    snapshot = readPage(extractUpwork, 'upwork/job-details-slider.html', SLIDER_URL);
  });

  it.each<[string, unknown]>([
    ['platform', 'upwork'],
    ['pageKind', 'job-slider'],
    ['signals.paymentVerified', true],
    ['signals.rating', 4.28],
    ['signals.reviewsCount', 7],
    ['client.countryName', 'Italy'],
    ['client.city', 'Milano'],
    ['signals.localTime', '11:03 AM'],
    ['signals.jobsPosted', 28],
    ['signals.hireRatePercent', 68],
    ['signals.openJobs', 1],
    ['signals.totalSpent', usd(1_100_000)],
    ['signals.hires', 19],
    ['signals.activeHires', 7],
    ['signals.avgHourlyRate', usd(500)],
    ['signals.hoursBilled', 157],
    ['signals.memberSince', '2014-07-07'],
    ['signals.industry', undefined],
    ['signals.companySize', undefined],
    ['signals.phoneVerified', undefined],
    ['job.title', 'Expo Prototype Development (iOS/Android/Web) using Atomic Design + Gluestack UI + NativeWind'],
    ['job.externalId', '~021999055296412911573'],
    ['job.budget', { type: 'fixed', min: usd(30_000), max: usd(30_000) }],
    ['job.skills', ['React Native', 'Mobile App Design', 'Mobile App Development', 'Expo.io']],
    ['job.history.length', 5],
    // The header counts 17 past jobs; the page lists 5 of them.
    ['job.historyTotal', 17],
    ['redFlags', []],
  ])('%s', (path, expected) => {
    expect(field(snapshot, path), path).toEqual(expected);
  });

  it('job.description keeps the post’s lines and leaves the "Summary" heading out', () => {
    const description = snapshot.job?.description ?? '';
    expect(description.startsWith('Expo Prototype (iOS/Android/Web) using Atomic Design + Gluestack UI + NativeWind\n'), 'job.description').toBe(true);
    expect(description, 'job.description').toContain('\nRequirements:\nBuild with Expo for iOS, Android, and Web\n');
    expect(description.endsWith('1–2 weeks (flexible)'), 'job.description').toBe(true);
  });

  it('job.history: title, period, amount paid, and what the freelancer said of the client', () => {
    const history = snapshot.job?.history ?? [];
    expect(history[0], 'job.history.0').toEqual({
      title: 'Video Management Panel UI Development (React + Redux Toolkit)',
      period: 'Apr 2025 - Jul 2025',
      paid: usd(62_500),
      ratingByFreelancer: 1,
      commentByFreelancer:
        'Requirements were vague, yet I went beyond the original scope to deliver quality work. Despite completing and delivering the milestone as agreed, the …',
    });
    // "No feedback given" by the freelancer: no rating, no comment, even though the client rated them.
    expect(history[1], 'job.history.1').toMatchObject({ title: 'From StyleComponent to Tailwind: Home Page Makeover', ratingByFreelancer: 2.5, paid: usd(4_000) });
    expect(history[3], 'job.history.3').toEqual({ title: 'React - React Native Developper', period: 'Feb 2021 - Jun 2021', paid: usd(78_666) });
    expect(history[4]?.ratingByFreelancer, 'job.history.4.ratingByFreelancer').toBe(5);
  });

  it('fieldSources says where each field came from, and how much of the history the page lists', () => {
    expect(snapshot.fieldSources['signals.totalSpent'], 'fieldSources.signals.totalSpent').toBe('About the client › total spent');
    expect(snapshot.fieldSources['job.history'], 'fieldSources.job.history').toBe("Client's recent history (5 listed of 17)");
    expect(snapshot.fieldSources['job.historyTotal'], 'fieldSources.job.historyTotal').toBe("Client's recent history › count");
    for (const key of Object.keys(snapshot.signals)) expect(snapshot.fieldSources[`signals.${key}`], `fieldSources.signals.${key}`).toBeTruthy();
  });
});

describe('Upwork job page of a bad client (reconstruction)', () => {
  let snapshot: ClientSnapshot;
  beforeAll(() => {
    snapshot = readPage(extractUpwork, 'upwork/job-page-bad-client.html', 'https://www.upwork.com/jobs/Logo-and-brand-kit-for-a-fitness-app_~021888000000000000042/');
  });

  it.each<[string, unknown]>([
    ['pageKind', 'job'],
    ['signals.paymentVerified', false],
    ['signals.phoneVerified', true],
    ['signals.rating', 2.15],
    ['signals.reviewsCount', 9],
    ['client.countryName', 'France'],
    ['client.city', 'Lyon'],
    ['signals.jobsPosted', 41],
    ['signals.hireRatePercent', 12],
    ['signals.openJobs', 6],
    ['signals.totalSpent', usd(120_000)],
    ['signals.hires', 5],
    ['signals.activeHires', 0],
    ['signals.avgHourlyRate', usd(450)],
    ['signals.hoursBilled', 1204],
    ['signals.industry', 'Health & Fitness'],
    ['signals.companySize', 'Small company (2-9 people)'],
    ['signals.memberSince', '2024-03-03'],
    ['job.budget', { type: 'hourly', min: usd(1_500), max: usd(3_500) }],
    ['job.history.length', 4],
    ['job.historyTotal', 4],
    ['job.history.0.ratingByFreelancer', 2],
    ['job.history.0.commentByFreelancer', 'Client never paid for the last milestone and stopped answering.'],
    ['job.history.1.ratingByFreelancer', 1],
    ['job.history.1.paid', usd(17_100)],
    ['job.history.2.ratingByFreelancer', undefined],
    ['job.history.2.commentByFreelancer', undefined],
  ])('%s', (path, expected) => {
    expect(field(snapshot, path), path).toEqual(expected);
  });

  it('redFlags: each scam sentence of the description once, the "Upwork messages only" line not at all', () => {
    expect(snapshot.redFlags, 'redFlags').toEqual([
      { kind: 'free-work', quote: 'Before hiring we need a free test task: design 3 logo concepts.' },
      { kind: 'off-platform', quote: 'After that, contact me on Telegram @brightpeak_hr to discuss the details.' },
      { kind: 'pay-outside', quote: 'We will pay via PayPal directly to avoid Upwork fees.' },
      { kind: 'money-asked', quote: 'To unlock the brand files you must purchase a starter kit ($49).' },
    ]);
  });
});

describe('Upwork in two stages: texts read in the page, parsed in the background', () => {
  it('sends texts only, which the background completes into what the full extractor reads', () => {
    const url = new URL('https://www.upwork.com/jobs/Logo-and-brand-kit-for-a-fitness-app_~021888000000000000042/');
    const doc = loadFixture('upwork/job-page-bad-client.html');
    const light = captureUpwork(doc, url);
    const full = extractUpwork(doc, url);
    expectValidSnapshot(light);
    expectValidSnapshot(full);
    // Nothing parsed in the page: no fields, no red flags, the block's texts as the page shows them.
    expect(light).toMatchObject({ client: {}, signals: {}, redFlags: [], fieldSources: {} });
    expect(light.job).toBeUndefined();
    expect(light.upwork?.about?.totalSpent).toBe('$1.2K total spent');
    expect(light.upwork?.about?.memberSince).toBe('Member since Mar 3, 2024');
    const completed = completeCapture(light);
    expect(completed?.upwork, 'the texts are dropped once parsed').toBeUndefined();
    expect({ ...completed, capturedAt: '' }).toEqual({ ...full, capturedAt: '' });
  });

  it('completes a messages room from its address alone', () => {
    const url = new URL('https://www.upwork.com/ab/messages/rooms/room_0a1b2c3d4e?pageTitle=Brightpeak%20Studio');
    const light = captureUpwork(htmlDocument('<main></main>'), url);
    expect(light?.upwork).toEqual({});
    expect(completeCapture(light!)).toMatchObject({
      pageKind: 'messages',
      client: { displayName: 'Brightpeak Studio', externalId: 'room_0a1b2c3d4e' },
    });
  });

  it('sends nothing on a list without a selected job', () => {
    expect(captureUpwork(htmlDocument('<main></main>'), new URL('https://www.upwork.com/nx/find-work/most-recent'))).toBeNull();
  });
});

describe('Upwork public job page, logged out (reconstruction)', () => {
  it('reads the visitor block: location, local time, member since; nothing it does not show', () => {
    const s = readPage(extractUpwork, 'upwork/job-page-logged-out.html', 'https://www.upwork.com/freelance-jobs/apply/Copywriter-for-product-pages_~021888000000000000077/');
    expect(s.client, 'client').toEqual({ countryName: 'Portugal', city: 'Porto' });
    expect(s.signals, 'signals').toEqual({ localTime: '11:32 AM', memberSince: '2025-07-03' });
    expect(s.job?.budget, 'job.budget').toEqual({ type: 'fixed', min: usd(15_000), max: usd(15_000) });
    expect(s.job?.externalId, 'job.externalId').toBe('~021888000000000000077');
  });
});

describe('Upwork job page without the client block (saved, truncated)', () => {
  it('keeps the job: its title, id and description', () => {
    const s = readPage(extractUpwork, 'upwork/job-page-truncated.html', 'https://www.upwork.com/jobs/Talented-hands-next-supabase-developer-needed_~021999060037801980319/?referrer_url_path=find_work_home');
    expect(s.client, 'client').toEqual({});
    expect(s.signals, 'signals').toEqual({});
    expect(s.job?.title, 'job.title').toBe('Talented/hands on next.js/supabase developer needed');
    expect(s.job?.externalId, 'job.externalId').toBe('~021999060037801980319');
    expect(s.job?.description, 'job.description').toBe(
      "We're looking for a single developer freelancer (no agency/no team) for a new next.js/vercel/supabase/tailwind responsive mobile web application.",
    );
  });
});

describe('Upwork lists (saved feed and search pages)', () => {
  let feed: Document;
  let search: Document;
  beforeAll(() => {
    feed = loadFixture('upwork/find-work-feed.html');
    search = loadFixture('upwork/search-results.html');
  });

  it('returns null for a list with no selected job: many clients, none chosen', () => {
    expect(extractUpwork(feed, new URL('https://www.upwork.com/nx/find-work/most-recent'))).toBeNull();
    expect(extractUpwork(search, new URL('https://www.upwork.com/nx/search/jobs/?q=shopify'))).toBeNull();
  });

  it('reads the feed tile of the selected job while the slider is not rendered', () => {
    const s = extractUpwork(feed, new URL('https://www.upwork.com/nx/find-work/most-recent/details/~021999055296412911573'));
    expectValidSnapshot(s);
    expect(s.pageKind, 'pageKind').toBe('feed');
    expect(s.signals, 'signals').toEqual({ paymentVerified: true, totalSpent: usd(1_000_000), rating: 4.3 });
    expect(s.client, 'client').toEqual({ countryName: 'Italy' });
    expect(s.job?.budget, 'job.budget').toEqual({ type: 'fixed', min: usd(30_000), max: usd(30_000) });
    expect(s.job?.skills, 'job.skills').toEqual(['React Native', 'Mobile App Design', 'Mobile App Development', 'Expo.io']);
  });

  it('reads an hourly feed tile; a 0-of-5 widget is no rating', () => {
    const s = extractUpwork(feed, new URL('https://www.upwork.com/nx/find-work/most-recent/details/~021999053614064784340'));
    expectValidSnapshot(s);
    expect(s.signals, 'signals').toEqual({ paymentVerified: true, totalSpent: usd(0) });
    expect(s.client.countryName, 'client.countryName').toBe('Turkey');
    expect(s.job?.budget, 'job.budget').toEqual({ type: 'hourly', min: usd(2_500), max: usd(4_700) });
    expect(s.job?.title, 'job.title').toBe('Senior Full-Stack Engineer (React & Node.js) Needed');
  });

  it('reads the search tile of the selected job', () => {
    const s = extractUpwork(search, new URL('https://www.upwork.com/nx/search/jobs/details/~022024630798600595058?q=shopify'));
    expectValidSnapshot(s);
    expect(s.pageKind, 'pageKind').toBe('search');
    expect(s.signals, 'signals').toEqual({ paymentVerified: true, rating: 4.82, reviewsCount: 38, totalSpent: usd(6_000_000) });
    expect(s.client, 'client').toEqual({ countryName: 'United States' });
    expect(s.job?.budget, 'job.budget').toEqual({ type: 'fixed', min: usd(500_000), max: usd(500_000) });
    expect(s.job?.title, 'job.title').toBe('Shopify + Toast Marketing & Growth Specialist (Coffee Brand)');
  });

  it('gives one snapshot per search tile, with the screen-reader prefix stripped from locations', () => {
    const tiles = extractUpworkTiles(search, new URL('https://www.upwork.com/nx/search/jobs/?q=shopify'));
    expect(tiles).toHaveLength(10);
    for (const tile of tiles) expectValidSnapshot(tile);
    expect(tiles.map((t) => t.client.countryName)).toEqual([
      'Paraguay', 'Hong Kong', 'Kenya', 'United States', 'United States', 'Mexico', 'Paraguay', 'Australia', 'United States', 'USA',
    ]);
    expect(tiles[2]?.job?.budget, 'tiles.2.job.budget').toEqual({ type: 'hourly', min: usd(2_000), max: usd(4_500) });
    expect(tiles[1]?.signals, 'tiles.1.signals').toEqual({ paymentVerified: true, reviewsCount: 0, totalSpent: usd(0) });
    expect(tiles[0]?.signals, 'tiles.0.signals').toEqual({ paymentVerified: true, rating: 5, reviewsCount: 1, totalSpent: usd(20_000) });
  });

  it('gives one snapshot per feed tile', () => {
    const tiles = extractUpworkTiles(feed, new URL('https://www.upwork.com/nx/find-work/most-recent'));
    expect(tiles.map((t) => t.job?.externalId)).toEqual(['~021999055296412911573', '~021999053614064784340']);
  });
});

describe('Upwork messages room', () => {
  it('takes the room name from pageTitle and the room id from the path', () => {
    const s = extractUpwork(
      htmlDocument('<main></main>'),
      new URL('https://www.upwork.com/ab/messages/rooms/room_0a1b2c3d4e5f?pageTitle=Brightpeak%20Fitness%20%E2%80%93%20Logo&companyReference=1234'),
    );
    expectValidSnapshot(s);
    expect(s.pageKind).toBe('messages');
    expect(s.client, 'client').toEqual({ displayName: 'Brightpeak Fitness – Logo', externalId: 'room_0a1b2c3d4e5f' });
  });

  it('bounds a hostile room name to plain text', () => {
    const title = encodeURIComponent(`<img src=x onerror=alert(1)>${'x'.repeat(5_000)}\u202e`);
    const s = extractUpwork(htmlDocument(''), new URL(`https://www.upwork.com/ab/messages/rooms/room_ab12?pageTitle=${title}`));
    expectValidSnapshot(s);
    expect(s.client.displayName?.length).toBe(300);
    expect(s.client.displayName?.startsWith('<img src=x onerror=alert(1)>')).toBe(true);
  });
});

describe('Upwork robustness', () => {
  it('returns null on an empty page', () => {
    expect(extractUpwork(htmlDocument(''), new URL(SLIDER_URL))).toBeNull();
    expect(extractUpwork(htmlDocument(''), new URL('https://www.upwork.com/'))).toBeNull();
  });

  it('reads the client block full of garbage as "not found", field by field', () => {
    const doc = htmlDocument(`<div class="job-details-content"><div class="job-details-card">
      <div data-test="about-client-container">
        <strong class="text-caption">🙂🙂</strong>
        <div data-testid="buyer-rating"><span class="nowrap">NaN of ∞ reviews</span></div>
        <li data-qa="client-location"><strong></strong></li>
        <li data-qa="client-job-posting-stats"><strong>many jobs posted</strong><div>% hire rate</div></li>
        <strong data-qa="client-spend">$$$ total spent</strong>
        <li data-qa="client-contract-date"><small>Member since Feb 31, 2014</small></li>
      </div></div></div>`);
    const s = extractUpwork(doc, new URL(SLIDER_URL));
    expectValidSnapshot(s);
    expect(s.signals).toEqual({});
    expect(s.client).toEqual({});
  });

  it('ends hostile text as bounded plain strings', () => {
    const huge = 'A'.repeat(1_000_000);
    const doc = htmlDocument(`<div class="job-details-content"><div class="job-details-card">
      <h4><span class="flex-1">&lt;img src=x onerror=alert(1)&gt;${huge}</span></h4>
      <div data-test="Description"><p>\u202eevil\u0000 ${huge}</p></div>
      <div data-test="about-client-container"><li data-qa="client-location"><strong>${huge}</strong>
      <div><span class="nowrap">Z̵̛̖a̸l̷g̶o̴</span></div></li></div></div></div>`);
    const s = extractUpwork(doc, new URL(SLIDER_URL));
    expectValidSnapshot(s);
    expect(s.job?.title?.startsWith('<img src=x onerror=alert(1)>')).toBe(true);
    expect(s.job?.title?.length).toBe(500);
    expect(s.job?.description?.startsWith('evil ')).toBe(true);
    expect(s.job?.description?.length).toBeLessThanOrEqual(20_000);
    expect(s.client.countryName?.length).toBe(100);
    expect(s.client.city).toBe('Z̵̛̖a̸l̷g̶o̴');
  });

  it('ignores a slider still showing another job', () => {
    const doc = loadFixture('upwork/job-details-slider.html');
    expect(extractUpwork(doc, new URL('https://www.upwork.com/nx/find-work/most-recent/details/~021111111111111111111'))).toBeNull();
  });
});

describe('Upwork addresses', () => {
  it('matches only Upwork over https', () => {
    expect(matches(new URL('https://www.upwork.com/jobs/~02123'))).toBe(true);
    expect(matches(new URL('http://www.upwork.com/'))).toBe(false);
    expect(matches(new URL('https://www.upwork.com.evil.example/'))).toBe(false);
  });

  it.each([
    ['/jobs/~021999060037801980319', 'job'],
    ['/jobs/Slug_~021999060037801980319/', 'job'],
    ['/freelance-jobs/apply/Slug_~021999060037801980319/', 'job'],
    ['/nx/find-work/best-matches/details/~021999060037801980319', 'job-slider'],
    ['/nx/search/jobs/details/~021999060037801980319', 'job-slider'],
    ['/nx/proposals/job/~021999060037801980319/apply/', 'apply'],
    ['/nx/find-work/most-recent', 'feed'],
    ['/nx/search/jobs/', 'search'],
    ['/nx/find-work', 'feed'],
    ['/nx/search/jobs', 'search'],
    // Look-alike prefixes are other pages.
    ['/nx/find-workers', 'other'],
    ['/nx/search/jobsite', 'other'],
    ['/jobs', 'other'],
    ['/ab/messages/rooms/room_abc', 'messages'],
    ['/nx/plans/connects', 'other'],
  ])('%s is a %s page', (path, kind) => {
    expect(upworkPageKind(new URL(`https://www.upwork.com${path}`))).toBe(kind);
  });

  it('reads the job id in both cipher forms', () => {
    expect(upworkJobId(new URL('https://www.upwork.com/jobs/Slug_~021999060037801980319/'))).toBe('~021999060037801980319');
    expect(upworkJobId(new URL('https://www.upwork.com/jobs/~01fb0422c815aead49/'))).toBe('~01fb0422c815aead49');
    expect(upworkJobId(new URL('https://www.upwork.com/nx/find-work/'))).toBeUndefined();
  });
});

/** Which selectors each saved page must match: a markup change shows up here by name. */
describe('Upwork selectors against the saved pages', () => {
  const expectations: Record<string, Partial<Record<keyof typeof UPWORK_SELECTORS, boolean>>> = {
    'upwork/job-details-slider.html': {
      details: true, detailsScope: true, aboutClient: true, paymentVerifiedIcon: true, captionLines: true, ratingExact: true,
      ratingRounded: true, location: true, country: true, locationLines: true, jobPostingStats: true, totalSpent: true,
      hires: true, avgHourlyRate: true, hours: true, memberSince: true, jobTitle: true, description: true, skills: true,
      budgetFixed: true, jobUid: true, historyTitle: true, historyItems: true, historyJobTitle: true, historyDates: true,
      historyStats: true, historyComment: true, ratingPopper: true, ratingHidden: true, ratingShown: true,
    },
    'upwork/find-work-feed.html': {
      feedTile: true, feedTitle: true, feedPayment: true, feedSpent: true, feedCountry: true, feedRating: true,
      feedJobType: true, feedBudget: true, feedDescription: true, feedSkills: true,
    },
    'upwork/search-results.html': {
      searchTile: true, searchTitle: true, searchPayment: true, searchRating: true, searchRatingDetail: true,
      searchSpent: true, searchLocation: true, searchJobType: true, searchBudget: true, searchDescription: true, searchSkills: true,
    },
    'upwork/job-page-truncated.html': { details: true, detailsScope: true, jobTitle: true, description: true, jobUid: true },
  };

  for (const [fixture, selectors] of Object.entries(expectations)) {
    describe(fixture, () => {
      let doc: Document;
      beforeAll(() => {
        doc = loadFixture(fixture);
      });
      for (const [name, present] of Object.entries(selectors)) {
        it(`${name} ${present ? 'matches' : 'does not match'}`, () => {
          const list = UPWORK_SELECTORS[name as keyof typeof UPWORK_SELECTORS];
          expect(first(doc, list) !== null, `${fixture}: UPWORK_SELECTORS.${name} (${list.join(' | ')})`).toBe(present);
        });
      }
    });
  }
});
