import { describe, expect, it } from 'vitest';
import { completeCapture } from '@/lib/capture/complete-capture';
import { extractFreelancer, extractFreelancerWith } from '@/lib/platforms/freelancer';
import { extractUpwork, extractUpworkWith } from '@/lib/platforms/upwork';
import { fixtureText, loadFixture } from '../platforms/helpers';
import { extractGmail, extractGmailWith } from '@/lib/platforms/gmail';
import { extractOutlook, extractOutlookWith } from '@/lib/platforms/outlook';
import type { ClientSnapshot } from '@/lib/model';

const BAD_CLIENT = 'https://www.upwork.com/jobs/Logo-and-brand-kit-for-a-fitness-app_~021888000000000000042/';

describe('completeCapture', () => {
  it('finds in the background the same red flags the full extractor finds on the page (Upwork)', () => {
    const url = new URL(BAD_CLIENT);
    const doc = loadFixture('upwork/job-page-bad-client.html', BAD_CLIENT);
    const full = extractUpwork(doc, url)!;
    const light = extractUpworkWith(doc, url, {})!;
    expect(light.redFlags).toEqual([]);
    expect(full.redFlags.length).toBeGreaterThan(0);
    expect(completeCapture(light)!.redFlags).toEqual(full.redFlags);
    expect(completeCapture(light)!.fieldSources.redFlags).toBe(light.fieldSources['job.description']);
  });

  it('does the same for Freelancer.com', () => {
    const address = 'https://www.freelancer.com/projects/php/booking-website-for-yoga-studio';
    const doc = loadFixture('freelancer/project-page.html', address);
    const full = extractFreelancer(doc, new URL(address))!;
    const light = extractFreelancerWith(doc, new URL(address), {})!;
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
    ['gmail/thread.html', GMAIL, extractGmail, extractGmailWith],
    ['outlook/reading-pane.html', OUTLOOK, extractOutlook, extractOutlookWith],
  ] as const)('%s: the background reads exactly what the page would have', (fixture, address, full, light) => {
    const doc = loadFixture(fixture, address);
    const url = new URL(address);
    const left = light(doc, url, {})!;
    expect(left.mail?.ownText.length).toBeGreaterThan(0);
    // The content script parsed no signature: no phone, no company ids yet.
    expect(left.client.phones).toBeUndefined();
    const read = completeCapture(left)!;
    expect(read).not.toHaveProperty('mail');
    expect(withoutTime(read)).toEqual(withoutTime(full(doc, url)));
  });

  it('drops an email that says nothing of who wrote', () => {
    const doc = loadFixture('gmail/thread.html', GMAIL);
    const left = extractGmailWith(doc, new URL(GMAIL), {})!;
    const anonymous: ClientSnapshot = {
      ...left,
      client: {},
      fieldSources: {},
      mail: { sender: { source: 'x' }, ownText: 'Bonjour,\nMerci.', signatureSource: 'x', ownEmails: [] },
    };
    expect(completeCapture(anonymous)).toBeNull();
  });
});
