import { z } from 'zod';
import { upworkReading } from './upwork-reading';
import { MAX_LONG_TEXT, calendarDate, countryCode, instant, money, platformId, text } from './common';

/**
 * What a content script read from one page. Raw but bounded: content scripts stay small, so
 * normalisation (E.164 phones, checksums) happens in the background or the UI on this snapshot.
 * Every field is optional: a field that is not on the page is "not found", never an error.
 */
export const redFlagKind = z.enum(['off-platform', 'pay-outside', 'free-work', 'money-asked']);
export type RedFlagKind = z.infer<typeof redFlagKind>;

export const redFlag = z.object({ kind: redFlagKind, quote: text(500) });
export type RedFlag = z.infer<typeof redFlag>;

export const jobHistoryItem = z.object({
  title: text(500).optional(),
  period: text(200).optional(),
  paid: money.optional(),
  /** Stars the freelancer gave the client (0–5). */
  ratingByFreelancer: z.number().min(0).max(5).optional(),
  commentByFreelancer: text(2_000).optional(),
});
export type JobHistoryItem = z.infer<typeof jobHistoryItem>;

export const snapshotClient = z.object({
  displayName: text(300).optional(),
  legalName: text(300).optional(),
  contactName: text(300).optional(),
  emails: z.array(text(320)).max(20).optional(),
  /** As written on the page; normalised to E.164 outside the content script. */
  phones: z.array(text(64)).max(20).optional(),
  website: text(500).optional(),
  street: text(500).optional(),
  postalCode: text(32).optional(),
  city: text(200).optional(),
  /** Country as written on the page ("Italy") and, when known, its code. */
  countryName: text(100).optional(),
  country: countryCode.optional(),
  siren: text(32).optional(),
  siret: text(32).optional(),
  vat: text(32).optional(),
  companyNumber: text(64).optional(),
  /** The platform's own id for the client or the conversation (Gmail thread id, Upwork room). */
  externalId: text(200).optional(),
  profileUrl: text(500).optional(),
});
export type SnapshotClient = z.infer<typeof snapshotClient>;

export const platformSignals = z.object({
  paymentVerified: z.boolean().optional(),
  phoneVerified: z.boolean().optional(),
  identityVerified: z.boolean().optional(),
  emailVerified: z.boolean().optional(),
  depositMade: z.boolean().optional(),
  rating: z.number().min(0).max(5).optional(),
  reviewsCount: z.number().int().nonnegative().optional(),
  jobsPosted: z.number().int().nonnegative().optional(),
  hireRatePercent: z.number().min(0).max(100).optional(),
  openJobs: z.number().int().nonnegative().optional(),
  totalSpent: money.optional(),
  hires: z.number().int().nonnegative().optional(),
  activeHires: z.number().int().nonnegative().optional(),
  avgHourlyRate: money.optional(),
  hoursBilled: z.number().nonnegative().optional(),
  memberSince: calendarDate.optional(),
  industry: text(200).optional(),
  companySize: text(100).optional(),
  localTime: text(100).optional(),
});
export type PlatformSignals = z.infer<typeof platformSignals>;

export const jobBudget = z.object({
  /** A day rate (TJM on Malt and Codeur.com) is its own kind: neither a fixed price nor hourly. */
  type: z.enum(['fixed', 'hourly', 'daily']),
  min: money.optional(),
  max: money.optional(),
});
export type JobBudget = z.infer<typeof jobBudget>;

export const snapshotJob = z.object({
  title: text(500).optional(),
  externalId: text(200).optional(),
  budget: jobBudget.optional(),
  skills: z.array(text(200)).max(100).optional(),
  description: text(MAX_LONG_TEXT).optional(),
  history: z.array(jobHistoryItem).max(200).optional(),
  /** How many past jobs the page says the client has ("Client's recent history (17)"), even when it lists fewer. */
  historyTotal: z.number().int().nonnegative().optional(),
});
export type SnapshotJob = z.infer<typeof snapshotJob>;

export const clientSnapshot = z.object({
  platform: platformId,
  /** Which page of the platform: `job`, `job-slider`, `search`, `feed`, `messages`, `email`, `page`, ... */
  pageKind: text(40),
  url: text(2_000),
  capturedAt: instant,
  client: snapshotClient,
  signals: platformSignals,
  job: snapshotJob.optional(),
  redFlags: z.array(redFlag).max(50),
  /** For each field found, where on the page it came from (`"signals.totalSpent": "About the client › spend"`). */
  fieldSources: z.record(text(100), text(300)),
  /**
   * An email left for the background to read: the Gmail and Outlook content scripts send the
   * sender and the message's own text instead of parsing the signature and red flags in the page
   * (those parsers would double the scripts' size). The background reads it and drops it: it is
   * never stored (lib/capture/complete-capture.ts).
   */
  mail: z
    .object({
      sender: z.object({ name: text(300).optional(), email: text(320).optional(), source: text(300) }),
      ownText: text(60_000),
      signatureText: text(5_000).optional(),
      signatureSource: text(300),
      ownEmails: z.array(text(320)).max(10),
    })
    .optional(),
  /**
   * A page left for the background to read: the content script of Fiverr, Malt, Codeur.com, PeoplePerHour,
   * Guru and ComeUp sends what the page shows instead of parsing it (the address, contact, JSON-LD and
   * money parsers would take that script past its 30 KB budget). The background reads it and drops it:
   * it is never stored (lib/capture/complete-capture.ts).
   */
  /**
   * An Upwork page's texts left for the background to parse: the content script reads the client block
   * and the job as text and parses nothing (lib/platforms/upwork/read.ts). The background turns them into
   * the fields above and drops them: they are never stored (lib/capture/complete-capture.ts).
   */
  upwork: upworkReading.optional(),
  page: z
    .object({
      title: text(2_000),
      /** The page's main text, its line breaks kept. */
      text: text(100_000),
      /** The page's schema.org JSON-LD scripts, as written. Bounded so the message stays under 512 KB. */
      jsonLd: z.array(text(80_000)).max(4),
      /** The addresses of its mailto: and tel: links, as written. */
      mailto: z.array(text(2_000)).max(50),
      tel: z.array(text(200)).max(50),
    })
    .optional(),
});
export type ClientSnapshot = z.infer<typeof clientSnapshot>;

