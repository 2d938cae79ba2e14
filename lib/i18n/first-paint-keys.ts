import type { MessageKey } from './messages';

/**
 * The words the popup's first paint shows (components/popup/popup-text.tsx), cut from the
 * catalogues when the extension is built (scripts/first-paint-messages.ts): the first screen then
 * loads a few kilobytes of words, not the catalogues of every screen. A key used at first paint
 * must be listed here (the popup's `t` accepts no other); the build fails on a key no catalogue has.
 */
export const FIRST_PAINT_KEYS = [
  'appName',
  'privacyNote',
  'invoiceLabel',
  'daysLate_one',
  'daysLate_other',
  'popupOverdueHeading',
  'popupNothingOverdue',
  'popupTotalOverdue',
  'popupDueSoonHeading_other',
  'popupDueSoonHeading_one',
  'popupNothingDueSoon_other',
  'popupNothingDueSoon_one',
  'popupMore_one',
  'popupMore_other',
  'popupOpenDashboard',
  'popupChaseHeading',
  'popupCheckInHeading',
  'popupCheckInAfterDelivery',
  'popupCheckInAfterPayment',
  'popupCheckInDone',
  'popupCheckInDoneFor',
  'checkInContactSummary',
  'captureFrom',
  'captureNoName',
  'captureKnown',
  'captureKnownBy',
  'captureMaybe',
  'captureMaybeCountry',
  'popupInYourClients',
  'matchPlatformId',
  'matchEmail',
  'matchPhone',
  'matchCompanyId',
  'matchNameCountry',
  'vet_riskLow',
  'vet_riskMedium',
  'vet_riskHigh',
  'vet_score',
  'vet_reasonsAgainst',
  'vet_hardRedFlag',
  'vet_weightTitle',
  'vet_goodSignals',
  'vet_sourcePlatform',
  'vet_sourceJobPost',
  'vet_sourceClientHistory',
  'vet_sourceCheck',
  'vet_sourceLookup',
  'vet_sourceYou',
  'popupMoreReasons_other',
  'popupMoreReasons_one',
  'popupGoodSignals_other',
  'popupGoodSignals_one',
  'vet_noDecision',
  'vet_decided',
  'vet_decidedOn',
  'decisionPending',
  'decisionGo',
  'decisionCaution',
  'decisionNoGo',
] as const satisfies readonly MessageKey[];

/** Keys carried as data: a risk reason's sentence, a chase step's label, a platform's name. */
export const FIRST_PAINT_PREFIXES = ['risk_', 'chase_step_', 'platform_'] as const;

export type FirstPaintKey = (typeof FIRST_PAINT_KEYS)[number];
