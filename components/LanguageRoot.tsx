import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { databaseProblemOf, reportDatabaseProblem } from '@/lib/db/health';
import { readDisplaySettings } from '@/lib/db/queries';
import { resolveLanguage, setLanguage, type Language } from '@/lib/i18n/messages';
import { useDatabaseProblem } from './hooks';

/**
 * Sets the UI language from Settings (or the browser's) before the first paint of the page's
 * content, and re-renders everything when it changes. When Settings cannot be read (the database
 * fails, or waits for an older page to close) the page speaks the browser's language rather than
 * stay blank, and the views say what failed.
 */
export const LanguageRoot = ({ children }: { children: (language: Language, change: (l: Language) => void) => ComponentChildren }) => {
  const [language, setState] = useState<Language | undefined>(undefined);
  const problem = useDatabaseProblem();
  const change = (next: Language) => {
    setLanguage(next);
    document.documentElement.lang = next;
    setState(next);
  };
  useEffect(() => {
    readDisplaySettings().then(
      (s) => change(resolveLanguage(s.language)),
      (error: unknown) => {
        const failure = databaseProblemOf(error);
        if (failure) reportDatabaseProblem(failure);
        else console.error('ClientCheck: the language setting could not be read', error);
        change(resolveLanguage('auto'));
      },
    );
  }, []);
  useEffect(() => {
    if (problem && !language) change(resolveLanguage('auto'));
  }, [problem, language]);
  return language ? <>{children(language, change)}</> : null;
};
