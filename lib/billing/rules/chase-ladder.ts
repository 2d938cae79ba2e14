import type { CalendarDate, Money } from '../../model/common';
import type { ContactChannel, Jurisdiction } from '../../model/billing';
import type { DebtorKind } from '../../model/legal-status';
import { source, type LegalSource } from './sources';

/**
 * The chase ladder: what to do, and when, about an unpaid invoice (RULES.md, "Chasing an unpaid invoice").
 * Offsets count from the due date (D-3, D+1, ...). The user can change the ladder; the defaults below differ per
 * jurisdiction only in the legal form of the formal notice and of the last step.
 */

/** A court or out-of-court procedure the last steps can lead to. */
export interface RecoveryProcedure {
  id: string;
  labelKey: string;
  /** Official forms, where there are some; `debtors`: only for a debt owed by one of these kinds. */
  forms?: readonly { form: string; debtors?: readonly DebtorKind[] }[];
  /** Only for debts up to this amount. */
  maxAmount?: Money;
  source: LegalSource;
}

export interface ChaseStep {
  /** Stored in `invoice.chase.stepsDone[].step`: never rename a shipped id. */
  id: string;
  labelKey: string;
  /** Days from the due date: -3 is three days before, 1 the day after. */
  offsetDays: number;
  /** The user may switch it off without weakening the chase. */
  optional: boolean;
  enabled: boolean;
  /** A "due soon" note is pointless once the due date has passed: skipped then, never caught up. */
  onlyBeforeDue?: boolean;
  channels: readonly ContactChannel[];
  /** The message quotes the late-payment interest and its calculation. */
  citesPenalties?: boolean;
  /** The message claims the fixed recovery sum: once per invoice, whichever step does it first. */
  claimsRecoveryFee?: boolean;
  /** Days the client is given to pay (a formal notice states it). */
  daysToPay?: number;
  procedures?: readonly RecoveryProcedure[];
  sources?: readonly LegalSource[];
}

export interface ChaseLadder {
  id: string;
  jurisdiction: Jurisdiction;
  validFrom: CalendarDate;
  /** Ordered by `offsetDays`. */
  steps: readonly ChaseStep[];
}

export type ChaseLadders = Readonly<Record<Jurisdiction, ChaseLadder>>;

/** The first four steps are the same everywhere: a nudge, a call, a reminder quoting the penalties, a final reminder. */
const commonSteps = (registeredLetterChannel: ContactChannel): ChaseStep[] => [
  {
    id: 'courtesy-due-soon',
    labelKey: 'chase_step_courtesy_due_soon',
    offsetDays: -3,
    optional: true,
    enabled: true,
    onlyBeforeDue: true,
    channels: ['email', 'platform'],
  },
  {
    id: 'friendly-reminder',
    labelKey: 'chase_step_friendly_reminder',
    offsetDays: 1,
    optional: false,
    enabled: true,
    // The call asks for the reason and the date they will pay; both go in the contact log.
    channels: ['email', 'call', 'platform'],
  },
  {
    id: 'second-reminder',
    labelKey: 'chase_step_second_reminder',
    offsetDays: 7,
    optional: false,
    enabled: true,
    channels: ['email', 'platform'],
    citesPenalties: true,
    claimsRecoveryFee: true,
  },
  {
    id: 'final-reminder',
    labelKey: 'chase_step_final_reminder',
    offsetDays: 15,
    optional: false,
    enabled: true,
    channels: [registeredLetterChannel, 'email'],
    citesPenalties: true,
    claimsRecoveryFee: true,
  },
];

