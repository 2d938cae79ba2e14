import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { readDisplaySettings } from '@/lib/db/queries';
import { resolveLanguage, setLanguage, type Language } from '@/lib/i18n/messages';

/**
 * Sets the UI language from Settings (or the browser's) before the first paint of the page's
 * content, and re-renders everything when it changes.
 */
export const LanguageRoot = ({ children }: { children: (language: Language, change: (l: Language) => void) => ComponentChildren }) => {
  const [language, setState] = useState<Language | undefined>(undefined);
  useEffect(() => {
    void readDisplaySettings().then((s) => change(resolveLanguage(s.language)));
  }, []);
  const change = (next: Language) => {
    setLanguage(next);
    document.documentElement.lang = next;
    setState(next);
  };
  return language ? <>{children(language, change)}</> : null;
};
