import { describe, expect, it } from 'vitest';
import { searchEngine } from '../../../lib/model/settings';
import { buildLookups, knownSiren, providerGroup, quoted, searchUrl, type LookupPlan } from '../../../lib/vetting/lookups';
import { frenchCompany, makeClient } from '../builders';

const byId = (plans: LookupPlan[], id: string) => {
  const plan = plans.find((candidate) => candidate.id === id);
  expect(plan, `look-up ${id}`).toBeDefined();
  return plan as LookupPlan;
};
const param = (url: string, name: string) => new URL(url).searchParams.get(name);

describe('search engine addresses', () => {
  const query = '"Société Générale & Fils" arnaque OR escroquerie OR impayé';

  it.each(searchEngine.options)('%s carries the query intact: accents, quotes, ampersand', (engine) => {
    const url = searchUrl(engine, query);
    expect(url.startsWith('https://')).toBe(true);
    const parsed = new URL(url);
    const name = engine === 'startpage' ? 'query' : 'q';
    expect(parsed.searchParams.get(name)).toBe(query);
    // A raw `&` or `"` would cut or break the query.
    expect(parsed.search).not.toMatch(/["& ]/);
    expect(parsed.search).toContain('%26');
  });

  it('keeps an apostrophe inside a quoted name', () => {
    const url = searchUrl('google', `${quoted("O'Brien")} site:reddit.com`);
    expect(url).toBe('https://www.google.com/search?q=%22O%27Brien%22+site%3Areddit.com');
    expect(param(url, 'q')).toBe(`"O'Brien" site:reddit.com`);
  });

  it('turns inner quotes into spaces so the phrase is not cut short', () => {
    expect(quoted('The "Best" Agency')).toBe('"The Best Agency"');
    expect(quoted('  ')).toBeUndefined();
  });
});

describe('buildLookups', () => {
  it('builds the RULES.md queries for a company, in the chosen engine', () => {
    const client = makeClient({ displayName: 'Société Générale & Fils', contactName: "Seán O'Brien", address: { country: 'FR' } });
    const plans = buildLookups(client, 'qwant');
    const search = plans.filter((plan) => plan.group === 'search');
    expect(search.map((plan) => plan.id)).toEqual(['search:scam-fr', 'search:scam-en', 'search:reviews', 'search:reddit', 'search:name-company']);
    expect(search.every((plan) => plan.provider === 'qwant' && plan.url.startsWith('https://www.qwant.com/?q='))).toBe(true);
    expect(search.map((plan) => plan.query)).toEqual([
      '"Société Générale & Fils" arnaque OR escroquerie OR impayé',
      '"Société Générale & Fils" scam OR fraud OR "never paid"',
      '"Société Générale & Fils" avis OR reviews',
      '"Société Générale & Fils" site:reddit.com',
      `"Seán O'Brien" "Société Générale & Fils"`,
    ]);
    for (const plan of search) expect(param(plan.url, 'q')).toBe(plan.query);
    expect(byId(plans, 'search:scam-fr')).toMatchObject({ labelKey: 'lookup_searchScamFr', labelParams: ['Qwant'] });
  });

  it('searches a phone in the ways it is written, and an email and a domain', () => {
    const plans = buildLookups(frenchCompany(), 'duckduckgo');
    const phone = byId(plans, 'search:phone:+33612345678');
    expect(phone.query).toBe('"06 12 34 56 78" OR "+33 6 12 34 56 78" OR "+33612345678"');
    expect(param(phone.url, 'q')).toBe(phone.query);
    expect(phone.labelParams).toEqual(['DuckDuckGo', '+33612345678']);
    expect(byId(plans, 'search:email:claire@atelier-dupont.fr').query).toBe('"claire@atelier-dupont.fr"');
    expect(byId(plans, 'search:domain').query).toBe('"atelier-dupont.fr" -site:atelier-dupont.fr');
  });

  it('never searches for a webmail domain', () => {
    const plans = buildLookups(makeClient({ emails: ['acme.boss@gmail.com'] }), 'google');
    expect(plans.some((plan) => plan.id === 'search:domain')).toBe(false);
    expect(byId(plans, 'search:email:acme.boss@gmail.com').query).toBe('"acme.boss@gmail.com"');
  });

  it('builds no look-up for missing data: no phone search without a phone, no registry without a name or number', () => {
    const plans = buildLookups(makeClient({ kind: 'individual', displayName: ' ', phones: ['', '  ', 'ask'], emails: ['not an email'] }), 'google');
    expect(plans).toEqual([]);
    // Not normalisable without a country, yet still a number: searched as written.
    const national = buildLookups(makeClient({ kind: 'individual', displayName: ' ', phones: ['06 12 34 56 78'] }), 'google');
    expect(national.map((plan) => plan.query)).toEqual(['"06 12 34 56 78"']);
  });

  it('goes straight to the company page when the SIREN is known', () => {
    const plans = buildLookups(frenchCompany(), 'google');
    expect(byId(plans, 'registry:annuaire-entreprises').url).toBe('https://annuaire-entreprises.data.gouv.fr/entreprise/732829320');
    expect(byId(plans, 'registry:pappers').url).toBe('https://www.pappers.fr/recherche?q=732829320');
    expect(byId(plans, 'registry:societe-com').url).toBe('https://www.societe.com/cgi-bin/search?champs=732829320');
    expect(param(byId(plans, 'registry:bodacc').url, 'q.registre')).toBe('registre:732829320');
    expect(param(byId(plans, 'registry:pagesjaunes').url, 'quoiqui')).toBe('ATELIER DUPONT SAS');
    expect(byId(plans, 'registry:pagesjaunes:phone:0612345678').url).toBe('https://www.pagesjaunes.fr/annuaireinverse/recherche?quoiqui=0612345678');
    expect(byId(plans, 'registry:vies')).toMatchObject({ query: 'FR44732829320', url: 'https://ec.europa.eu/taxation_customs/vies/' });
    expect(plans.some((plan) => plan.provider === 'opencorporates')).toBe(false);
  });

  it('searches French registries by legal name when no valid SIREN is known', () => {
    const client = makeClient({ legalName: 'Société Générale & Fils', address: { country: 'FR' }, identifiers: { siren: '123456789' } });
    const plans = buildLookups(client, 'google');
    const annuaire = byId(plans, 'registry:annuaire-entreprises');
    expect(annuaire.url).toBe('https://annuaire-entreprises.data.gouv.fr/rechercher?terme=Soci%C3%A9t%C3%A9+G%C3%A9n%C3%A9rale+%26+Fils');
    expect(param(annuaire.url, 'terme')).toBe('Société Générale & Fils');
    expect(param(byId(plans, 'registry:societe-com').url, 'champs')).toBe('Société Générale & Fils');
    expect(knownSiren(client.identifiers)).toBeUndefined();
  });

  it('finds the SIREN inside a SIRET or a French VAT number', () => {
    expect(knownSiren({ siret: '732 829 320 00074' })).toBe('732829320');
    expect(knownSiren({ vat: 'FR 44 732829320' })).toBe('732829320');
  });

  it('uses each country its own registry', () => {
    const uk = buildLookups(makeClient({ legalName: "O'Brien & Sons Ltd", address: { country: 'GB' }, identifiers: { companyNumber: 'sc123456' } }), 'bing');
    expect(byId(uk, 'registry:companies-house').url).toBe('https://find-and-update.company-information.service.gov.uk/company/SC123456');
    const ukByName = buildLookups(makeClient({ legalName: "O'Brien & Sons Ltd", address: { country: 'GB' } }), 'bing');
    expect(param(byId(ukByName, 'registry:companies-house').url, 'q')).toBe("O'Brien & Sons Ltd");

    const de = buildLookups(makeClient({ legalName: 'Müller & Söhne GmbH', address: { country: 'DE' } }), 'bing');
    expect(byId(de, 'registry:northdata').url).toBe('https://www.northdata.com/?query=M%C3%BCller+%26+S%C3%B6hne+GmbH');

    const nl = byId(buildLookups(makeClient({ legalName: 'De Vries B.V.', address: { country: 'NL' } }), 'bing'), 'registry:kvk');
    expect(nl.url).toBe('https://www.kvk.nl/zoeken/?source=all&q=De+Vries+B.V.');

    const it = byId(buildLookups(makeClient({ legalName: 'Rossi S.r.l.', address: { country: 'IT' } }), 'bing'), 'registry:opencorporates');
    expect(it.url).toBe('https://opencorporates.com/companies?q=Rossi+S.r.l.&jurisdiction_code=it');
    const us = byId(buildLookups(makeClient({ legalName: 'Acme Inc.', address: { country: 'US' } }), 'bing'), 'registry:opencorporates');
    expect(param(us.url, 'jurisdiction_code')).toBeNull();
  });

  it('looks a private person up on LinkedIn and search engines, not in company registries', () => {
    const plans = buildLookups(makeClient({ kind: 'individual', displayName: 'Jean Martin', address: { country: 'FR' } }), 'ecosia');
    expect(plans.filter((plan) => plan.group === 'registry')).toEqual([]);
    expect(byId(plans, 'social:linkedin-person').url).toBe('https://www.linkedin.com/search/results/people/?keywords=Jean+Martin');
    expect(plans.some((plan) => plan.id === 'search:reviews')).toBe(false);
    expect(byId(plans, 'search:scam-en').query).toBe('"Jean Martin" scam OR fraud OR "never paid"');
  });

  it('produces only http(s) addresses, each with its group', () => {
    const plans = buildLookups(frenchCompany(), 'startpage');
    expect(plans.length).toBeGreaterThan(10);
    for (const plan of plans) {
      expect(new URL(plan.url).protocol).toBe('https:');
      expect(providerGroup(plan.provider)).toBe(plan.group);
    }
    expect(new Set(plans.map((plan) => plan.id)).size).toBe(plans.length);
    expect(byId(plans, 'social:linkedin-company').url).toBe('https://www.linkedin.com/search/results/companies/?keywords=ATELIER+DUPONT+SAS');
  });
});