export const CHASE_LADDERS: ChaseLadders = {
  FR: {
    id: 'fr-default',
    jurisdiction: 'FR',
    validFrom: '2016-10-01',
    steps: [
      ...commonSteps('registered-letter'),
      {
        id: 'formal-notice',
        labelKey: 'chase_step_formal_notice_fr',
        offsetDays: 30,
        optional: false,
        enabled: true,
        // Lettre recommandée avec accusé de réception: the date of receipt is the proof.
        channels: ['registered-letter'],
        citesPenalties: true,
        claimsRecoveryFee: true,
        daysToPay: 8,
        // Wording of art. 1344 from ordonnance 2016-131, in force 1 Oct 2016.
        sources: [source('Code civil art. 1344'), source('Code civil art. 1344-1')],
      },
      {
        id: 'collection',
        labelKey: 'chase_step_collection_fr',
        offsetDays: 45,
        optional: false,
        enabled: true,
        channels: ['registered-letter'],
        citesPenalties: true,
        claimsRecoveryFee: true,
        procedures: [
          {
            id: 'fr-simplified-recovery',
            labelKey: 'chase_procedure_fr_simplified_recovery',
            maxAmount: { amount: 5_000_00, currency: 'EUR' },
            source: source('Code des procédures civiles d’exécution L125-1, R125-1 (commissaire de justice)'),
          },
          {
            id: 'fr-injonction-de-payer',
            labelKey: 'chase_procedure_fr_injonction_de_payer',
            forms: [
              { form: 'Cerfa 12948 (civil court)' },
              // A private person is never sued before the commercial court (Code de commerce L721-3).
              { form: 'Cerfa 12946 (commercial court)', debtors: ['business'] },
            ],
            source: source('Code de procédure civile art. 1405 et s.'),
          },
          { id: 'collection-agency', labelKey: 'chase_procedure_collection_agency', source: source('Code des procédures civiles d’exécution R124-1 et s.') },
        ],
      },
    ],
  },
  EU: {
    id: 'eu-default',
    jurisdiction: 'EU',
    validFrom: '2013-03-16',
    steps: [
      ...commonSteps('registered-letter'),
      {
        id: 'formal-notice',
        labelKey: 'chase_step_formal_notice',
        offsetDays: 30,
        optional: false,
        enabled: true,
        channels: ['registered-letter'],
        citesPenalties: true,
        claimsRecoveryFee: true,
        daysToPay: 8,
      },
      {
        id: 'collection',
        labelKey: 'chase_step_collection',
        offsetDays: 45,
        optional: false,
        enabled: true,
        channels: ['registered-letter'],
        citesPenalties: true,
        claimsRecoveryFee: true,
        procedures: [
          {
            id: 'eu-small-claims',
            labelKey: 'chase_procedure_eu_small_claims',
            maxAmount: { amount: 5_000_00, currency: 'EUR' },
            source: source('Regulation (EC) No 861/2007 (European Small Claims Procedure), as amended by Regulation (EU) 2015/2421'),
          },
          {
            id: 'eu-payment-order',
            labelKey: 'chase_procedure_eu_payment_order',
            source: source('Regulation (EC) No 1896/2006 (European order for payment, cross-border)'),
          },
          { id: 'collection-agency', labelKey: 'chase_procedure_collection_agency', source: source('National law of the debtor') },
        ],
      },
    ],
  },
  DE: {
    id: 'de-default',
    jurisdiction: 'DE',
    validFrom: '2014-07-29',
    steps: [
      ...commonSteps('registered-letter'),
      {
        id: 'formal-notice',
        labelKey: 'chase_step_formal_notice_de',
        offsetDays: 30,
        optional: false,
        enabled: true,
        channels: ['registered-letter'],
        citesPenalties: true,
        claimsRecoveryFee: true,
        daysToPay: 8,
        // Between businesses the client is already in default 30 days after the invoice (§286(3)); the Mahnung
        // fixes the date beyond doubt.
        sources: [source('BGB §286(1)', 'https://www.gesetze-im-internet.de/bgb/__286.html')],
      },
      {
        id: 'collection',
        labelKey: 'chase_step_collection_de',
        offsetDays: 45,
        optional: false,
        enabled: true,
        channels: ['registered-letter'],
        citesPenalties: true,
        claimsRecoveryFee: true,
        procedures: [
          { id: 'de-mahnverfahren', labelKey: 'chase_procedure_de_mahnverfahren', source: source('ZPO §688 ff. (gerichtliches Mahnverfahren)') },
          { id: 'collection-agency', labelKey: 'chase_procedure_collection_agency', source: source('Rechtsdienstleistungsgesetz (Inkasso)') },
        ],
      },
    ],
  },
  UK: {
    id: 'uk-default',
    jurisdiction: 'UK',
    validFrom: '2002-08-07',
    steps: [
      ...commonSteps('registered-letter'),
      {
        id: 'formal-notice',
        labelKey: 'chase_step_formal_notice_uk',
        offsetDays: 30,
        optional: false,
        enabled: true,
        channels: ['registered-letter', 'email'],
        citesPenalties: true,
        claimsRecoveryFee: true,
        // Letter before action. A sole-trader debtor gets 30 days under the Pre-Action Protocol for Debt Claims.
        daysToPay: 14,
        sources: [source('Practice Direction – Pre-Action Conduct and Protocols'), source('Pre-Action Protocol for Debt Claims')],
      },
      {
        id: 'collection',
        labelKey: 'chase_step_collection_uk',
        offsetDays: 45,
        optional: false,
        enabled: true,
        channels: ['registered-letter'],
        citesPenalties: true,
        claimsRecoveryFee: true,
        procedures: [
          { id: 'uk-money-claim', labelKey: 'chase_procedure_uk_money_claim', source: source('Civil Procedure Rules Part 7 (Money Claim Online)') },
          { id: 'collection-agency', labelKey: 'chase_procedure_collection_agency', source: source('Collection agency') },
        ],
      },
    ],
  },
  US: {
    id: 'us-default',
    jurisdiction: 'US',
    validFrom: '2024-08-28',
    steps: [
      ...commonSteps('registered-letter'),
      {
        id: 'formal-notice',
        labelKey: 'chase_step_formal_notice_us',
        offsetDays: 30,
        optional: false,
        enabled: true,
        // Certified mail: the US counterpart of a registered letter.
        channels: ['registered-letter', 'email'],
        citesPenalties: true,
        daysToPay: 10,
      },
      {
        id: 'collection',
        labelKey: 'chase_step_collection_us',
        offsetDays: 45,
        optional: false,
        enabled: true,
        channels: ['registered-letter'],
        citesPenalties: true,
        procedures: [
          { id: 'us-small-claims', labelKey: 'chase_procedure_us_small_claims', source: source('State small-claims court (limits vary by state)') },
          {
            id: 'us-ny-freelance-complaint',
            labelKey: 'chase_procedure_us_ny_freelance_complaint',
            source: source('New York State Freelance Isn’t Free Act; NYC Department of Consumer and Worker Protection'),
          },
          { id: 'collection-agency', labelKey: 'chase_procedure_collection_agency', source: source('Collection agency (state licensing rules vary)') },
        ],
      },
    ],
  },
};

