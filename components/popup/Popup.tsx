import { LanguageRoot } from '../LanguageRoot';
import { t } from '../text';
import { PopupHome } from './PopupHome';

export const Popup = () => (
  <LanguageRoot>
    {(language) => (
      <main key={language} class="popup-main">
        <header class="popup-header">
          <img src="/icon/32.png" alt="" width={20} height={20} />
          <h1>{t('appName')}</h1>
        </header>
        <PopupHome />
        <p class="privacy">{t('privacyNote')}</p>
      </main>
    )}
  </LanguageRoot>
);
