import { useMemo } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { todayIn } from '@/lib/calendar';
import { currentLanguage, type MessageKey } from '@/lib/i18n/messages';
import type { CalendarDate, ClientSnapshot, Money } from '@/lib/model';
import { dashboardUrl } from '@/lib/navigation';
import type { HistorySummary } from '@/lib/profile/history-summary';
import { assessJobFit } from '@/lib/profile/job-fit';
import type { FreelancerProfile } from '@/lib/profile/profile';
import type { Conversion, MoneyRange, RateCheck, RateCheckItem } from '@/lib/profile/rate-check';
import type { JobSkill, SkillsFit } from '@/lib/profile/skills-fit';
import type { HistoryFlag } from '@/lib/profile/history-flags';
import { date, money, t } from '../text';

/**
 * On a job page: what the job pays against the freelancer's minimums, the skills it asks for
 * against their strengths, and what other freelancers said of the client. Every figure and sentence
 * from the page is quoted as text with where it was read. Compact: sized for the popup.
 */

const FLAG_LABEL: Record<HistoryFlag, MessageKey> = {
  unpaid: 'fit_flag_unpaid',
  'late-payment': 'fit_flag_latePayment',
  'scope-creep': 'fit_flag_scopeCreep',
  unresponsive: 'fit_flag_unresponsive',
};

/** "1.5" in English, "1,5" in French. */
export const decimalText = (value: number, minimumDigits = 0): string =>
  value.toLocaleString(currentLanguage() === 'fr' ? 'fr-FR' : 'en-GB', { minimumFractionDigits: minimumDigits, maximumFractionDigits: 6 });

const moneyText = (value: Money): string => money(value.amount, value.currency);
const rangeText = (range: MoneyRange): string =>
  range.min.amount === range.max.amount ? moneyText(range.max) : `${moneyText(range.min)} – ${moneyText(range.max)}`;

const SeenAt = ({ where }: { where?: string }) => (where ? <span class="source">{t('fit_seenAt', where)}</span> : null);

/** "1 USD = 0.92 EUR" as the freelancer entered it, whichever way it was used. */
const pairOf = (conversion: Conversion): [string, string, string] => {
  const [from, to] = conversion.pair.split('/');
  return [from, decimalText(conversion.rate), to];
};

const offerSentence = (item: RateCheckItem): string => {
  const offered = rangeText(item.offered);
  if (item.subject === 'client-average') return t('fit_offerClientAverage', offered);
  return t(item.basis === 'hourly' ? 'fit_offerHourly' : item.basis === 'daily' ? 'fit_offerDaily' : 'fit_offerFixed', offered);
};

/** The minimum the offer is weighed against, and the verdict when there is one. */
const rateParts = (item: RateCheckItem): { minimum: string; verdict?: { text: string; tone: string } } => {
  const { outcome } = item;
  if (outcome.kind === 'compared') {
    const shown = moneyText(outcome.minimum);
    return {
      minimum: t(item.basis === 'hourly' ? 'fit_minimumHourly' : item.basis === 'daily' ? 'fit_minimumDaily' : 'fit_minimumProject', shown),
      verdict:
        outcome.verdict === 'meets'
          ? { text: t('fit_verdictMeets'), tone: 'tag-go' }
          : outcome.verdict === 'below'
            ? { text: t('fit_verdictBelow', Math.round(outcome.shareOfMinimum * 100)), tone: 'tag-late' }
            : { text: t('fit_verdictPartlyBelow'), tone: 'tag-caution' },
    };
  }
  if (outcome.kind === 'no-minimum') {
    return { minimum: t(item.basis === 'hourly' ? 'fit_noMinimumHourly' : item.basis === 'daily' ? 'fit_noMinimumDaily' : 'fit_noMinimumProject') };
  }
  return { minimum: t('fit_noExchangeRate', outcome.minimumCurrencies.join(', '), item.offered.max.currency) };
};

const RateLine = ({ item }: { item: RateCheckItem }) => {
  const { outcome } = item;
  const { minimum, verdict } = rateParts(item);
  const converted = outcome.kind === 'compared' ? outcome.converted : undefined;
  return (
    <li data-rate={item.subject} data-verdict={outcome.kind === 'compared' ? outcome.verdict : outcome.kind}>
      <p class="small">
        {offerSentence(item)} {minimum}
        {verdict && <span class={`tag ${verdict.tone}`}>{verdict.text}</span>}
      </p>
      {converted && (
        <p class="small muted">
          {t('fit_converted', rangeText(converted), date(converted.conversion.enteredOn), ...pairOf(converted.conversion))}
          {converted.conversion.stale && ` ${t('fit_staleRate', converted.conversion.ageDays)}`}
        </p>
      )}
      <SeenAt where={item.location} />
    </li>
  );
};

