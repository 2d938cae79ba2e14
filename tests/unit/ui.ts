import { cleanup } from '@testing-library/preact';
import { afterEach } from 'vitest';
import { setLanguage } from '@/lib/i18n/messages';

/**
 * For the component tests (happy-dom) of the suite it is called in: after each test, unmount what it
 * rendered and put the interface back in English, whatever language the test switched to.
 */
export const resetUiAfterEach = (): void => {
  afterEach(() => {
    cleanup();
    setLanguage('en');
  });
};
