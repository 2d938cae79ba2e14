import { source } from './sources';

/**
 * The EU member states (ISO 3166-1 alpha-2; Greece is GR here, EL only in VAT numbers): where intra-EU
 * VAT rules apply and whose VAT numbers VIES answers for. Holds from 1 Feb 2020 (the UK left on 31 Jan 2020).
 * The one list: vetting (VAT number checks) and billing (reverse charge) both read it.
 */
export const EU_MEMBER_STATES_SOURCE = { ...source('Treaty on European Union art. 52; UK withdrawal 31 Jan 2020', 'https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:12016M052'), holdsFrom: '2020-02-01' };

export const EU_MEMBER_STATES: ReadonlySet<string> = new Set([
  'AT', 'BE', 'BG', 'CY', 'CZ', 'DE', 'DK', 'EE', 'ES', 'FI', 'FR', 'GR', 'HR', 'HU', 'IE',
  'IT', 'LT', 'LU', 'LV', 'MT', 'NL', 'PL', 'PT', 'RO', 'SE', 'SI', 'SK',
]);

export const isEuCountry = (country: string | undefined): boolean => country !== undefined && EU_MEMBER_STATES.has(country);