const Rates = ({ rates }: { rates: RateCheck }) => (
  <div class="job-fit-part" data-testid="job-fit-rates">
    <h3>{t('fit_ratesHeading')}</h3>
    <ul class="lines">
      {rates.items.map((item) => (
        <RateLine key={item.subject} item={item} />
      ))}
      {rates.missing.map((subject) => (
        <li key={subject} class="small muted" data-rate={subject} data-verdict="missing">
          {t(subject === 'job-budget' ? 'fit_missingBudget' : 'fit_missingClientAverage')}
        </li>
      ))}
    </ul>
  </div>
);

const SkillLine = ({ skill, where }: { skill: JobSkill; where?: string }) => (
  <li data-skill={skill.key}>
    <strong>{skill.name}</strong>
    {skill.strength !== undefined && skill.strength !== skill.name && <span class="muted small"> ({t('fit_skillMatches', skill.strength)})</span>}
    {skill.quote && (
      <p class="small">
        <q>{skill.quote}</q>
      </p>
    )}
    <span class="source">
      {t('fit_seenAt', where ?? t(skill.source === 'skill-list' ? 'fit_skillFromList' : 'fit_skillFromDescription'))}
    </span>
  </li>
);

const Skills = ({ skills }: { skills: SkillsFit }) => {
  const where = (skill: JobSkill) => (skill.source === 'skill-list' ? skills.skillListLocation : skills.descriptionLocation);
  return (
    <div class="job-fit-part" data-testid="job-fit-skills">
      <h3>{t('fit_skillsHeading')}</h3>
      {skills.skills.length === 0 && <p class="small muted">{t('fit_skillsNone')}</p>}
      {skills.notStrengths.length > 0 && (
        <div class="red-flags" role="group" aria-label={t('fit_skillsNotStrengths', skills.notStrengths.length)} data-testid="not-strengths">
          <h4 class="small">{t('fit_skillsNotStrengths', skills.notStrengths.length)}</h4>
          <ul>
            {skills.notStrengths.map((skill) => (
              <SkillLine key={skill.key} skill={skill} where={where(skill)} />
            ))}
          </ul>
        </div>
      )}
      {skills.skills.length > 0 && skills.notStrengths.length === 0 && <p class="small yes">{t('fit_skillsAllStrengths')}</p>}
      {skills.strengths.length > 0 && (
        <div role="group" aria-label={t('fit_skillsStrengths', skills.strengths.length)} data-testid="strengths">
          <h4 class="small">{t('fit_skillsStrengths', skills.strengths.length)}</h4>
          <ul class="plain-list">
            {skills.strengths.map((skill) => (
              <SkillLine key={skill.key} skill={skill} where={where(skill)} />
            ))}
          </ul>
        </div>
      )}
    </div>
  );
};

const History = ({ history }: { history: HistorySummary }) => {
  const stars = (rating: number) => t('fit_historyRating', decimalText(rating, 1));
  // A comment quoted under "raising a concern" is not repeated beside its rating.
  const quotedBelow = new Set(history.flagged.map((comment) => comment.listIndex));
  return (
    <div class="job-fit-part" data-testid="job-fit-history">
      <h3>{t('fit_historyHeading')}</h3>
      {history.listed === 0 ? (
        <p class="small muted">{t('fit_historyNone')}</p>
      ) : (
        <>
          <p class="small muted">
            {history.total !== undefined ? t('fit_historyListedOf', history.listed, history.total) : t('fit_historyListed', history.listed)}
          </p>
          <p class="small" data-testid="history-ratings">
            {history.rated === 0 ? t('fit_historyNoneRated') : t('fit_historyPoor', history.poor.length, history.rated, history.poorThreshold)}
          </p>
          {history.poor.length > 0 && (
            <ul class="plain-list small">
              {history.poor.map((item) => (
                <li key={item.listIndex}>
                  <strong>{stars(item.rating)}</strong>
                  {item.title && ` — ${item.title}`}
                  {item.comment && !quotedBelow.has(item.listIndex) && (
                    <p class="small">
                      <q>{item.comment}</q>
                    </p>
                  )}
                </li>
              ))}
            </ul>
          )}
          {history.flagged.length > 0 && (
            <div class="red-flags" role="group" aria-label={t('fit_historyFlagged', history.flagged.length)} data-testid="history-flagged">
              <h4 class="small">{t('fit_historyFlagged', history.flagged.length)}</h4>
              <ul>
                {history.flagged.map((comment) => (
                  <li key={comment.listIndex}>
                    <strong>{comment.flags.map((f) => t(FLAG_LABEL[f.flag])).join(', ')}</strong>
                    {comment.title && <span class="muted"> — {comment.title}</span>}
                    {/* One comment can raise two flags from one sentence: quote each sentence once. */}
                    {[...new Set(comment.flags.map((f) => f.quote))].map((quote) => (
                      <q key={quote}>{quote}</q>
                    ))}
                  </li>
                ))}
              </ul>
            </div>
          )}
          <p class="small" data-testid="history-paid">
            {history.paid.length === 0
              ? t('fit_historyNoAmounts')
              : history.paid.map((line) => t('fit_historyPaid', moneyText(line.median), moneyText(line.total), line.jobs)).join(' ')}
          </p>
          <SeenAt where={history.location} />
        </>
      )}
    </div>
  );
};

