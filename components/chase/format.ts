import { currentLanguage } from '@/lib/i18n/messages';

/** A rate as the reader writes it: "12.15%" in English, "12,15 %" in French. */
export const percent = (value: number): string => {
  const french = currentLanguage() === 'fr';
  const digits = new Intl.NumberFormat(french ? 'fr-FR' : 'en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(value);
  return french ? `${digits}\u00a0%` : `${digits}%`;
};
