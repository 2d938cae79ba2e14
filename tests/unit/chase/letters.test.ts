import { describe, expect, it } from 'vitest';
import { letterInput, letterText, mailtoUrl, reminderAddress, renderLetter, type LetterFormat } from '../../../lib/chase/letters';
import type { WrittenTemplate } from '../../../lib/chase/settings';
import { CATALOGUES, type Language } from '../../../lib/i18n/messages';
import { makeAgreement, makeInvoice, freelancer } from '../builders';
import { makeClient, worked } from './helpers';

const TEMPLATES: WrittenTemplate[] = ['courtesy', 'friendly', 'firm', 'final', 'formal-notice'];
const LANGUAGES: Language[] = ['en', 'fr'];
const FORMATS: LetterFormat[] = ['email', 'letter'];

const render = (template: WrittenTemplate, language: Language, format: LetterFormat, summary = worked()) =>
  renderLetter(letterInput(summary, { template, language, format, freelancer: freelancer(), client: summary.client! }));

/** Each field of the data, as each language writes it. */
const FIELDS: Record<Language, Record<string, string>> = {
  en: {
    number: 'F2026-007',
    issueDate: '1 January 2026',
    dueDate: '31 January 2026',
    amount: '€5,000.00',
    balance: '€3,000.00',
    daysLate: '59 days',
    interest: '€71.57',
    fee: '€40.00',
    total: '€3,111.57',
    agreement: '“Website redesign”',
    signedOn: '7 January 2026',
  },
  fr: {
    number: 'F2026-007',
    issueDate: '1 janvier 2026',
    dueDate: '31 janvier 2026',
    amount: '5\u202f000,00\u00a0€',
    balance: '3\u202f000,00\u00a0€',
    daysLate: '59 jours',
    interest: '71,57\u00a0€',
    fee: '40,00\u00a0€',
    total: '3\u202f111,57\u00a0€',
    agreement: '«\u00a0Website redesign\u00a0»',
    signedOn: '7 janvier 2026',
  },
};

/** Which fields each letter states. The courtesy note comes before the due date: no delay, no penalties. */
const STATED: Record<WrittenTemplate, string[]> = {
  courtesy: ['number', 'issueDate', 'dueDate', 'amount'],
  friendly: ['number', 'issueDate', 'dueDate', 'amount', 'balance', 'daysLate', 'agreement', 'signedOn'],
  firm: ['number', 'issueDate', 'dueDate', 'amount', 'balance', 'daysLate', 'interest', 'fee', 'total', 'agreement', 'signedOn'],
  final: ['number', 'issueDate', 'dueDate', 'amount', 'balance', 'daysLate', 'interest', 'fee', 'total', 'agreement', 'signedOn'],
  'formal-notice': ['number', 'issueDate', 'dueDate', 'balance', 'daysLate', 'interest', 'fee', 'total', 'agreement', 'signedOn'],
};

