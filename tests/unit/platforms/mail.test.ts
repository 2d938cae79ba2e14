import { describe, expect, it } from 'vitest';
import { extractGmail, matches as onGmail } from '../../../lib/platforms/gmail';
import { extractOutlook, matches as onOutlook } from '../../../lib/platforms/outlook';
import { ATELIER_BRUME, expectValidSnapshot, fixtureText, htmlDocument, loadFixture, readPage } from './helpers';

const GMAIL_URL = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQZTzKqWvbNlHxRbcdJmsXGqLtB';
const OUTLOOK_URL = 'https://outlook.office.com/mail/inbox/id/AAQkADk0ZmQ3NGQ4LTc2ZDktNGU1Zi1hOTQ3LTBkNWQ1ZTg3NTcxOAAQAKc%3D';

describe('Gmail thread (reconstruction)', () => {
  it('captures the client who wrote, not the user; thread id and subject; the signature', () => {
    // The person is the contact; the company of the signature is the name shown and, with its legal form, the legal name.
    const s = readPage(extractGmail, 'gmail/thread.html', GMAIL_URL);
    expect(s.platform).toBe('gmail');
    expect(s.pageKind).toBe('email');
    expect(s.client, 'client').toEqual({
      ...ATELIER_BRUME,
      displayName: 'Atelier Brume SAS',
      emails: ['camille.fontaine@atelier-brume.example'],
      externalId: 'thread-f:1790000000000000042',
      phones: ['+33 1 84 80 12 34', '06 12 34 56 78'],
    });
    expect(s.job, 'job').toEqual({ title: 'Devis refonte du site vitrine' });
    expect(s.redFlags, 'redFlags').toEqual([
      { kind: 'free-work', quote: 'Pour départager les candidats, nous demandons un test gratuit : une maquette de la page d\'accueil.' },
    ]);
  });

  it('stores no message body: only the sender, the signature facts and flagged sentences', () => {
    const s = extractGmail(loadFixture('gmail/thread.html'), new URL(GMAIL_URL));
    const stored = JSON.stringify(s);
    expect(stored).not.toContain('cahier des charges');
    expect(stored).not.toContain('07 00 00 00 00');
    expect(stored).not.toContain('moi.freelance@example.org');
  });

  it('falls back to the thread id in the address and to a gmail_signature block', () => {
    const doc = htmlDocument(`<title>Hello - me@example.org - Gmail</title>
      <div class="adn ads" data-message-id="#m1"><h3 class="iw"><span class="gD" email="Client@Example.com" name="Client Name">Client Name</span></h3>
      <div class="a3s"><div>Hello</div><div class="gmail_signature">Client Name<br>Brightpeak Media<br>+1 415 555 0132</div></div></div>`);
    const s = extractGmail(doc, new URL('https://mail.google.com/mail/u/0/#inbox/FMfcgzQZTzKqWvbNlHxRbcdJmsXGqLtB'));
    expectValidSnapshot(s);
    expect(s.client.externalId).toBe('FMfcgzQZTzKqWvbNlHxRbcdJmsXGqLtB');
    expect(s.client.emails).toEqual(['client@example.com']);
    expect(s.client.phones).toEqual(['+1 415 555 0132']);
    // A company name without a legal form is shown, not taken for the legal name.
    expect(s.client.displayName).toBe('Brightpeak Media');
    expect(s.client.contactName).toBe('Client Name');
    expect(s.client.legalName).toBeUndefined();
    expect(s.fieldSources['client.phones']).toBe('Signature (Gmail signature block)');
  });

  it('returns null in the inbox list and in a thread of only the user’s own mail', () => {
    expect(extractGmail(htmlDocument('<div role="main">Inbox</div>'), new URL('https://mail.google.com/mail/u/0/#inbox'))).toBeNull();
    const own = htmlDocument(`<title>x - me@example.org - Gmail</title><div class="adn ads"><span class="gD" email="me@example.org" name="Me"></span></div>`);
    expect(extractGmail(own, new URL(GMAIL_URL))).toBeNull();
  });

  it('matches Gmail only', () => {
    expect(onGmail(new URL(GMAIL_URL))).toBe(true);
    expect(onGmail(new URL('https://mail.example.com/'))).toBe(false);
  });
});

describe('Outlook reading pane (reconstruction)', () => {
  it('captures the sender, never the signed-in user, and the signature', () => {
    const s = readPage(extractOutlook, 'outlook/reading-pane.html', OUTLOOK_URL);
    expect(s.platform).toBe('outlook');
    expect(s.client, 'client').toEqual({
      emails: ['oliver.grant@northwind-studio.example'],
      displayName: 'Northwind Studio Ltd',
      contactName: 'Oliver Grant',
      externalId: 'AAQkADk0ZmQ3NGQ4LTc2ZDktNGU1Zi1hOTQ3LTBkNWQ1ZTg3NTcxOAAQAKc=',
      legalName: 'Northwind Studio Ltd',
      phones: ['+44 20 7946 0321'],
      street: '10 Downing Street',
      postalCode: 'SW1A 2AA',
      city: 'London',
      country: 'GB',
      companyNumber: '09876543',
    });
    expect(s.job?.title, 'job.title').toBe('Website maintenance contract');
    expect(s.redFlags, 'redFlags').toEqual([
      { kind: 'money-asked', quote: 'A refundable deposit is required before we can add you to our supplier portal.' },
    ]);
    expect(JSON.stringify(s)).not.toContain('sam.lefevre@example.org');
    expect(JSON.stringify(s)).not.toContain('+33 7 00 00 00 00');
  });

  it('falls back to a mailto: link in the pane', () => {
    const doc = htmlDocument(`<div role="main"><a href="mailto:ines@lumen.example">Inès Moreau</a></div>`);
    const s = extractOutlook(doc, new URL('https://outlook.live.com/mail/0/inbox'));
    expectValidSnapshot(s);
    expect(s.client).toMatchObject({ emails: ['ines@lumen.example'], displayName: 'Inès Moreau' });
  });

  it('returns null with no open message', () => {
    expect(extractOutlook(htmlDocument('<div>loading</div>'), new URL('https://outlook.live.com/mail/0/'))).toBeNull();
    expect(extractOutlook(htmlDocument('<div role="main"></div>'), new URL('https://outlook.live.com/mail/0/'))).toBeNull();
  });

  it('matches the three Outlook hosts', () => {
    for (const host of ['outlook.live.com', 'outlook.office.com', 'outlook.office365.com'])
      expect(onOutlook(new URL(`https://${host}/mail/`)), host).toBe(true);
    expect(onOutlook(new URL('https://outlook.example.com/mail/'))).toBe(false);
  });
});

describe('mail fixtures are reconstructions', () => {
  it.each(['gmail/thread.html', 'outlook/reading-pane.html'])('%s says so at the top', (file) => {
    expect(fixtureText(file).startsWith('<!-- RECONSTRUCTION — not a saved page; invented people and companies -->')).toBe(true);
  });
});
