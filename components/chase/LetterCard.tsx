import type { RefObject } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { ChaseSummary } from '@/lib/chase/invoice-chase';
import { letterInput, letterText, mailtoUrl, reminderAddress, renderLetter, type Letter, type LetterFormat } from '@/lib/chase/letters';
import { LETTER_TEMPLATES, TEMPLATE_LABEL_KEYS, type WrittenTemplate } from '@/lib/chase/settings';
import { currentLanguage, type Language, type MessageKey } from '@/lib/i18n/messages';
import type { Settings } from '@/lib/model';
import { Actions, Field, Select, Status, WRITTEN_LANGUAGES, messageOptions } from '../form';
import { t } from '../text';
import { usePrint } from './print';

const WRITTEN = LETTER_TEMPLATES.filter((x): x is WrittenTemplate => x !== 'none');

/** Letters go out in the client's language: French for a client in France, else the interface language. */
const clientLanguage = (summary: ChaseSummary): Language => {
  const country = summary.client?.billingAddress?.country ?? summary.client?.address?.country;
  if (country === 'FR') return 'fr';
  if (country) return 'en';
  return currentLanguage();
};

const FORMAT_LABEL = { email: 'chase_letter_format_email', letter: 'chase_letter_format_letter' } as const satisfies Record<LetterFormat, MessageKey>;

/** Postal layout where the step goes by post (the formal notice), email layout otherwise. */
const formatFor = (template: WrittenTemplate): LetterFormat => (template === 'formal-notice' ? 'letter' : 'email');

export const LetterCard = ({
  summary,
  settings,
  template,
  onTemplate,
  cardRef,
}: {
  summary: ChaseSummary;
  settings: Settings;
  template: WrittenTemplate;
  onTemplate: (template: WrittenTemplate) => void;
  cardRef: RefObject<HTMLElement | null>;
}) => {
  const [language, setLanguage] = useState<Language>(() => clientLanguage(summary));
  const [format, setFormat] = useState<LetterFormat>(() => formatFor(template));
  const [status, setStatus] = useState('');
  const print = usePrint('letter');
  useEffect(() => setFormat(formatFor(template)), [template]);
  const client = summary.client ?? { displayName: '—' };
  const letter = renderLetter(
    letterInput(summary, { template, language, format, freelancer: settings.freelancer, client }),
  );
  const to = reminderAddress(summary.client, summary.agreement);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(letterText(letter));
      setStatus(t('chase_letter_copied'));
    } catch {
      setStatus(t('chase_letter_copy_failed'));
    }
  };
  return (
    <section class="card letter-card jump-target" ref={cardRef} tabIndex={-1} aria-labelledby="chase-letter-heading">
      <h2 id="chase-letter-heading">{t('chase_letter_heading')}</h2>
      <div class="toolbar letter-options">
        <Field label={t('chase_letter_template')}>
          {(p) => <Select {...p} value={template} options={messageOptions(TEMPLATE_LABEL_KEYS, WRITTEN)} onChange={onTemplate} />}
        </Field>
        <Field label={t('chase_letter_language')}>
          {(p) => <Select {...p} value={language} options={WRITTEN_LANGUAGES} onChange={setLanguage} />}
        </Field>
        <Field label={t('chase_letter_format')}>
          {(p) => <Select {...p} value={format} options={messageOptions(FORMAT_LABEL)} onChange={setFormat} />}
        </Field>
      </div>
      {!settings.freelancer.name && <p class="chase-note">{t('chase_letter_no_sender')}</p>}
      <LetterPreview letter={letter} printing={print.active} />
      <Actions>
        <button type="button" class="primary" onClick={copy}>
          {t('chase_letter_copy')}
        </button>
        <a class="chase-button" href={mailtoUrl(letter, to)} data-testid="mailto">
          {t('chase_letter_mail')}
        </a>
        <button type="button" onClick={print.start}>
          {t('chase_letter_print')}
        </button>
      </Actions>
      <Status text={status} />
    </section>
  );
};

/** The letter as the client will read it; on paper when printing, alone on the page. */
export const LetterPreview = ({ letter, printing }: { letter: Letter; printing: boolean }) => (
  <article
    class={`letter letter-${letter.format}${printing ? ' print-target' : ''}`}
    lang={letter.language}
    data-testid="letter"
    aria-label={letter.subject}
  >
    {letter.format === 'email' && (
      <p class="letter-email-subject">
        <span class="letter-label">{t('chase_letter_subject')}</span> {letter.subject}
      </p>
    )}
    {letter.blocks.map((block, i) =>
      block.kind === 'items' ? (
        <ul key={i} class="letter-items">
          {block.lines.map((line, j) => (
            <li key={j}>{line}</li>
          ))}
        </ul>
      ) : (
        <div key={i} class={`letter-block letter-${block.kind}`}>
          {block.lines.map((line, j) => (
            <p key={j}>{line}</p>
          ))}
        </div>
      ),
    )}
  </article>
);
