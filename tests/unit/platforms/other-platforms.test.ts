import { describe, expect, it } from 'vitest';
import { captureOtherPlatform, extractOtherPlatform, labelledValues, matches, otherPlatformOf, readLeftPage } from '../../../lib/platforms/other-platforms';
import { eur } from '../builders';
import { expectValidSnapshot, field, htmlDocument, loadFixture, readPage } from './helpers';

describe('Codeur.com project page (reconstruction)', () => {
  const s = extractOtherPlatform(
    loadFixture('codeur/project-page.html'),
    new URL('https://www.codeur.com/projects/412345-application-mobile-de-reservation'),
  );

  it.each<[string, unknown]>([
    ['platform', 'codeur'],
    ['pageKind', 'project'],
    ['client.displayName', 'Garage Martin & Fils'],
    ['client.city', 'Nantes'],
    ['client.countryName', 'France'],
    ['client.website', 'https://www.garage-martin.example'],
    ['client.emails', ['contact@garage-martin.example']],
    ['signals.memberSince', '2019-03-03'],
    ['signals.jobsPosted', 4],
    ['job.externalId', '412345'],
    ['job.title', 'Application mobile de réservation'],
    ['job.budget', { type: 'fixed', min: eur(100_000), max: eur(200_000) }],
    ['redFlags', [{ kind: 'money-asked', quote: "Des frais d'inscription de 30 € sont demandés aux candidats retenus." }]],
  ])('%s', (path, expected) => {
    expectValidSnapshot(s);
    expect(field(s, path), path).toEqual(expected);
  });

  it('leaves the platform’s own support address out', () => {
    expect(JSON.stringify(s)).not.toContain('support@codeur.com');
  });
});

describe('Malt project offer (reconstruction)', () => {
  it('reads label/value blocks and the off-platform request', () => {
    const s = readPage(extractOtherPlatform, 'malt/project-offer.html', 'https://www.malt.fr/messages/client-project-offer/6718a2b3c4d5e6f7a8b9c0d1');
    expect(s.platform).toBe('malt');
    expect(s.pageKind).toBe('project-offer');
    expect(s.client, 'client').toEqual({ displayName: 'Lumen Analytics', contactName: 'Inès Moreau', city: 'Bordeaux', countryName: 'France' });
    expect(s.job?.externalId, 'job.externalId').toBe('6718a2b3c4d5e6f7a8b9c0d1');
    expect(s.job?.title, 'job.title').toBe('Tableau de bord de suivi des ventes');
    expect(s.job?.budget, 'job.budget').toEqual({ type: 'fixed', min: eur(450_000), max: eur(450_000) });
    expect(s.redFlags, 'redFlags').toEqual([{ kind: 'off-platform', quote: 'Contactez-moi sur WhatsApp pour en parler plus vite.' }]);
  });
});

