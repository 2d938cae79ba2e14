// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fireEvent, render, screen, within } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { JobFit } from '@/components/profile/JobFit';
import { setLanguage } from '@/lib/i18n/messages';
import type { ClientSnapshot } from '@/lib/model';
import { extractUpwork } from '@/lib/platforms/upwork';
import type { FreelancerProfile } from '@/lib/profile/profile';
import { resetUiAfterEach } from '../ui';

const TODAY = '2026-01-15';
const profile: FreelancerProfile = {
  strengths: ['React', 'TypeScript', 'Figma'],
  services: [],
  minimumRates: { USD: { hourly: 4_500 } },
  minimumProject: { EUR: 150_000 },
  languages: [],
  exchangeRates: { 'EUR/USD': { rate: 1.08, enteredOn: '2026-01-02' } },
};

const badReviews = (): ClientSnapshot => {
  // Read from the working directory: under happy-dom, module URLs are not file paths.
  const html = readFileSync(join(process.cwd(), 'tests/fixtures/upwork/job-details-slider-bad-reviews.html'), 'utf8');
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const snapshot = extractUpwork(doc, new URL('https://www.upwork.com/nx/find-work/most-recent/details/~021888000000000000123'));
  if (!snapshot) throw new Error('the reconstructed slider page gave no snapshot');
  return snapshot;
};

describe('JobFit (popup)', () => {
  resetUiAfterEach();

  it('shows the rate check with its figures, the conversion and where each figure was read', () => {
    render(<JobFit snapshot={badReviews()} profile={profile} today={TODAY} />);
    const rates = screen.getByTestId('job-fit-rates');
    const average = rates.querySelector('[data-rate="client-average"]')!;
    expect(average.getAttribute('data-verdict')).toBe('below');
    expect(average.textContent).toContain('This client paid US$6.50 an hour on average. Your minimum is US$45.00 an hour.');
    expect(average.textContent).toContain('Below your minimum: 14% of it');
    expect(average.textContent).toContain('Seen at: About the client › avg hourly rate paid');
    const budget = rates.querySelector('[data-rate="job-budget"]')!;
    expect(budget.textContent).toContain('Fixed budget: US$250.00. Your minimum project size is €1,500.00.');
    expect(budget.textContent).toContain('That is €231.48 at the rate you entered on 2 Jan 2026 (1 EUR = 1.08 USD).');
  });

  it('says which skills would be promises, and which are strengths, quoting the description', () => {
    render(<JobFit snapshot={badReviews()} profile={profile} today={TODAY} />);
    const promises = screen.getByTestId('not-strengths');
    expect(within(promises).getByText('Not among your strengths (5): you would be promising these')).toBeTruthy();
    expect([...promises.querySelectorAll('li strong')].map((el) => el.textContent)).toEqual(['Stripe', 'UX Design', 'Next.js', 'Tailwind CSS', 'PostgreSQL']);
    expect(within(promises).getAllByText('Next.js with Tailwind CSS')).toHaveLength(2);
    const strengths = screen.getByTestId('strengths');
    expect(within(strengths).getByText('Designs are ready in Figma.')).toBeTruthy();
  });

  it('summarises what other freelancers said, each complaint quoted', () => {
    render(<JobFit snapshot={badReviews()} profile={profile} today={TODAY} />);
    const history = screen.getByTestId('job-fit-history');
    expect(within(history).getByText('From the 6 past jobs the page lists, of 9 in all.')).toBeTruthy();
    expect(screen.getByTestId('history-ratings').textContent).toBe('3 of 5 freelancers rated this client 2 stars or less.');
    const flagged = screen.getByTestId('history-flagged');
    expect(within(flagged).getByText('Payment was late by three weeks.')).toBeTruthy();
    expect(within(flagged).getAllByText('Unpaid work, Stopped answering')).toHaveLength(2);
    expect(screen.getByTestId('history-paid').textContent).toBe('Paid per job: median US$250.00, US$2,568.00 in all over 6 jobs.');
    expect(history.textContent).toContain("Seen at: Client's recent history (6 listed of 9)");
    // A comment quoted among the concerns is not repeated beside its rating.
    expect(within(history).getAllByText('The client never paid for the second milestone and stopped responding once the work was delivered.')).toHaveLength(1);
  });

  it('without a profile, invites the freelancer to set one up in the dashboard settings', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    render(<JobFit snapshot={badReviews()} today={TODAY} />);
    expect(screen.queryByTestId('job-fit-rates')).toBeNull();
    expect(screen.getByTestId('job-fit-history')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Set up your profile' }));
    expect(create).toHaveBeenCalledWith({ url: expect.stringMatching(/\/dashboard\.html#\/settings$/) });
  });

  it('shows text from the page as text, never as markup', () => {
    const snapshot = badReviews();
    const hostile: ClientSnapshot = {
      ...snapshot,
      job: {
        ...snapshot.job,
        skills: ['<img src=x onerror=alert(1)>'],
        history: [{ title: '<b>bold</b>', ratingByFreelancer: 1, commentByFreelancer: '<img src=y onerror=alert(2)> never paid.' }],
      },
    };
    const { container } = render(<JobFit snapshot={hostile} profile={profile} today={TODAY} />);
    expect(screen.getByText('<img src=x onerror=alert(1)>')).toBeTruthy();
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('b')).toBeNull();
  });

  it('speaks French', () => {
    setLanguage('fr');
    render(<JobFit snapshot={badReviews()} profile={profile} today={TODAY} />);
    expect(screen.getByText('Cette mission et vous')).toBeTruthy();
    expect(screen.getByTestId('history-ratings').textContent).toBe('3 freelances sur 5 ont donné 2 étoiles ou moins à ce client.');
    expect(screen.getByText('1,5 / 5')).toBeTruthy();
    expect(screen.getByTestId('job-fit-rates').textContent).toContain('(1 EUR = 1,08 USD)');
  });
});
