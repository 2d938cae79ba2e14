import { useState } from 'preact/hooks';
import { currentLanguage } from '@/lib/i18n/messages';
import type { Client } from '@/lib/model';
import { missingInfoMessage, type MessageLanguage } from '@/lib/vetting/missing-info';
import type { Vetting } from '@/lib/vetting/assess';
import { Actions, Field, InlineStatus, Select, WRITTEN_LANGUAGES } from '../form';
import { t } from '../text';

type Checks = Parameters<typeof missingInfoMessage>[1];

/** Checks the message reads: every item's state as the checklist shows it. */
export const checksOf = (vetting: Vetting): Checks =>
  vetting.rows.flatMap((row) => [...row.automatic, ...(row.recorded ? [{ item: row.item.id, ...row.recorded }] : [])]);

/**
 * The message asking the client for what is still missing, in the client's language (chosen
 * here, French for a French client by default): to copy, or to open in the mail client.
 */
export const MissingInfoPanel = ({ client, vetting, freelancerName }: { client: Client; vetting: Vetting; freelancerName?: string }) => {
  const french = client.address?.country === 'FR' || currentLanguage() === 'fr';
  const [lang, setLang] = useState<MessageLanguage>(french ? 'fr' : 'en');
  const [copied, setCopied] = useState(false);
  const message = missingInfoMessage(client, checksOf(vetting), lang, freelancerName);
  const copy = async () => {
    await navigator.clipboard.writeText(`${message.subject}\n\n${message.body}`);
    setCopied(true);
  };
  return (
    <section class="missing" aria-labelledby="missing-heading" data-testid="missing-info">
      <h2 id="missing-heading" class="section-heading">
        {t('vet_missingHeading')}
        <span class="count">{message.missing.length}</span>
      </h2>
      {message.missing.length === 0 && <p class="muted">{t('vet_missingNone')}</p>}
      <Field label={t('vet_messageLanguage')}>
        {(p) => (
          <Select
            {...p}
            value={lang}
            options={WRITTEN_LANGUAGES}
            onChange={(next) => {
              setLang(next);
              setCopied(false);
            }}
          />
        )}
      </Field>
      <p class="message-subject">
        <span class="muted">{t('vet_messageSubject')}</span> {message.subject}
      </p>
      <textarea class="message-body" readOnly rows={8} value={message.body} aria-label={t('vet_messageBody')} />
      <Actions>
        <button type="button" onClick={copy}>
          {t('vet_copy')}
        </button>
        <a class="button" href={message.mailto} target="_blank" rel="noopener noreferrer">
          {t('vet_openInMail')}
        </a>
        <InlineStatus text={copied && t('vet_copied')} />
      </Actions>
    </section>
  );
};
