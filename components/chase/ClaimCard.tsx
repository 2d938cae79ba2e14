import type { ChaseSummary } from '@/lib/chase/invoice-chase';
import type { LateInterestLine } from '@/lib/billing/late-interest';
import { halfYearLabel } from '@/lib/chase/letters';
import { currentLanguage, messageFor } from '@/lib/i18n/messages';
import { DateText, Money, date, t } from '../text';
import { TableHead } from '../table';
import { percent } from './format';


const REFERENCE_NAMES = {
  'ecb-mro': 'letter_reference_ecb_mro',
  'de-basiszinssatz': 'letter_reference_de_basiszinssatz',
  'boe-bank-rate': 'letter_reference_boe_bank_rate',
  'fr-legal-interest-professional': 'letter_reference_fr_legal_interest',
} as const;

const rateBasisText = (line: LateInterestLine): string => {
  const basis = line.rateBasis;
  if (basis.kind === 'reference-plus') {
    const { table, ratePercent, halfYear } = basis.reference;
    if (basis.points === 0) return t('chase_rate_reference_only', t(REFERENCE_NAMES[table]), percent(ratePercent), halfYearLabel(halfYear, currentLanguage()));
    return t('chase_rate_reference', t(REFERENCE_NAMES[table]), percent(ratePercent), halfYearLabel(halfYear, currentLanguage()), basis.points);
  }
  if (basis.floor?.applied) return t('chase_rate_floor', percent(basis.contractRatePercent), basis.floor.multiple, percent(basis.floor.legal.ratePercent));
  return t('chase_rate_contract');
};

/** The late interest line by line, and the fixed fee, each with what it rests on. */
export const ClaimCard = ({ summary: s }: { summary: ChaseSummary }) => {
  const currency = s.invoice.currency;
  return (
    <section class="card" aria-labelledby="chase-claim-heading">
      <h2 id="chase-claim-heading">{t('chase_claim_heading')}</h2>
      <RulesApplied summary={s} />
      {s.interest.status === 'no-rate' && <p class="chase-note">{t('chase_claim_no_rate')}</p>}
      {s.interest.status === 'awaiting-notice' && (
        <p class="chase-note" data-testid="interest-awaiting-notice">
          {s.formalNoticeOn
            ? t('chase_claim_awaiting_notice_sent', date(s.formalNoticeOn), s.interest.source.ref)
            : t('chase_claim_awaiting_notice', s.interest.source.ref)}
        </p>
      )}
      {s.interest.status === 'not-late' && <p class="muted">{t('chase_claim_not_late')}</p>}
      {s.interest.status === 'accruing' && (
        <>
          <div class="table-scroll" role="region" aria-label={t('chase_claim_caption')} tabIndex={0}>
            <table class="table claim-table" data-testid="interest-table">
              <caption class="visually-hidden">{t('chase_claim_caption')}</caption>
              <TableHead
                columns={[
                  t('chase_claim_period'),
                  { label: t('chase_claim_days'), num: true },
                  { label: t('chase_claim_balance'), num: true },
                  { label: t('chase_claim_rate'), num: true },
                  t('chase_claim_rate_basis'),
                  { label: t('chase_claim_amount'), num: true },
                ]}
              />
              <tbody>
                {s.interest.lines.map((line) => (
                  <tr key={line.from}>
                    <th scope="row">
                      <DateText date={line.from} /> – <DateText date={line.to} />
                    </th>
                    <td class="num">{line.days}</td>
                    <td class="num">
                      <Money amount={line.balance} currency={currency} />
                    </td>
                    <td class="num">{percent(line.ratePercent)}</td>
                    <td class="wrap">{rateBasisText(line)}</td>
                    <td class="num">
                      <Money amount={line.interestRounded} currency={currency} />
                    </td>
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row" colSpan={5}>
                    {t('chase_claim_total_interest')}
                  </th>
                  <td class="num">
                    <Money amount={s.interest.total} currency={currency} />
                  </td>
                </tr>
              </tfoot>
            </table>
          </div>
          <p class="hint">
            {s.interest.fromFormalNotice
              ? t('chase_claim_method_notice', s.interest.lines[0].daysInYear, date(s.interest.fromFormalNotice), s.interest.source.ref)
              : t('chase_claim_method', s.interest.lines[0].daysInYear, s.interest.source.ref)}
          </p>
          {s.interest.caveats.map((c) => (
            <p key={`${c.table}:${c.halfYear}`} class="chase-note">
              {c.toVerify ? t('chase_claim_caveat_verify', c.halfYear, c.toVerify) : t('chase_claim_caveat_missing', c.halfYear)}
            </p>
          ))}
        </>
      )}
      <h3>{t('chase_claim_fee_heading')}</h3>
      {s.fee.kind === 'fixed' && (
        <p>
          <Money amount={s.fee.fee.amount} currency={s.fee.fee.currency} />{' '}
          {s.fee.basis === 'statutory' ? t('chase_claim_fee_statutory', s.fee.source?.ref ?? '') : t('chase_claim_fee_contract')}
          {s.fee.band && ` (${s.fee.band})`}
          {s.fee.moreOnProof && <span class="hint block">{t('chase_claim_fee_more')}</span>}
          {s.feeClaimed && <span class="hint block">{t('chase_claim_fee_claimed')}</span>}
        </p>
      )}
      {s.fee.kind === 'needs-conversion' && <p class="chase-note">{t('chase_claim_fee_convert', s.fee.bandCurrency)}</p>}
      {s.fee.kind === 'none' && s.fee.voidedBy && <p class="chase-note">{t('chase_claim_fee_void', s.fee.voidedBy.ref)}</p>}
      {s.fee.kind === 'none' && !s.fee.voidedBy && <p class="muted">{s.daysLate > 0 ? t('chase_claim_fee_none') : t('chase_claim_not_late')}</p>}
    </section>
  );
};

/** Which late-payment rules the figures follow: the client's kind × the jurisdiction, in one sentence. */
export const RulesApplied = ({ summary: s }: { summary: ChaseSummary }) => (
  <div class="chase-rules" data-testid="chase-rules" data-debtor={s.debtor}>
    <p>
      <strong>{t('chase_rules_heading')}</strong> {messageFor(s.rule.summaryKey)}
    </p>
    {s.rule.noteKey && <p class="hint">{messageFor(s.rule.noteKey)}</p>}
    {!s.debtorKnown && <p class="chase-note">{t('chase_rules_unknown_kind')}</p>}
  </div>
);