describe('other platforms: addresses and fallbacks', () => {
  it('names the platform by host', () => {
    expect(otherPlatformOf(new URL('https://www.fiverr.com/inbox/jane_doe'))).toBe('fiverr');
    expect(otherPlatformOf(new URL('https://www.malt.com/messages'))).toBe('malt');
    expect(otherPlatformOf(new URL('https://comeup.com/fr/'))).toBe('comeup');
    expect(otherPlatformOf(new URL('https://www.guru.com/work/detail/1234567'))).toBe('guru');
    expect(otherPlatformOf(new URL('https://www.peopleperhour.com/'))).toBe('peopleperhour');
    expect(otherPlatformOf(new URL('https://www.upwork.com/'))).toBeUndefined();
    expect(matches(new URL('https://fiverr.com.evil.example/'))).toBe(false);
  });

  it('takes the Fiverr inbox username from the address', () => {
    const s = extractOtherPlatform(htmlDocument('<main></main>'), new URL('https://www.fiverr.com/inbox/brightpeak_media'));
    expectValidSnapshot(s);
    expect(s.pageKind).toBe('messages');
    expect(s.client).toEqual({ externalId: 'brightpeak_media', displayName: 'brightpeak_media' });
  });

  it('reads mailto:/tel: links and JSON-LD on any of these pages', () => {
    const doc = htmlDocument(`<script type="application/ld+json">{"@type":"Person","name":"Jane Roe"}</script>
      <main><a href="tel:+33612345678">call</a><a href="mailto:jane@roe.example">mail</a></main>`);
    const s = extractOtherPlatform(doc, new URL('https://www.peopleperhour.com/freelance-jobs/design/logo/new-logo-4012345'));
    expectValidSnapshot(s);
    expect(s.client).toMatchObject({ contactName: 'Jane Roe', phones: ['+33612345678'], emails: ['jane@roe.example'] });
    expect(s.job?.externalId).toBe('4012345');
  });

  it('reads a day rate (TJM) as a daily budget, not a fixed price', () => {
    const doc = htmlDocument('<main><h1>Mission React</h1><div>Client : Lumen Analytics</div><div>TJM : 450 € - 550 € / jour</div></main>');
    const s = extractOtherPlatform(doc, new URL('https://www.malt.fr/projects/abc123'));
    expectValidSnapshot(s);
    expect(s.job?.budget).toEqual({ type: 'daily', min: eur(45_000), max: eur(55_000) });
  });

  it('returns null when nothing shows', () => {
    expect(extractOtherPlatform(htmlDocument(''), new URL('https://www.guru.com/'))).toBeNull();
    expect(extractOtherPlatform(htmlDocument(''), new URL('https://example.com/'))).toBeNull();
  });

  it('reads "Label : value" lines and label/value pairs', () => {
    const values = labelledValues(['Budget : 500 €', 'Client', 'Acme', 'Téléphone: 06 12 34 56 78', 'Description', 'Line one', 'Line two', 'Pays', 'France']);
    expect(Object.fromEntries(values)).toEqual({
      budget: '500 €',
      company: 'Acme',
      phone: '06 12 34 56 78',
      description: 'Line one\nLine two',
      country: 'France',
    });
  });
});

describe('other platforms: the page left for the background', () => {
  const address = 'https://www.codeur.com/projects/412345-application-mobile-de-reservation';

  it('the content script sends the page unparsed, and the background reads what the full extractor reads', () => {
    const doc = loadFixture('codeur/project-page.html');
    const sent = captureOtherPlatform(doc, new URL(address));
    expectValidSnapshot(sent);
    expect(sent.client).toEqual({});
    expect(sent.page?.text).toContain('Garage Martin & Fils');
    expect(sent.page?.mailto.length).toBeGreaterThan(0);
    const read = readLeftPage(sent);
    expectValidSnapshot(read);
    expect(read).not.toHaveProperty('page');
    expect(read.capturedAt).toBe(sent.capturedAt);
    expect({ ...read, capturedAt: '' }).toEqual({ ...extractOtherPlatform(doc, new URL(address)), capturedAt: '' });
  });

  it('sends nothing off these platforms', () => {
    expect(captureOtherPlatform(htmlDocument('<main>Client : Acme</main>'), new URL('https://example.com/'))).toBeNull();
  });

  it('a page that names no client or project gives no capture, whatever its text warns about', () => {
    const doc = htmlDocument('<main>Never pay outside the platform. Contact me on Telegram @scam_desk for a free test.</main>');
    const sent = captureOtherPlatform(doc, new URL('https://www.fiverr.com/support'));
    expect(sent && readLeftPage(sent)).toBeNull();
    expect(extractOtherPlatform(doc, new URL('https://www.fiverr.com/support'))).toBeNull();
  });

  it('flags the conversation on a messages page', () => {
    const doc = htmlDocument('<main><p>Bonjour !</p><p>Contactez-moi sur WhatsApp pour en parler plus vite.</p></main>');
    const sent = captureOtherPlatform(doc, new URL('https://www.fiverr.com/inbox/brightpeak_media'))!;
    const read = readLeftPage(sent)!;
    expect(read.client.externalId).toBe('brightpeak_media');
    expect(read.redFlags).toEqual([{ kind: 'off-platform', quote: 'Contactez-moi sur WhatsApp pour en parler plus vite.' }]);
    expect(read.fieldSources.redFlags).toBe('Page text');
  });
});