/** How long a claim for an unpaid invoice can still be brought. */
export interface LimitationPeriod {
  jurisdiction: Jurisdiction;
  /** Who owes: another business, or a private person acting outside any trade. */
  debtor: 'professional' | 'consumer';
  years: number;
  /** `due-date`: runs from the due date. `end-of-year`: from 31 Dec of the year the claim fell due (DE). */
  runsFrom: 'due-date' | 'end-of-year';
  validFrom: CalendarDate;
  source: LegalSource;
  note?: string;
}

export const LIMITATION_PERIODS: readonly LimitationPeriod[] = [
  // 5 years since loi 2008-561 of 17 Jun 2008 (in force 19 Jun 2008).
  { jurisdiction: 'FR', debtor: 'professional', years: 5, runsFrom: 'due-date', validFrom: '2008-06-19', source: source('Code de commerce L110-4') },
  {
    jurisdiction: 'FR',
    debtor: 'consumer',
    years: 2,
    runsFrom: 'due-date',
    validFrom: '2016-07-01',
    source: source('Code de la consommation L218-2'),
    note: 'Courts may count from the day the service was done: act well within the period.',
  },
  { jurisdiction: 'DE', debtor: 'professional', years: 3, runsFrom: 'end-of-year', validFrom: '2002-01-01', source: source('BGB §§195, 199(1)') },
  { jurisdiction: 'DE', debtor: 'consumer', years: 3, runsFrom: 'end-of-year', validFrom: '2002-01-01', source: source('BGB §§195, 199(1)') },
  {
    jurisdiction: 'UK',
    debtor: 'professional',
    years: 6,
    runsFrom: 'due-date',
    validFrom: '1981-05-01',
    source: source('Limitation Act 1980, s.5'),
    note: 'England and Wales; Scotland: 5 years (Prescription and Limitation (Scotland) Act 1973).',
  },
  {
    jurisdiction: 'UK',
    debtor: 'consumer',
    years: 6,
    runsFrom: 'due-date',
    validFrom: '1981-05-01',
    source: source('Limitation Act 1980, s.5'),
    note: 'England and Wales; Scotland: 5 years (Prescription and Limitation (Scotland) Act 1973).',
  },
  // EU: national law of the forum; US: state law (commonly 3 to 6 years for written contracts). No row: unknown.
];
