import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { completeCapture } from '@/lib/capture/complete-capture';
import { captureFreelancer, extractFreelancer } from '@/lib/platforms/freelancer';
import { captureUpwork, extractUpwork } from '@/lib/platforms/upwork';
import { fixtureText, loadFixture } from '../platforms/helpers';
import { captureGmail, extractGmail } from '@/lib/platforms/gmail';
import { captureOutlook, extractOutlook } from '@/lib/platforms/outlook';
import type { ClientSnapshot } from '@/lib/model';
import { extractClient } from '@/lib/platforms/extract';
import type { Extract as PageReader } from '@/lib/capture/watch-page';
import { matches as onUpwork } from '@/lib/platforms/upwork';
import { matches as onFreelancer } from '@/lib/platforms/freelancer';
import { matches as onGmail } from '@/lib/platforms/gmail';
import { matches as onOutlook } from '@/lib/platforms/outlook';
import { captureOtherPlatform, matches as onOtherPlatform } from '@/lib/platforms/other-platforms';

const BAD_CLIENT = 'https://www.upwork.com/jobs/Logo-and-brand-kit-for-a-fitness-app_~021888000000000000042/';

/** The reader each content script runs, picked by host as the manifest does. */
const READERS: ReadonlyArray<[matches: (url: URL) => boolean, reader: PageReader]> = [
  [onUpwork, captureUpwork],
  [onFreelancer, captureFreelancer],
  [onGmail, captureGmail],
  [onOutlook, captureOutlook],
  [onOtherPlatform, captureOtherPlatform],
];

const SAVED_PAGES = readdirSync(fileURLToPath(new URL('../../fixtures/', import.meta.url)), { recursive: true })
  .map(String)
  .filter((f) => f.endsWith('.html'))
  .sort()
  .flatMap((fixture) => {
    const address = fixtureText(fixture).match(/https:\/\/[^\s"'<>]+/)?.[0];
    const url = address && !address.includes('...') ? new URL(address) : undefined;
    const reader = url && READERS.find(([matches]) => matches(url))?.[1];
    return url && reader ? [[fixture, url, reader] as const] : [];
  });

describe('what a content script sends, completed in the background', () => {
  it('covers the saved pages of every content script', () => {
    expect(SAVED_PAGES.length).toBeGreaterThanOrEqual(14);
    for (const [, reader] of READERS) expect(SAVED_PAGES.some(([, , r]) => r === reader)).toBe(true);
  });

  it.each(SAVED_PAGES)('%s: is what the full extractor reads on the page', (fixture, url, reader) => {
    const doc = loadFixture(fixture, url.href);
    const sent = reader(doc, url);
    // The content script ships no red-flag phrase list and no signature parser.
    expect(sent?.redFlags ?? [], 'redFlags sent').toEqual([]);
    const completed = sent && completeCapture(sent);
    const full = extractClient(doc, url);
    expect(completed && { ...completed, capturedAt: '' }).toEqual(full && { ...full, capturedAt: '' });
  });
});

describe('completeCapture', () => {
  it('finds in the background the same red flags the full extractor finds on the page (Upwork)', () => {
    const url = new URL(BAD_CLIENT);
    const doc = loadFixture('upwork/job-page-bad-client.html', BAD_CLIENT);
    const full = extractUpwork(doc, url)!;
    const light = captureUpwork(doc, url)!;
    expect(light.redFlags).toEqual([]);
    expect(full.redFlags.length).toBeGreaterThan(0);
    expect(completeCapture(light)!.redFlags).toEqual(full.redFlags);
    expect(completeCapture(light)!.fieldSources.redFlags).toBe(full.fieldSources['job.description']);
  });

  it('does the same for Freelancer.com', () => {
    const address = 'https://www.freelancer.com/projects/php/booking-website-for-yoga-studio';
    const doc = loadFixture('freelancer/project-page.html', address);
    const full = extractFreelancer(doc, new URL(address))!;
    const light = captureFreelancer(doc, new URL(address))!;
    expect(completeCapture(light)!.redFlags).toEqual(full.redFlags);
  });

  it('leaves a capture alone when it already has its red flags or has no description', () => {
    const doc = loadFixture('upwork/job-page-bad-client.html', BAD_CLIENT);
    const full = extractUpwork(doc, new URL(BAD_CLIENT))!;
    expect(completeCapture(full)).toBe(full);
    const bare = { ...full, redFlags: [], job: undefined };
    expect(completeCapture(bare)).toBe(bare);
  });
});

describe('completeCapture on an email left for the background', () => {
  const GMAIL = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQZTzKqWvbNlHxRbcdJmsXGqLtB';
  const OUTLOOK = (fixtureText('outlook/reading-pane.html').match(/https:\/\/[^\s"'<>]+/) ?? [''])[0];
  const withoutTime = (s: ClientSnapshot | null) => s && { ...s, capturedAt: '' };

  it.each([
    ['gmail/thread.html', GMAIL, extractGmail, captureGmail],
    ['outlook/reading-pane.html', OUTLOOK, extractOutlook, captureOutlook],
  ] as const)('%s: the background reads exactly what the page would have', (fixture, address, full, light) => {
    const doc = loadFixture(fixture, address);
    const url = new URL(address);
    const left = light(doc, url)!;
    expect(left.mail?.ownText.length).toBeGreaterThan(0);
    // The content script parsed no signature: no phone, no company ids yet.
    expect(left.client.phones).toBeUndefined();
    const read = completeCapture(left)!;
    expect(read).not.toHaveProperty('mail');
    expect(withoutTime(read)).toEqual(withoutTime(full(doc, url)));
  });

  it('drops an email that says nothing of who wrote', () => {
    const doc = loadFixture('gmail/thread.html', GMAIL);
    const left = captureGmail(doc, new URL(GMAIL))!;
    const anonymous: ClientSnapshot = {
      ...left,
      client: {},
      fieldSources: {},
      mail: { sender: { source: 'x' }, ownText: 'Bonjour,\nMerci.', signatureSource: 'x', ownEmails: [] },
    };
    expect(completeCapture(anonymous)).toBeNull();
  });
});
