import { useState } from 'preact/hooks';
import { legalStatusOf } from '@/lib/billing/rules/legal-status';
import { loadSettings } from '@/lib/db/repositories';
import type { Language } from '@/lib/i18n/messages';
import type { LegalStatusId } from '@/lib/model';
import { routeToHash } from '@/lib/navigation';
import { Field, Status } from '../form';
import { useLiveQuery } from '../hooks';
import { t } from '../text';
import { chooseLegalStatus } from './settings/actions';
import { StatusSelect } from './settings/StatusSelect';
import { LanguagePicker, SampleDataOffer } from './SettingsView';

/**
 * The page opened on install: what ClientCheck does, that nothing leaves the computer, and the three settings
 * that change its advice (who you are under the law, your minimums and strengths, your language). Everything
 * here can be skipped and changed later in Settings, which links back to this page.
 */
export const WelcomeView = ({ onLanguage }: { onLanguage: (language: Language) => void }) => {
  const settings = useLiveQuery(() => loadSettings(), []);
  const [saved, setSaved] = useState('');
  if (!settings) return null;
  const status = legalStatusOf(settings.freelancer)?.id ?? '';
  const chooseStatus = async (next: LegalStatusId | '') => {
    await chooseLegalStatus(next);
    setSaved(t('settingsSaved'));
  };
  return (
    <div class="welcome" data-testid="welcome">
      <h1 tabIndex={-1}>{t('welcome_title')}</h1>
      <ul class="welcome-promises">
        <li>{t('welcome_before')}</li>
        <li>{t('welcome_agree')}</li>
        <li>{t('welcome_after')}</li>
      </ul>
      <p class="welcome-privacy">{t('welcome_privacy')}</p>

      <h2>{t('welcome_settings_heading')}</h2>
      <ol class="welcome-steps">
        <li class="card">
          <h3>{t('welcome_status_heading')}</h3>
          <p class="hint">{t('welcome_status_why')}</p>
          <Field label={t('business_status')}>
            {(p) => <StatusSelect {...p} value={status} onChange={(next) => void chooseStatus(next)} />}
          </Field>
          <Status text={saved} />
          <a href={routeToHash({ view: 'settings', id: 'business' })}>{t('welcome_status_more')}</a>
        </li>
        <li class="card">
          <h3>{t('welcome_profile_heading')}</h3>
          <p class="hint">{t('welcome_profile_why')}</p>
          <a class="action" href={routeToHash({ view: 'settings', id: 'profile' })}>
            {t('welcome_profile_link')}
          </a>
        </li>
        <li class="card">
          <h3>{t('welcome_language_heading')}</h3>
          <LanguagePicker onLanguage={onLanguage} />
        </li>
      </ol>
      <SampleDataOffer />
      <p class="welcome-done">
        <a class="action primary" href={routeToHash({ view: 'clients' })}>
          {t('welcome_start')}
        </a>
        <span class="hint">{t('welcome_reopen')}</span>
      </p>
    </div>
  );
};
