/// <reference types="chrome" />
import { expect, test } from './extension';

test('the background refuses messages outside the protocol and writes nothing', async ({ openPopup, serviceWorker }) => {
  const popup = await openPopup();
  const logs: string[] = [];
  serviceWorker.on('console', (m) => logs.push(m.text()));
  const replies = await popup.evaluate(async () => {
    const snapshot = {
      platform: 'upwork', pageKind: 'job', url: 'https://www.upwork.com/jobs/~021', capturedAt: new Date().toISOString(),
      client: { displayName: 'Forged' }, signals: {}, redFlags: [], fieldSources: {},
    };
    return [
      // Only content scripts on platform pages may report a capture; an extension page may not.
      await chrome.runtime.sendMessage({ type: 'cs-bg:client-captured', snapshot }),
      await chrome.runtime.sendMessage({ type: 'ui-bg:not-a-message' }),
      await chrome.runtime.sendMessage({ type: 'ui-bg:data-changed', tables: ['nope'] }),
      await chrome.runtime.sendMessage({ type: 'ui-bg:data-changed', tables: ['invoices'], padding: 'x'.repeat(600_000) }),
      await chrome.runtime.sendMessage({ type: 'ui-bg:data-changed', tables: ['invoices'] }),
    ];
  });
  expect(replies).toEqual([
    { refused: true, reason: 'wrong-sender' },
    { refused: true, reason: 'unknown-type' },
    { refused: true, reason: 'bad-payload' },
    { refused: true, reason: 'too-large' },
    { overdue: 0 },
  ]);
  const session = await serviceWorker.evaluate(() => chrome.storage.session.get(null));
  expect(Object.keys(session).filter((key) => key.startsWith('capture:') || key.startsWith('check:'))).toEqual([]);
  // A web page has no way in at all: without externally_connectable, runtime messaging is not exposed to it.
  const manifest = await serviceWorker.evaluate(() => chrome.runtime.getManifest());
  expect(manifest).not.toHaveProperty('externally_connectable');
});
