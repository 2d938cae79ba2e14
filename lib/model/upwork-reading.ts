import { z } from 'zod';
import { text } from './common';

/**
 * What the Upwork content script reads from a job page, a slider or a job tile: the texts of the client
 * block and the job, as the page shows them, nothing parsed. Reading strings is all a page pays for;
 * money, counts, dates and ratings are parsed in the background (lib/platforms/upwork/parse.ts), with
 * the code that reads them kept out of the page's script. Every bound here is the one the reader uses.
 */
const lines = (count: number, length: number) => z.array(text(length)).max(count);

const aboutClient = z.object({
  /** "Payment method verified", "Phone number verified", one per caption line. */
  captions: lines(50, 200),
  paymentIcon: z.boolean(),
  /** The rows' own nodes: "4.28 of 7 reviews", "28 jobs posted 68% hire rate, 1 open job", "$11K total spent", ... */
  reviews: text(300),
  jobPosting: text(300),
  totalSpent: text(300),
  hires: text(300),
  avgHourlyRate: text(300),
  hours: text(300),
  memberSince: text(300),
  /** The block's whole text: the fallback when a row's node is renamed. */
  text: text(5_000),
  ratingRounded: text(100),
  industry: text(200),
  companySize: text(100),
  smallLines: lines(50, 200),
  country: text(100),
  locationLines: lines(20, 100),
  localTime: text(100),
  /** The location row as lines ("Italy", "Milano 11:03 AM") and as one line. */
  locationRowLines: lines(20, 300),
  locationRow: text(300),
});

const budget = z.object({
  /** The fixed-price row, when its icon is there: its amount's text ('' when it shows none). */
  fixed: text(200).optional(),
  /** The hourly-range row, when its icon is there. */
  hourlyRange: text(300).optional(),
  /** With neither icon: rows saying "Fixed-price" or "Hourly" in words, to be parsed in order. */
  fixedRows: lines(20, 500),
  hourlyRows: lines(20, 500),
  hourlyIcon: z.boolean(),
});

const pastJob = z.object({
  title: text(500),
  period: text(200),
  stats: text(300),
  /** What the freelancer said of the client: the stars in three places, and the comment. */
  feedback: z
    .object({ popper: text(100), hidden: text(100), shown: text(20), comment: text(2_000) })
    .optional(),
});

const jobDetails = z.object({
  title: text(500),
  /** The tab's title, on a job page only (a list's title is not the job's). */
  documentTitle: text(2_000).optional(),
  /** The opening uid the card's buttons carry. */
  uid: text(40),
  description: text(20_000),
  skills: lines(100, 200),
  budget,
  history: z.array(pastJob).max(200),
  /** "Client's recent history (17)": the header, and the section found by its words when the header has no count. */
  historyHeader: text(200),
  historySection: text(300),
});

const jobTile = z.object({
  kind: z.enum(['feed', 'search']),
  payment: text(100),
  spent: text(100),
  country: text(120),
  rating: text(300),
  ratingDetail: text(200),
  title: text(500),
  jobType: text(200),
  budget: text(200),
  description: text(20_000),
  skills: lines(100, 200),
});

export const upworkReading = z.object({
  about: aboutClient.optional(),
  job: jobDetails.optional(),
  /** The selected job's tile, when its slider is not rendered yet. */
  tile: jobTile.optional(),
});
export type UpworkReading = z.infer<typeof upworkReading>;
export type UpworkAboutReading = z.infer<typeof aboutClient>;
export type UpworkJobReading = z.infer<typeof jobDetails>;
export type UpworkTileReading = z.infer<typeof jobTile>;
export type UpworkPastJobReading = z.infer<typeof pastJob>;