const BROKEN = /undefined|NaN|null|\$[A-Z_0-9]+\$|(?<![A-Z])\$\d|\(\s*\)|\[object/;

describe('letters: every template, both languages, both layouts', () => {
  for (const template of TEMPLATES) {
    for (const language of LANGUAGES) {
      for (const format of FORMATS) {
        it(`${template} in ${language} as ${format}: every field, nothing undefined`, () => {
          const letter = render(template, language, format);
          const text = `${letter.subject}\n${letterText(letter)}`;
          for (const field of STATED[template]) expect(text, field).toContain(FIELDS[language][field]);
          expect(text).not.toMatch(BROKEN);
          expect(letter.blocks.every((b) => b.lines.every((l) => l.trim() !== ''))).toBe(true);
        });
      }
    }
  }

  it.each(LANGUAGES)('the calculation in %s is shown line by line, each period with its days, rate and amount', (language) => {
    const lines = render('firm', language, 'email').blocks.find((b) => b.kind === 'calculation')!.lines;
    if (language === 'en') {
      expect(lines).toEqual([
        'How the late-payment interest is calculated',
        '1 February 2026 to 19 February 2026: €5,000.00 × 12.15% × 19 days / 365 = €31.62',
        '20 February 2026 to 31 March 2026: €3,000.00 × 12.15% × 40 days / 365 = €39.95',
        '12.15% = the ECB main refinancing rate of 2.15% (first half of 2026) + 10 points',
        'Total interest to 31 March 2026: €71.57',
        'Simple interest, counted day by day on a 365-day year from the day after the due date; the total is rounded to the cent.',
        'Fixed sum for recovery costs (Code de commerce D441-5): €40.00',
      ]);
    } else {
      expect(lines[1]).toBe('du 1er février 2026 au 19 février 2026\u00a0: 5\u202f000,00\u00a0€ × 12,15\u00a0% × 19 jours / 365 = 31,62\u00a0€');
      expect(lines[3]).toBe('12,15\u00a0% = taux de refinancement de la BCE de 2,15\u00a0% (premier semestre 2026) + 10 points');
      expect(lines[4]).toBe('Total des pénalités au 31 mars 2026\u00a0: 71,57\u00a0€');
    }
  });

  it('the formal notice states the deadline, the sum broken down, the articles and the registered letter', () => {
    const letter = render('formal-notice', 'fr', 'letter');
    expect(letter.deadline).toBe('2026-04-08');
    const text = letterText(letter);
    expect(letter.blocks.find((b) => b.kind === 'sent-by')!.lines).toEqual(['Lettre recommandée avec accusé de réception']);
    expect(text).toContain('je vous mets en demeure de me régler, dans un délai de 8 jours à compter de la date de la présente, soit au plus tard le 8 avril 2026, la somme de 3\u202f111,57\u00a0€');
    expect(letter.blocks.find((b) => b.kind === 'items')!.lines).toEqual([
      'principal restant dû au titre de la facture n° F2026-007 du 1er janvier 2026, échue le 31 janvier 2026\u00a0: 3\u202f000,00\u00a0€',
      'pénalités de retard arrêtées au 31 mars 2026 (Code de commerce L441-10 II)\u00a0: 71,57\u00a0€',
      'indemnité forfaitaire pour frais de recouvrement (Code de commerce D441-5)\u00a0: 40,00\u00a0€',
    ]);
    expect(text).toContain('La présente vaut mise en demeure (Code civil art. 1344\u00a0; Code civil art. 1344-1).');
    expect(text).toContain('injonction de payer');
    expect(text).toContain('Je vous prie d’agréer, Madame, Monsieur, l’expression de mes salutations distinguées.');
  });

  it('a postal letter carries both addresses, the place and date, the purchase order; no country line at home', () => {
    const letter = render('final', 'fr', 'letter');
    expect(letter.blocks.find((b) => b.kind === 'sender')!.lines).toEqual(['Camille Martin', '12 rue des Lilas', '69003 Lyon', 'SIREN 732829320', 'N° de TVA intracommunautaire FR44732829320']);
    expect(letter.blocks.find((b) => b.kind === 'recipient')!.lines).toEqual(['Atelier Lumière SAS', 'À l’attention de Camille Durand', '12 rue des Exemples', '75011 Paris']);
    expect(letter.blocks.find((b) => b.kind === 'dated')!.lines).toEqual(['Lyon, le 31 mars 2026']);
    expect(letter.blocks.find((b) => b.kind === 'subject')!.lines).toEqual([
      'Objet\u00a0: Dernière relance avant mise en demeure – facture n° F2026-007',
      'Votre bon de commande\u00a0: PO-77',
    ]);
  });

  it('mail abroad names the country in capitals', () => {
    const summary = worked({ client: makeClient({ address: { street: '1 Market St', postalCode: 'LS1 1AA', city: 'Leeds', country: 'GB' } }) });
    const en = renderLetter(letterInput(summary, { template: 'formal-notice', language: 'en', format: 'letter', freelancer: freelancer(), client: summary.client! }));
    expect(en.blocks.find((b) => b.kind === 'recipient')!.lines.at(-1)).toBe('UNITED KINGDOM');
    expect(en.blocks.find((b) => b.kind === 'sender')!.lines).toContain('FRANCE');
  });

  it('names earlier reminders by their dates, once each', () => {
    const summary = worked({
      invoice: { ...worked().invoice, chase: { stepsDone: [{ step: 'friendly-reminder', doneOn: '2026-02-01', channel: 'email' }, { step: 'second-reminder', doneOn: '2026-02-07', channel: 'email' }] } },
    });
    const text = letterText(renderLetter(letterInput(summary, { template: 'final', language: 'en', format: 'email', freelancer: freelancer(), client: summary.client! })));
    expect(text).toContain('My earlier reminders (1 February 2026, 7 February 2026) have remained unanswered.');
  });

  it('with the least data (no agreement, no sender, no contact, no address) nothing is undefined', () => {
    const bare = worked({ agreement: undefined, client: makeClient({ legalName: undefined, contactName: undefined, address: undefined }) });
    for (const template of TEMPLATES) {
      for (const language of LANGUAGES) {
        for (const format of FORMATS) {
          const letter = renderLetter(letterInput(bare, { template, language, format, freelancer: { microEntrepreneur: false }, client: bare.client! }));
          expect(`${letter.subject}\n${letterText(letter)}`).not.toMatch(BROKEN);
        }
      }
    }
    const text = letterText(renderLetter(letterInput(bare, { template: 'firm', language: 'en', format: 'letter', freelancer: { microEntrepreneur: false }, client: bare.client! })));
    expect(text).toContain('Dear Sir or Madam,');
    expect(text).not.toContain('agreement');
  });

  it('a contract rate is cited as such, and the French floor is explained', () => {
    const summary = worked({ agreement: makeAgreement({ lateInterest: { basis: 'contract', ratePercent: 5 } }) });
    const letter = renderLetter(letterInput(summary, { template: 'firm', language: 'en', format: 'email', freelancer: freelancer(), client: summary.client! }));
    const text = letterText(letter);
    expect(text).toContain('late-payment interest (contract rate of 5.00%)');
    expect(text).toContain('7.86% = legal minimum, 3 × the legal interest rate of 2.62% (first half of 2026), as the contract rate of 5.00% is below it');
  });

  it('UK: the fixed sum by debt size (£70 on £1,000 to £9,999.99); US: no statutory penalty to cite', () => {
    const uk = worked({ agreement: makeAgreement({ jurisdiction: 'UK' }), invoice: { ...worked().invoice, currency: 'GBP' } });
    const ukText = letterText(renderLetter(letterInput(uk, { template: 'firm', language: 'en', format: 'email', freelancer: freelancer(), client: uk.client! })));
    expect(ukText).toContain('a fixed sum of £70.00 for recovery costs (Late Payment of Commercial Debts (Interest) Act 1998, s.5A)');
    const us = worked({ agreement: makeAgreement({ jurisdiction: 'US' }), invoice: { ...worked().invoice, currency: 'USD' } });
    const usText = letterText(renderLetter(letterInput(us, { template: 'firm', language: 'en', format: 'email', freelancer: freelancer(), client: us.client! })));
    expect(usText).not.toContain('interest');
    expect(usText).toContain('The amount now due is US$3,000.00.');
    expect(usText).not.toMatch(BROKEN);
  });

  it('opens the mail client with the subject and the body, addressed to the invoicing email', () => {
    const letter = render('friendly', 'en', 'email');
    const to = reminderAddress(makeClient(), makeAgreement({ invoiceRequirements: { invoiceEmail: 'ap@atelier.example' } }));
    const url = mailtoUrl(letter, to);
    expect(url.startsWith('mailto:ap@atelier.example?subject=Payment%20reminder%3A%20invoice%20F2026-007&body=')).toBe(true);
    expect(decodeURIComponent(url.split('body=')[1])).toBe(letterText(letter, false));
    expect(reminderAddress(makeClient(), makeAgreement())).toBe('camille@atelier-lumiere.example');
    expect(letterText(letter).split('\n')[0]).toBe('Payment reminder: invoice F2026-007');
  });

  it('the letter sentences use the same placeholders in English and French', () => {
    const { en, fr } = CATALOGUES.chase;
    for (const [key, entry] of Object.entries(en)) {
      const names = (m: string) => new Set([...m.matchAll(/\$([A-Z_0-9]+)\$/g)].map((x) => x[1]));
      const frNames = names((fr as Record<string, { message: string }>)[key].message);
      for (const name of frNames) expect(names(entry.message), key).toContain(name);
    }
  });

  it('a plain invoice with no payment, no PO and a one-day delay reads naturally', () => {
    const summary = worked({ invoice: makeInvoice({ dueDate: '2026-03-30', payments: [], amount: 1_000_00 }) });
    const text = letterText(renderLetter(letterInput(summary, { template: 'friendly', language: 'fr', format: 'email', freelancer: freelancer(), client: summary.client! })));
    expect(text).toContain('(1 jour de retard)');
    expect(text).not.toContain('bon de commande');
    expect(text).not.toContain('Déduction faite');
  });
});

describe('letters to a private person', () => {
  const consumer = makeClient({ kind: 'individual', legalName: undefined, displayName: 'Camille Martin', contactName: 'Camille Martin' });
  const noticeDone = { ...worked().invoice, chase: { stepsDone: [{ step: 'formal-notice', doneOn: '2026-03-01', channel: 'registered-letter' as const }] } };
  const mediator = freelancer({ consumerMediator: { name: 'CM2C', url: 'https://www.cm2c.net' } });
  const letter = (template: WrittenTemplate, language: Language, summary = worked({ client: consumer }), f = mediator) =>
    letterText(renderLetter(letterInput(summary, { template, language, format: 'letter', freelancer: f, client: summary.client! })));

  for (const language of LANGUAGES) {
    it(`formal notice in ${language}: the civil code, no commercial code, no fixed sum, the mediator`, () => {
      const text = letter('formal-notice', language);
      expect(text).toContain('Code civil art. 1231-6, 1344-1');
      expect(text).toContain('Code civil art. 1344');
      expect(text).not.toMatch(/Code de commerce|L441-10|D441-5|40[.,]00/);
      expect(text).toContain('CM2C (https://www.cm2c.net)');
      expect(text).toContain('Code de la consommation L612-1');
      expect(text).not.toMatch(BROKEN);
    });

    it(`second reminder in ${language}: interest only from the formal notice, nothing claimed yet`, () => {
      const text = letter('firm', language);
      expect(text).toContain(language === 'en' ? 'will bear interest at the legal rate from the formal notice' : 'portera intérêts au taux légal à compter de la mise en demeure');
      expect(text).toContain(language === 'en' ? 'The amount now due is €3,000.00.' : '3\u202f000,00\u00a0€');
      expect(text).not.toMatch(/Code de commerce|pénalités|penalties/);
    });
  }

  it('after the formal notice: interest at the legal rate since it, calculated to the cent', () => {
    // 2–31 Mar 2026: 30 days at 2.62 % on EUR 3,000: 646.03 → €6.46
    const text = letter('final', 'en', worked({ client: consumer, invoice: noticeDone }));
    expect(text).toContain('Since my formal notice of 1 March 2026, the sum due bears interest at the legal rate (Code civil art. 1231-6, 1344-1).');
    expect(text).toContain('2.62% = the French legal interest rate (first half of 2026)');
    expect(text).toContain('€6.46');
    expect(text).toContain('from the day after the formal notice of 1 March 2026');
    expect(text).not.toContain('+ 0 points');
  });

  it('no mediator set: none mentioned; a business client is never told of one', () => {
    expect(letter('formal-notice', 'fr', worked({ client: consumer }), freelancer())).not.toContain('médiateur');
    expect(letter('formal-notice', 'fr', worked(), mediator)).not.toContain('médiateur');
  });
});

describe('salutation from the civility', () => {
  const greet = (client: Parameters<typeof makeClient>[0], language: Language, format: LetterFormat, template: WrittenTemplate = 'friendly') => {
    const summary = worked({ client: makeClient(client) });
    return renderLetter(letterInput(summary, { template, language, format, freelancer: freelancer(), client: summary.client! })).blocks.find((b) => b.kind === 'paragraph')!.lines[0];
  };
  it.each([
    [{ contactName: 'Camille Martin', civility: 'ms' as const }, 'fr', 'email', 'Bonjour Madame Martin,'],
    [{ contactName: 'Camille Martin', civility: 'ms' as const }, 'en', 'email', 'Dear Ms Martin,'],
    [{ contactName: 'Jean-Pierre de la Fontaine', civility: 'mr' as const }, 'en', 'letter', 'Dear Mr Fontaine,'],
    [{ contactName: 'Camille Martin', civility: 'mr' as const }, 'fr', 'letter', 'Monsieur,'],
    [{ contactName: 'Camille Martin' }, 'fr', 'email', 'Bonjour Camille Martin,'],
    [{ contactName: 'Camille Martin' }, 'en', 'email', 'Dear Camille Martin,'],
    [{ contactName: undefined, civility: 'ms' as const }, 'fr', 'email', 'Bonjour,'],
  ] as const)('%o in %s (%s): %s', (client, language, format, expected) => {
    expect(greet(client, language, format)).toBe(expected);
  });
});

describe('English letters use English punctuation', () => {
  it('no space before a semicolon or a colon in any English letter', () => {
    for (const template of TEMPLATES) {
      for (const format of FORMATS) {
        const text = letterText(render(template, 'en', format));
        expect(text, `${template} ${format}`).not.toMatch(/[ \u00a0\u202f][;:]/);
      }
    }
    const en = CATALOGUES.chase.en as Record<string, { message: string }>;
    for (const [key, entry] of Object.entries(en)) expect(entry.message, key).not.toMatch(/[ \u00a0\u202f][;:!?]/);
  });
});
