import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Window } from 'happy-dom';
import { clientSnapshot, type ClientSnapshot } from '../../../lib/model/snapshot';

const FIXTURES = fileURLToPath(new URL('../../fixtures/', import.meta.url));

/** A page parsed by happy-dom, as the extractors receive it. Scripts never run. */
export function htmlDocument(html: string, url = 'https://example.com/'): Document {
  const window = new Window({ url, settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true } });
  const parser = new window.DOMParser();
  return parser.parseFromString(html, 'text/html') as unknown as Document;
}

/** A saved or reconstructed page from tests/fixtures. */
export function loadFixture(relative: string, url?: string): Document {
  return htmlDocument(readFileSync(`${FIXTURES}${relative}`, 'utf8'), url);
}

export function fixtureText(relative: string): string {
  return readFileSync(`${FIXTURES}${relative}`, 'utf8');
}

/** `field(snapshot, 'signals.totalSpent')`, `field(snapshot, 'job.history.0.title')`. */
export function field(value: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((v, key) => (v === null || v === undefined ? undefined : (v as Record<string, unknown>)[key]), value);
}

/** Fails with the schema's own message when a snapshot breaks the contract in lib/model/snapshot.ts. */
export function expectValidSnapshot(snapshot: ClientSnapshot | null): asserts snapshot is ClientSnapshot {
  if (snapshot === null) throw new Error('expected a snapshot, got null');
  const parsed = clientSnapshot.safeParse(snapshot);
  if (!parsed.success) throw new Error(`snapshot breaks the schema: ${JSON.stringify(parsed.error.issues.slice(0, 5))}`);
}

/** A saved page read by a platform's extractor at its address, checked against the schema before a test reads it. */
export function readPage(extract: (doc: Document, url: URL) => ClientSnapshot | null, fixture: string, url: string): ClientSnapshot {
  const snapshot = extract(loadFixture(fixture), new URL(url));
  expectValidSnapshot(snapshot);
  return snapshot;
}

/**
 * Atelier Brume, the invented company of the legal-notice page, the Gmail thread and the selected signature:
 * who it is, where and its numbers, as each extractor must read them from its own page.
 */
export const ATELIER_BRUME = {
  legalName: 'Atelier Brume SAS',
  contactName: 'Camille Fontaine',
  website: 'https://www.atelier-brume.example/',
  street: '12 rue de la Paix',
  postalCode: '75002',
  city: 'Paris',
  country: 'FR',
  siret: '81234567600017',
  siren: '812345676',
  vat: 'FR19812345676',
};
