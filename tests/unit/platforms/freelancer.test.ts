import { beforeAll, describe, expect, it } from 'vitest';
import type { ClientSnapshot } from '../../../lib/model/snapshot';
import { extractFreelancer, matches } from '../../../lib/platforms/freelancer';
import { usd } from '../builders';
import { expectValidSnapshot, field, htmlDocument, readPage } from './helpers';

const URL_PROJECT = 'https://www.freelancer.com/projects/php/booking-website-for-yoga-studio';

describe('Freelancer.com project page (reconstruction)', () => {
  let snapshot: ClientSnapshot;
  beforeAll(() => {
    snapshot = readPage(extractFreelancer, 'freelancer/project-page.html', URL_PROJECT);
  });

  it.each<[string, unknown]>([
    ['platform', 'freelancer'],
    ['pageKind', 'project'],
    ['signals.paymentVerified', true],
    ['signals.identityVerified', true],
    ['signals.depositMade', true],
    ['signals.emailVerified', true],
    ['signals.phoneVerified', false],
    ['signals.rating', 4.6],
    ['signals.reviewsCount', 12],
    ['signals.memberSince', '2018-11-13'],
    ['client.countryName', 'Spain'],
    ['client.city', 'Valencia'],
    ['client.displayName', 'olivia_yogastudio'],
    ['client.externalId', 'olivia_yogastudio'],
    ['client.profileUrl', 'https://www.freelancer.com/u/olivia_yogastudio'],
    ['job.externalId', '38123456'],
    ['job.title', 'Booking website for yoga studio'],
    ['job.budget', { type: 'fixed', min: usd(25_000), max: usd(75_000) }],
    ['job.skills', ['PHP', 'Website Design', 'WordPress']],
    ['redFlags', [{ kind: 'free-work', quote: 'Please send a free sample design first.' }]],
  ])('%s', (path, expected) => {
    expect(field(snapshot, path), path).toEqual(expected);
  });

  it('job.description keeps its lines', () => {
    expect(snapshot.job?.description, 'job.description').toBe(
      'We need a simple booking website for our yoga studio with online payment.\nPlease send a free sample design first.\nThe site must be in English and Spanish.',
    );
  });
});

describe('Freelancer.com variants', () => {
  it('reads verifications in French on freelancer.fr, and an hourly budget', () => {
    const doc = htmlDocument(`<app-project-view-details><h1>Traduction</h1>
      <div class="ProjectViewDetails-budget">€15.00 – 25.00 EUR per hour</div></app-project-view-details>
      <app-employer-info><div class="CardBody">
        <fl-list-item>Membre depuis le 3 mars 2019</fl-list-item>
        <fl-list-item>Paiement vérifié</fl-list-item>
        <fl-list-item>Identité vérifiée</fl-list-item>
        <fl-list-item>Téléphone non vérifié</fl-list-item>
      </div></app-employer-info>`);
    const s = extractFreelancer(doc, new URL('https://www.freelancer.fr/projects/translation/traduction'));
    expectValidSnapshot(s);
    expect(s.signals, 'signals').toEqual({ paymentVerified: true, identityVerified: true, phoneVerified: false, memberSince: '2019-03-03' });
    expect(s.job?.budget, 'job.budget').toEqual({ type: 'hourly', min: { amount: 1_500, currency: 'EUR' }, max: { amount: 2_500, currency: 'EUR' } });
  });

  it('leaves a verification "not found" when the card does not mention it', () => {
    const doc = htmlDocument('<app-employer-info><div class="CardBody"><fl-list-item>Email verified</fl-list-item></div></app-employer-info>');
    const s = extractFreelancer(doc, new URL(URL_PROJECT));
    expectValidSnapshot(s);
    expect(s.signals).toEqual({ emailVerified: true });
  });

  it('returns null where there is no employer and no project', () => {
    expect(extractFreelancer(htmlDocument('<p>Dashboard</p>'), new URL('https://www.freelancer.com/dashboard'))).toBeNull();
    expect(extractFreelancer(htmlDocument(''), new URL(URL_PROJECT))).toBeNull();
  });

  it('matches freelancer.com and freelancer.fr only', () => {
    expect(matches(new URL(URL_PROJECT))).toBe(true);
    expect(matches(new URL('https://www.freelancer.fr/projects/x/y'))).toBe(true);
    expect(matches(new URL('https://freelancer.example.com/'))).toBe(false);
  });
});
