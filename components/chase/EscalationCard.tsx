import type { RefObject } from 'preact';
import { useState } from 'preact/hooks';
import { buildCaseFile, caseFileName } from '@/lib/chase/case-file';
import { escalationChecklist, type ChecklistParam, type EscalationRoute } from '@/lib/chase/escalation';
import type { ChaseSummary } from '@/lib/chase/invoice-chase';
import { currentLanguage, messageFor } from '@/lib/i18n/messages';
import type { Settings } from '@/lib/model';
import { downloadText } from '../download';
import { Actions } from '../form';
import { date, money, t } from '../text';
import { CaseFileView } from './CaseFileView';
import { CHECK_STATE_LABEL } from './labels';
import { usePrint } from './print';

const paramText = (param: ChecklistParam): string =>
  typeof param === 'object' ? ('date' in param ? date(param.date) : money(param.money.amount, param.money.currency)) : String(param);

/** When reminders have failed: a collection agency or a court, what to check first, and the case file to hand over. */
export const EscalationCard = ({
  summary,
  settings,
  today,
  cardRef,
}: {
  summary: ChaseSummary;
  settings: Settings;
  today: string;
  cardRef: RefObject<HTMLElement | null>;
}) => {
  const [route, setRoute] = useState<EscalationRoute>('court');
  const [showFile, setShowFile] = useState(false);
  const print = usePrint('case-file');
  const items = escalationChecklist(summary, route, today);
  const file = buildCaseFile(summary, settings.freelancer, currentLanguage());
  return (
    <section class="card jump-target" ref={cardRef} tabIndex={-1} aria-labelledby="chase-escalation-heading">
      <h2 id="chase-escalation-heading">{t('chase_escalation_heading')}</h2>
      <p class="muted">{t('chase_escalation_intro')}</p>
      <fieldset>
        <legend>{t('chase_escalation_route')}</legend>
        <label class="radio">
          <input type="radio" name="escalation-route" checked={route === 'court'} onChange={() => setRoute('court')} />
          {t('chase_escalation_court')}
        </label>
        <label class="radio">
          <input type="radio" name="escalation-route" checked={route === 'agency'} onChange={() => setRoute('agency')} />
          {t('chase_escalation_agency')}
        </label>
      </fieldset>
      <ul class="checklist" data-testid="escalation-checklist">
        {items.map((item) => (
          <li key={item.id} class={`check-${item.state}`}>
            <span class={`tag check-tag-${item.state}`}>{t(CHECK_STATE_LABEL[item.state])}</span>
            <span class="check-text">
              {messageFor(item.labelKey, item.params.map(paramText))}
              {item.detail && <span class="block hint">{messageFor(item.detail.key, item.detail.params.map(paramText))}</span>}
              {item.forms && <span class="block">{t('chase_escalation_forms', item.forms.join(' · '))}</span>}
              {item.source && <span class="block source">{item.source.ref}</span>}
            </span>
          </li>
        ))}
      </ul>
      <h3>{t('chase_case_file_heading')}</h3>
      <p class="muted">{t('chase_case_file_intro')}</p>
      <Actions>
        <button type="button" onClick={() => setShowFile(!showFile)} aria-expanded={showFile}>
          {showFile ? t('chase_case_file_hide') : t('chase_case_file_show')}
        </button>
        <button
          type="button"
          onClick={() => {
            setShowFile(true);
            print.start();
          }}
        >
          {t('chase_case_file_print')}
        </button>
        <button type="button" class="primary" onClick={() => downloadText(caseFileName(file), JSON.stringify(file, null, 2), 'application/json')}>
          {t('chase_case_file_download')}
        </button>
      </Actions>
      {(showFile || print.active) && <CaseFileView file={file} printing={print.active} />}
    </section>
  );
};