const openSettings = () => browser.tabs.create({ url: dashboardUrl({ view: 'settings' }) });

/** Without a profile there is nothing to weigh the job against: say where to write one. */
const ProfileInvite = () => (
  <p class="small" data-testid="job-fit-invite">
    {t('fit_invite')}{' '}
    <button type="button" class="link" onClick={openSettings}>
      {t('fit_inviteLink')}
    </button>
  </p>
);

/** The first three names, then how many more: a job can ask for a dozen skills. */
const namesOf = (skills: readonly JobSkill[], shown = 3): string =>
  skills.length <= shown + 1 ? skills.map((s) => s.name).join(', ') : `${skills.slice(0, shown).map((s) => s.name).join(', ')} +${skills.length - shown}`;

/**
 * The job fit in a few lines, for the top of the popup: each rate against your minimum with its
 * verdict, and which skills asked for are not among your strengths. The whole card (`JobFit`) is one
 * click below.
 */
export const JobFitSummary = ({ snapshot, profile, today = todayIn() }: { snapshot: ClientSnapshot; profile?: FreelancerProfile; today?: CalendarDate }) => {
  const fit = useMemo(() => assessJobFit(snapshot, profile, today), [snapshot, profile, today]);
  const { skills } = fit;
  return (
    <section class="fit-summary" aria-labelledby="fit-summary-heading" data-testid="job-fit-summary">
      <h3 id="fit-summary-heading">{t('fit_heading')}</h3>
      {fit.hasProfile ? (
        <ul class="fit-lines">
          {fit.rates.items.map((item) => {
            const { minimum, verdict } = rateParts(item);
            return (
              <li key={item.subject} class="fit-line" data-rate={item.subject} data-verdict={item.outcome.kind === 'compared' ? item.outcome.verdict : item.outcome.kind}>
                <span class="fit-text">
                  {offerSentence(item)} <span class="muted">{minimum}</span>
                </span>
                {verdict && <span class={`tag ${verdict.tone}`}>{verdict.text}</span>}
              </li>
            );
          })}
          {fit.rates.items.length === 0 && <li class="fit-line muted">{t('fit_missingBudget')}</li>}
          <li class="fit-line" data-testid="fit-summary-skills">
            <span class="fit-text">
              {skills.skills.length === 0
                ? t('fit_skillsNone')
                : skills.notStrengths.length === 0
                  ? t('fit_skillsAllStrengths')
                  : t('popupFitNotStrengths', namesOf(skills.notStrengths))}
            </span>
            {skills.skills.length > 0 && (
              <span class={`tag ${skills.notStrengths.length === 0 ? 'tag-go' : skills.strengths.length === 0 ? 'tag-late' : 'tag-caution'}`}>
                {t('popupFitStrengthsShare', skills.strengths.length, skills.skills.length)}
              </span>
            )}
          </li>
        </ul>
      ) : (
        <ProfileInvite />
      )}
    </section>
  );
};

export const JobFit = ({ snapshot, profile, today = todayIn() }: { snapshot: ClientSnapshot; profile?: FreelancerProfile; today?: CalendarDate }) => {
  const fit = useMemo(() => assessJobFit(snapshot, profile, today), [snapshot, profile, today]);
  return (
    <section class="card capture job-fit" aria-labelledby="job-fit-heading" data-testid="job-fit">
      <h2 id="job-fit-heading">{t('fit_heading')}</h2>
      {fit.hasProfile ? (
        <>
          <Rates rates={fit.rates} />
          <Skills skills={fit.skills} />
        </>
      ) : (
        <ProfileInvite />
      )}
      <History history={fit.history} />
    </section>
  );
};
