import { describe, expect, it } from 'vitest';
import { completeCapture } from '@/lib/capture/complete-capture';
import { extractFreelancer, extractFreelancerWith } from '@/lib/platforms/freelancer';
import { extractUpwork, extractUpworkWith } from '@/lib/platforms/upwork';
import { loadFixture } from '../platforms/helpers';

const BAD_CLIENT = 'https://www.upwork.com/jobs/Logo-and-brand-kit-for-a-fitness-app_~021888000000000000042/';

describe('completeCapture', () => {
  it('finds in the background the same red flags the full extractor finds on the page (Upwork)', () => {
    const url = new URL(BAD_CLIENT);
    const doc = loadFixture('upwork/job-page-bad-client.html', BAD_CLIENT);
    const full = extractUpwork(doc, url)!;
    const light = extractUpworkWith(doc, url, {})!;
    expect(light.redFlags).toEqual([]);
    expect(full.redFlags.length).toBeGreaterThan(0);
    expect(completeCapture(light).redFlags).toEqual(full.redFlags);
    expect(completeCapture(light).fieldSources.redFlags).toBe(light.fieldSources['job.description']);
  });

  it('does the same for Freelancer.com', () => {
    const address = 'https://www.freelancer.com/projects/php/booking-website-for-yoga-studio';
    const doc = loadFixture('freelancer/project-page.html', address);
    const full = extractFreelancer(doc, new URL(address))!;
    const light = extractFreelancerWith(doc, new URL(address), {})!;
    expect(completeCapture(light).redFlags).toEqual(full.redFlags);
  });

  it('leaves a capture alone when it already has its red flags or has no description', () => {
    const doc = loadFixture('upwork/job-page-bad-client.html', BAD_CLIENT);
    const full = extractUpwork(doc, new URL(BAD_CLIENT))!;
    expect(completeCapture(full)).toBe(full);
    const bare = { ...full, redFlags: [], job: undefined };
    expect(completeCapture(bare)).toBe(bare);
  });
});
