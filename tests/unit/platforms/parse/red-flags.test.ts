import { describe, expect, it } from 'vitest';
import { findRedFlags, type RedFlagKind } from '../../../../lib/platforms/parse/red-flags';

const kindsIn = (text: string): RedFlagKind[] => findRedFlags(text).map((f) => f.kind);

describe('findRedFlags: phrases that fire', () => {
  it.each<[string, RedFlagKind]>([
    ['Please contact me on Telegram for details.', 'off-platform'],
    ['My WhatsApp: +1 555 0100', 'off-platform'],
    ['Add me on Skype: jane.doe', 'off-platform'],
    ['Text me via Signal when ready.', 'off-platform'],
    ["Let's continue the discussion on Discord.", 'off-platform'],
    ['Email me at jane@example.com', 'off-platform'],
    ['Contact me at jane@example.com.', 'off-platform'],
    ['Text me when you are ready.', 'off-platform'],
    ['Telegram: @brightpeak_hr', 'off-platform'],
    ['Contactez-moi sur WhatsApp.', 'off-platform'],
    ['Écrivez-moi sur Telegram : @jdupont', 'off-platform'],
    ['Envoyez-moi un mail pour la suite.', 'off-platform'],
    ['Écrivez-moi sur Telegram.', 'off-platform'],
    ['We will pay outside Upwork to save fees.', 'pay-outside'],
    ['Payment outside of the platform only.', 'pay-outside'],
    ['Payment via PayPal directly.', 'pay-outside'],
    ['I can pay you in crypto.', 'pay-outside'],
    ['Payment through Western Union only.', 'pay-outside'],
    ['We pay directly to avoid the Upwork fees.', 'pay-outside'],
    ['Paiement par virement en dehors de la plateforme.', 'pay-outside'],
    ['Paiement hors plateforme possible.', 'pay-outside'],
    ['This starts with a free test.', 'free-work'],
    ['Unpaid test task required.', 'free-work'],
    ['Complete a small test task before hiring.', 'free-work'],
    ['Send a sample for free.', 'free-work'],
    ['We will not pay for the test.', 'free-work'],
    ['Test gratuit obligatoire.', 'free-work'],
    ['Un test non rémunéré est prévu.', 'free-work'],
    ['Une maquette à titre gracieux est demandée pour le test.', 'free-work'],
    ['There is a registration fee of $50.', 'money-asked'],
    ['You need to buy the software ($99).', 'money-asked'],
    ['You must purchase a starter kit.', 'money-asked'],
    ['Send money for the equipment.', 'money-asked'],
    ['A refundable deposit is required.', 'money-asked'],
    ["Des frais d'inscription de 30 € sont demandés.", 'money-asked'],
    ['Vous devez acheter le logiciel avant de commencer.', 'money-asked'],
  ])('%s → %s', (text, kind) => {
    expect(kindsIn(text)).toContain(kind);
  });
});

describe('findRedFlags: phrases that must not fire', () => {
  it.each([
    'Upwork messages only.',
    'We pay on Upwork.',
    'All payments through Upwork milestones.',
    'Build a Telegram bot for our shop.',
    'We need a Discord bot and a WhatsApp integration.',
    'Experience with Signal processing required.',
    'Integrate PayPal checkout into our store.',
    "Please don't contact me on WhatsApp.",
    'Do not email me, use Upwork chat.',
    'No free test, this is a paid test task.',
    'The test task is paid at your hourly rate.',
    'We will buy the software license for you.',
    'Nous payons via la plateforme.',
    'Ce test est rémunéré.',
    'Our app has a free trial for new users.',
    'Never pay outside Upwork.',
  ])('%s', (text) => {
    expect(findRedFlags(text)).toEqual([]);
  });
});

describe('findRedFlags: quoting', () => {
  it('quotes the whole sentence, once per kind, in order', () => {
    const text =
      'We are a small agency. Contact me on Telegram, we pay via PayPal. Contact me on Telegram, we pay via PayPal.\nFree test first.';
    expect(findRedFlags(text)).toEqual([
      { kind: 'off-platform', quote: 'Contact me on Telegram, we pay via PayPal.' },
      { kind: 'pay-outside', quote: 'Contact me on Telegram, we pay via PayPal.' },
      { kind: 'free-work', quote: 'Free test first.' },
    ]);
  });

  it('bounds quotes to 300 characters and the list to 50 flags', () => {
    const long = `Contact me on Telegram ${'and more words '.repeat(100)}.`;
    const [flag] = findRedFlags(long);
    expect(flag!.quote.length).toBeLessThanOrEqual(300);
    expect(flag!.quote.endsWith('…')).toBe(true);
    const many = Array.from({ length: 200 }, (_, i) => `Contact me on Telegram number ${i}.`).join(' ');
    expect(findRedFlags(many)).toHaveLength(50);
  });

  it('can be limited to some kinds (emails have no platform to leave)', () => {
    expect(findRedFlags('Email me. Free test first.', { kinds: ['free-work'] })).toEqual([{ kind: 'free-work', quote: 'Free test first.' }]);
  });

  it('keeps quotes plain and survives hostile text', () => {
    const [flag] = findRedFlags('<img src=x onerror=alert(1)>\u202e Contact me on Telegram\u0000 now.');
    expect(flag!.quote).toBe('<img src=x onerror=alert(1)> Contact me on Telegram now.');
    expect(findRedFlags('x'.repeat(1_000_000))).toEqual([]);
    expect(findRedFlags(null)).toEqual([]);
  });
});
