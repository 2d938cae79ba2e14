/**
 * Company legal forms in a name ("Atelier Dupont SARL", "S.A.S. Martin", "Acme Ltd", "Müller GmbH & Co. KG")
 * and a guess whether a name is a company's or a person's. A hint for the vetting checklist (which
 * registry to search), never a verdict.
 */

export interface LegalForm {
  /** Canonical spelling: "SAS", "GmbH", "Ltd". */
  form: string;
  /** The country where the form is most likely registered (ISO 3166-1 alpha-2), when it points to one. */
  country?: string;
  /** A sole trader's status rather than a company (EI, micro-entrepreneur, e.K.). */
  soleTrader?: boolean;
}

interface FormRule {
  form: string;
  /** Matched on the name with dots removed ("S.A.S." → "SAS"); whole words only. */
  pattern: RegExp;
  country?: string;
  soleTrader?: boolean;
}

// Longest forms first: "SASU" before "SAS", "GmbH & Co KG" before "GmbH" and "KG".
const RULES: readonly FormRule[] = [
  { form: 'GmbH & Co. KG', pattern: /\bGmbH\s*(?:&|und)\s*Co\s*KG\b/i, country: 'DE' },
  { form: 'UG (haftungsbeschränkt)', pattern: /\bUG\s*\(haftungsbeschr(?:ä|ae)nkt\)/i, country: 'DE' },
  { form: 'SASU', pattern: /\bSASU\b/, country: 'FR' },
  { form: 'SAS', pattern: /\bSAS\b/, country: 'FR' },
  { form: 'SARL', pattern: /\bSARL\b/, country: 'FR' },
  { form: 'Sàrl', pattern: /\bS[àa]rl\b/, country: 'CH' },
  { form: 'EURL', pattern: /\bEURL\b/, country: 'FR' },
  { form: 'SELARL', pattern: /\bSELARL\b/, country: 'FR' },
  { form: 'SCOP', pattern: /\bSCOP\b/, country: 'FR' },
  { form: 'SCI', pattern: /\bSCI\b/, country: 'FR' },
  { form: 'SNC', pattern: /\bSNC\b/, country: 'FR' },
  { form: 'EIRL', pattern: /\bEIRL\b/, country: 'FR', soleTrader: true },
  { form: 'EI', pattern: /\bEI\b/, country: 'FR', soleTrader: true },
  { form: 'micro-entreprise', pattern: /\b(?:micro[- ]?entreprise|micro[- ]?entrepreneur|auto[- ]?entrepreneur)\b/i, country: 'FR', soleTrader: true },
  { form: 'SpA', pattern: /\bSpA\b/i, country: 'IT' },
  { form: 'Srl', pattern: /\bSrl\b/i, country: 'IT' },
  { form: 'SLU', pattern: /\bSLU\b/, country: 'ES' },
  { form: 'SL', pattern: /\bSL\b/, country: 'ES' },
  { form: 'SA', pattern: /\bSA\b/ },
  { form: 'PLC', pattern: /\bPLC\b/i, country: 'GB' },
  { form: 'LLP', pattern: /\bLLP\b/ },
  { form: 'Pty Ltd', pattern: /\bPty\s*(?:Ltd|Limited)\b/i, country: 'AU' },
  { form: 'Ltd', pattern: /\b(?:Ltd|Limited)\b/i, country: 'GB' },
  { form: 'GmbH', pattern: /\bGmbH\b/i, country: 'DE' },
  { form: 'UG', pattern: /\bUG\b/, country: 'DE' },
  { form: 'e.K.', pattern: /\beK\b/, country: 'DE', soleTrader: true },
  { form: 'OHG', pattern: /\bOHG\b/, country: 'DE' },
  { form: 'AG', pattern: /\bAG\b/ },
  { form: 'KG', pattern: /\bKG\b/, country: 'DE' },
  { form: 'LLC', pattern: /\bL\s?L\s?C\b/i, country: 'US' },
  { form: 'Inc', pattern: /\b(?:Inc|Incorporated)\b/i, country: 'US' },
  { form: 'Corp', pattern: /\b(?:Corp|Corporation)\b/i, country: 'US' },
  { form: 'BV', pattern: /\bBV\b/, country: 'NL' },
  { form: 'NV', pattern: /\bNV\b/, country: 'NL' },
  { form: 'BVBA', pattern: /\bBVBA\b/, country: 'BE' },
  { form: 'SRL', pattern: /\bSRL\b/ },
  { form: 'sp. z o.o.', pattern: /\bsp\s*z\s*o\s*o\b/i, country: 'PL' },
  { form: 's.r.o.', pattern: /\bsro\b/i, country: 'CZ' },
  { form: 'Kft', pattern: /\bKft\b/, country: 'HU' },
  { form: 'OÜ', pattern: /\bOÜ\b/, country: 'EE' },
  { form: 'Lda', pattern: /\bLda\b/, country: 'PT' },
  { form: 'ApS', pattern: /\bApS\b/, country: 'DK' },
  { form: 'AB', pattern: /\bAB\b/, country: 'SE' },
  { form: 'Oy', pattern: /\bOy\b/, country: 'FI' },
];

/** Dots dropped so that "S.A.S.", "S.A.R.L." and "s.r.o." read as their letters. */
const withoutDots = (name: string): string => name.replace(/(?<=\p{L})\.(?=\p{L}|\s|$)|\.(?=\p{L}\.)/gu, '');

/** The legal form written in a company name, if any. */
export function detectLegalForm(name: string | null | undefined): LegalForm | undefined {
  if (!name) return undefined;
  const s = withoutDots(name.length > 300 ? name.slice(0, 300) : name);
  for (const rule of RULES) {
    if (rule.pattern.test(s)) {
      const out: LegalForm = { form: rule.form };
      if (rule.country) out.country = rule.country;
      if (rule.soleTrader) out.soleTrader = true;
      return out;
    }
  }
  return undefined;
}

// Words that name a business rather than a person.
const BUSINESS_WORDS =
  /\b(?:agency|agence|studio|studios|consulting|conseil|solutions?|group|groupe|labs?|technolog(?:y|ies)|tech|ventures?|holdings?|partners|associates|soci[ée]t[ée]|company|compagnie|entreprise|cabinet|media|digital|systems?|software|services|marketing|design|industries|international|global|capital|invest(?:ments?)?|foundation|fondation|association|institut[e]?|universit[yé]|[ée]cole|school|bank|banque|shop|store|boutique|restaurant|hotel|h[ôo]tel|clinic|clinique|pharmacie|garage|immobilier|realty|properties|logistics?|transport|productions?|editions?|[ée]ditions|records|team|hq)\b/i;

/** Whether a name reads as a company's: a legal form, a business word, "& Co", or an all-caps brand. */
export function looksLikeCompany(name: string | null | undefined): boolean {
  if (!name) return false;
  const s = name.trim();
  if (!s) return false;
  const form = detectLegalForm(s);
  if (form && !form.soleTrader) return true;
  if (BUSINESS_WORDS.test(s) || /&\s*(?:Co|Cie|fils|Sons)\b/i.test(s)) return true;
  // A web address as a name ("acme.io") is a brand.
  if (/^[a-z0-9-]+\.(?:com|io|fr|co|net|org|app|dev|ai)$/i.test(s)) return true;
  return false;
}
