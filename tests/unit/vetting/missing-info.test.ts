import { describe, expect, it } from 'vitest';
import { runAutomaticChecks } from '../../../lib/vetting/checks';
import { mailtoUrl, missingInfo, missingInfoMessage } from '../../../lib/vetting/missing-info';
import { frenchCompany, makeClient } from '../builders';

describe('missingInfo', () => {
  it('asks a bare company for everything, in order', () => {
    const client = makeClient({ address: { country: 'FR' } });
    expect(missingInfo(client, runAutomaticChecks(client)).map((info) => info.id)).toEqual([
      'phone',
      'legal-name-address',
      'company-number',
      'vat-number',
      'signed-terms',
      'invoice-requirements',
    ]);
  });

  it('asks a complete company only for what no data can show: signed terms and invoice requirements', () => {
    const client = frenchCompany();
    expect(missingInfo(client, runAutomaticChecks(client)).map((info) => info.id)).toEqual(['signed-terms', 'invoice-requirements']);
  });

  it('asks a private person for an identity document, not for company numbers', () => {
    const client = makeClient({ kind: 'individual', displayName: 'Jean Martin', phones: ['+33612345678'] });
    expect(missingInfo(client, runAutomaticChecks(client)).map((info) => info.id)).toEqual(['identity', 'signed-terms']);
  });

  it('asks again, quoting it, for a number that fails its check', () => {
    const client = frenchCompany({ identifiers: { siret: '73282932000075', vat: 'FR44732829320' } });
    expect(missingInfo(client, runAutomaticChecks(client))).toContainEqual({ id: 'company-number', reason: 'unconfirmed', given: '73282932000075' });
  });

  it('does not ask again for a valid phone number from another country', () => {
    const client = frenchCompany({ phones: ['+44 20 7946 0000'] });
    expect(missingInfo(client, runAutomaticChecks(client)).map((info) => info.id)).not.toContain('phone');
    const invalid = frenchCompany({ phones: ['06 12 34'] });
    expect(missingInfo(invalid, runAutomaticChecks(invalid))).toContainEqual({ id: 'phone', reason: 'unconfirmed', given: '06 12 34' });
  });

  it('respects what the user settled by hand', () => {
    const client = makeClient({ address: { country: 'US' } });
    const checks = [
      { item: 'phone-obtained', state: 'not-applicable' as const, checkedAt: '2026-01-10T10:00:00.000Z' },
      { item: 'terms-signed', state: 'done' as const, checkedAt: '2026-01-10T10:00:00.000Z' },
      { item: 'company-number-valid', state: 'done' as const, checkedAt: '2026-01-10T10:00:00.000Z' },
    ];
    // US: no VAT number to ask for.
    expect(missingInfo(client, checks).map((info) => info.id)).toEqual(['legal-name-address', 'invoice-requirements']);
  });
});

describe('missingInfoMessage', () => {
  const client = makeClient({
    displayName: 'Société Générale & Fils',
    contactName: 'Élodie',
    emails: ['elodie+devis@sgf.fr'],
    address: { country: 'FR' },
  });
  const checks = runAutomaticChecks(client);

  it('writes a polite French message listing what is missing', () => {
    const message = missingInfoMessage(client, checks, 'fr', 'Camille Laurent');
    expect(message.subject).toBe('Avant de commencer\u00a0: quelques informations');
    expect(message.body).toBe(
      [
        'Bonjour Élodie,',
        '',
        'Merci pour votre confiance. Avant de démarrer, pourriez-vous me transmettre les éléments suivants\u00a0:',
        '',
        "- un numéro de téléphone où vous joindre, avec l'indicatif du pays",
        "- la raison sociale et l'adresse du siège de votre société",
        '- le numéro SIRET de votre société',
        '- votre numéro de TVA intracommunautaire',
        '- le devis ou le contrat signé, avec les conditions de paiement (échéance, acompte éventuel, pénalités de retard)',
        '- vos exigences de facturation\u00a0: adresse de facturation si elle diffère, numéro de bon de commande si vous en émettez, adresse e-mail ou plateforme de dépôt des factures, référence à rappeler',
        '',
        "Je les demande à chaque nouveau client\u00a0: ils me permettent d'établir des factures conformes et de garder un accord clair entre nous.",
        '',
        'Bien cordialement,',
        'Camille Laurent',
      ].join('\n'),
    );
  });

  it('writes the same in English', () => {
    const message = missingInfoMessage(client, checks, 'en', 'Camille Laurent');
    expect(message.subject).toBe('Before we start: a few details');
    expect(message.body.split('\n').slice(0, 6)).toEqual([
      'Hello Élodie,',
      '',
      'Thank you for your interest in working together. Before I start, could you please send me the following:',
      '',
      '- a phone number where I can reach you, with the country code',
      "- your company's legal name and registered address",
    ]);
    expect(message.body).toContain("- your company's SIRET number\n- your VAT number\n");
    expect(message.body.endsWith('Best regards,\nCamille Laurent')).toBe(true);
  });

  it('encodes the mailto address so that any mail program reads it back unchanged', () => {
    const message = missingInfoMessage(client, checks, 'fr');
    expect(message.mailto.startsWith('mailto:elodie%2Bdevis@sgf.fr?subject=Avant%20de%20commencer%C2%A0%3A%20quelques%20informations&body=Bonjour%20%C3%89lodie%2C%0D%0A%0D%0AMerci')).toBe(true);
    const url = new URL(message.mailto);
    expect(decodeURIComponent(url.pathname)).toBe('elodie+devis@sgf.fr');
    const [, query] = message.mailto.split('?');
    const parts = Object.fromEntries(query.split('&').map((part) => part.split('=').map(decodeURIComponent)));
    expect(parts.subject).toBe(message.subject);
    expect(parts.body).toBe(message.body.replace(/\n/g, '\r\n'));
    // No raw character that a mail program could split on.
    expect(query).not.toMatch(/[ \n+&](?!body=)/);
  });

  it('greets without a name and signs without one when none is known', () => {
    const message = missingInfoMessage(makeClient({ address: { country: 'GB' } }), [], 'en');
    expect(message.body.startsWith('Hello,\n')).toBe(true);
    expect(message.body).toContain('- your Companies House company number\n');
    expect(message.body).toContain('- your VAT number, if you are VAT-registered\n');
    expect(message.body.endsWith('Best regards,')).toBe(true);
    expect(message.mailto.startsWith('mailto:?subject=')).toBe(true);
  });

  it('says all is in order when nothing is missing', () => {
    const checks = [
      { item: 'terms-signed', state: 'done' as const },
      { item: 'invoice-requirements', state: 'done' as const },
    ];
    const message = missingInfoMessage(frenchCompany(), checks, 'en', 'Camille');
    expect(message.missing).toEqual([]);
    expect(message.subject).toBe('Before we start: all set');
    expect(message.body).toBe('Hello Claire Dupont,\n\nThank you: I have everything I need to get started.\n\nBest regards,\nCamille');
  });
});

describe('mailtoUrl', () => {
  it('encodes quotes, ampersands and accents in subject and body', () => {
    expect(mailtoUrl('a@b.fr', `"O'Brien" & Fils`, 'Ligne 1\nLigne 2 é')).toBe(
      "mailto:a@b.fr?subject=%22O'Brien%22%20%26%20Fils&body=Ligne%201%0D%0ALigne%202%20%C3%A9",
    );
  });
});
