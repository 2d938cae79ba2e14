import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Runtime } from 'webextension-polyfill';
import { receive, resetRefusalLogForTests, type Handlers } from '@/lib/messaging/receive';
import { classifySender } from '@/lib/messaging/sender';
import { makeSnapshot } from '../builders';

const OWN = { id: 'our-extension-id', origin: 'chrome-extension://our-extension-id/' };

const snapshot = makeSnapshot({ client: { displayName: 'Acme' }, signals: { paymentVerified: true } });

const contentScript: Runtime.MessageSender = {
  id: OWN.id,
  url: 'https://www.upwork.com/nx/find-work/most-recent/details/~021',
  tab: { id: 7, index: 0, highlighted: false, active: true, pinned: false, incognito: false },
};
const extensionPage: Runtime.MessageSender = { id: OWN.id, url: `${OWN.origin}popup.html` };

const makeHandlers = () => ({
  'cs-bg:client-captured': vi.fn(() => ({ saved: true })),
  'cs-bg:client-gone': vi.fn(() => ({ forgotten: true })),
  'ui-bg:data-changed': vi.fn(() => ({ overdue: 0 })),
});

describe('receive', () => {
  beforeEach(() => {
    resetRefusalLogForTests();
    vi.spyOn(console, 'warn').mockImplementation(() => {});
  });

  it('passes a valid capture from a content script on a platform page', async () => {
    const handlers = makeHandlers();
    const reply = await receive({ type: 'cs-bg:client-captured', snapshot }, contentScript, handlers as unknown as Handlers, OWN);
    expect(reply).toEqual({ saved: true });
    expect(handlers['cs-bg:client-captured']).toHaveBeenCalledOnce();
  });

  it("hands the handler the sender's tab, and nothing else of the sender", async () => {
    const handlers = makeHandlers();
    await receive({ type: 'cs-bg:client-captured', snapshot }, contentScript, handlers as unknown as Handlers, OWN);
    expect(handlers['cs-bg:client-captured']).toHaveBeenCalledWith(expect.objectContaining({ type: 'cs-bg:client-captured' }), { tabId: 7 });
    await receive({ type: 'ui-bg:data-changed', tables: ['invoices'] }, extensionPage, handlers as unknown as Handlers, OWN);
    expect(handlers['ui-bg:data-changed']).toHaveBeenCalledWith(expect.anything(), {});
  });

  it.each([
    ['another extension', { ...contentScript, id: 'someone-else' }, 'foreign-sender'],
    ['our id from a page that is not a platform host', { ...contentScript, url: 'https://evil.example/upwork' }, 'foreign-sender'],
    ['a look-alike host', { ...contentScript, url: 'https://www.upwork.com.evil.example/' }, 'foreign-sender'],
    ['an extension page (only content scripts report captures)', extensionPage, 'wrong-sender'],
  ])('refuses a capture from %s without calling the handler', async (_label, sender, reason) => {
    const handlers = makeHandlers();
    const reply = await receive({ type: 'cs-bg:client-captured', snapshot }, sender as Runtime.MessageSender, handlers as unknown as Handlers, OWN);
    expect(reply).toEqual({ refused: true, reason });
    expect(handlers['cs-bg:client-captured']).not.toHaveBeenCalled();
  });

  it.each([
    ['no type', { snapshot }, 'unknown-type'],
    ['an unknown type', { type: 'cs-bg:delete-everything' }, 'unknown-type'],
    ['a prototype key as type', { type: 'toString' }, 'unknown-type'],
    ['a bad payload', { type: 'cs-bg:client-captured', snapshot: { ...snapshot, platform: 'myspace' } }, 'bad-payload'],
    ['an oversized name', { type: 'cs-bg:client-captured', snapshot: { ...snapshot, client: { displayName: 'x'.repeat(5_000) } } }, 'bad-payload'],
    ['a megabyte message', { type: 'cs-bg:client-captured', snapshot: { ...snapshot, junk: 'x'.repeat(1_000_000) } }, 'too-large'],
  ])('refuses %s', async (_label, message, reason) => {
    const handlers = makeHandlers();
    expect(await receive(message, contentScript, handlers as unknown as Handlers, OWN)).toEqual({ refused: true, reason });
    expect(handlers['cs-bg:client-captured']).not.toHaveBeenCalled();
  });

  it('logs each kind of refusal once, however often it is tried', async () => {
    const warn = vi.mocked(console.warn);
    for (let i = 0; i < 5; i++) {
      await receive({ type: 'nope' }, contentScript, makeHandlers() as unknown as Handlers, OWN);
    }
    expect(warn).toHaveBeenCalledOnce();
  });

  it('classifies senders in one place', () => {
    expect(classifySender(extensionPage, OWN.id, OWN.origin)).toBe('extension-page');
    expect(classifySender(contentScript, OWN.id, OWN.origin)).toBe('content-script');
    expect(classifySender({ id: OWN.id }, OWN.id, OWN.origin)).toBe('foreign');
    expect(classifySender({ ...contentScript, url: 'http://www.upwork.com/' }, OWN.id, OWN.origin)).toBe('foreign');
  });
});
