import { message, type Language } from './i18n/messages';

/** Formats that need the catalogues' words (lib/format stays free of them: the e2e specs and scripts import it). */

/** A day counted from a due date, as a chase ladder writes it: "D+1", "D-3" in English, "J+1", "J-3" in French. */
export const formatDayOffset = (offset: number, language: Language): string =>
  message('dayOffset', [offset < 0 ? `-${-offset}` : `+${offset}`], language);

/** A half-year ("2026-H2") in words: "second half of 2026", "second semestre 2026". */
export const formatHalfYear = (halfYear: string, language: Language): string => {
  const [year, half] = halfYear.split('-H');
  return message(half === '1' ? 'halfYearFirst' : 'halfYearSecond', [year], language);
};
