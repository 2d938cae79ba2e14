// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { watchPage, INTERVAL_MS, type Extract } from '@/lib/capture/watch-page';
import type { ClientSnapshot } from '@/lib/model';
import type { Message } from '@/lib/messaging/protocol';
import { makeSnapshot } from '../builders';

const snapshotNamed = (name: string): ClientSnapshot => makeSnapshot({ url: location.href, capturedAt: new Date().toISOString(), client: { displayName: name } });

/** The parts of WXT's context the watcher uses, driven by the test. */
const fakeContext = () => {
  const onInvalid: (() => void)[] = [];
  const ctx = {
    isInvalid: false,
    setTimeout: (fn: () => void, ms: number) => setTimeout(fn, ms),
    onInvalidated: (fn: () => void) => onInvalid.push(fn),
    addEventListener: () => {},
  };
  return {
    ctx: ctx as unknown as ContentScriptContext,
    invalidate: () => {
      ctx.isInvalid = true;
      onInvalid.forEach((fn) => fn());
    },
  };
};

const settle = async (ms = INTERVAL_MS) => {
  await vi.advanceTimersByTimeAsync(ms + 1);
};

describe('watchPage', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    document.body.replaceChildren();
  });
  afterEach(() => vi.useRealTimers());

  it('captures once at start, then once per burst of changes, and never resends an unchanged client', async () => {
    let name = 'Acme';
    const extract = vi.fn<Extract>(() => snapshotNamed(name));
    const sent: Message[] = [];
    const { ctx } = fakeContext();
    watchPage(ctx, extract, { send: async (m) => void sent.push(m) });
    await settle();
    expect(sent).toHaveLength(1);

    // A thousand changes in one burst: one extraction, and nothing sent (same client).
    for (let i = 0; i < 1000; i++) document.body.append(document.createElement('p'));
    await settle();
    expect(extract).toHaveBeenCalledTimes(2);
    expect(sent).toHaveLength(1);

    name = 'Acme Ltd';
    document.body.append(document.createElement('div'));
    await settle();
    expect(sent).toHaveLength(2);
    expect(sent[1]).toMatchObject({ type: 'cs-bg:client-captured', snapshot: { client: { displayName: 'Acme Ltd' } } });
  });

  it('says when the client is gone (the slider closed)', async () => {
    let showing = true;
    const sent: Message[] = [];
    const { ctx } = fakeContext();
    watchPage(ctx, () => (showing ? snapshotNamed('Acme') : null), { send: async (m) => void sent.push(m) });
    await settle();
    showing = false;
    document.body.append(document.createElement('p'));
    await settle();
    expect(sent.map((m) => m.type)).toEqual(['cs-bg:client-captured', 'cs-bg:client-gone']);
  });

  it('goes quiet after the extension is reloaded: no extraction, no message, no error on the page', async () => {
    const extract = vi.fn<Extract>(() => snapshotNamed('Acme'));
    const send = vi.fn(async () => undefined);
    const { ctx, invalidate } = fakeContext();
    watchPage(ctx, extract, { send });
    await settle();
    invalidate();
    document.body.append(document.createElement('p'));
    await settle();
    expect(extract).toHaveBeenCalledTimes(1);
    expect(send).toHaveBeenCalledTimes(1);
  });

  it('isolates an extractor that throws: nothing reaches the page, and it is logged once', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { ctx } = fakeContext();
    watchPage(
      ctx,
      () => {
        throw new Error('markup changed');
      },
      { send: async () => undefined },
    );
    await settle();
    document.body.append(document.createElement('p'));
    await settle();
    expect(warn).toHaveBeenCalledOnce();
  });

  it('sends again after the background failed to take a message', async () => {
    const send = vi.fn<(m: Message) => Promise<unknown>>().mockRejectedValueOnce(new Error('restarting')).mockResolvedValue(undefined);
    const { ctx } = fakeContext();
    watchPage(ctx, () => snapshotNamed('Acme'), { send });
    await settle();
    document.body.append(document.createElement('p'));
    await settle();
    expect(send).toHaveBeenCalledTimes(2);
  });

  it('follows an app to another address by its page changes alone: no navigation listener on the page', async () => {
    const listened: string[] = [];
    const { ctx } = fakeContext();
    (ctx as unknown as { addEventListener: (target: EventTarget, type: string) => void }).addEventListener = (_target, type) => void listened.push(type);
    const sent: Message[] = [];
    const start = location.href;
    watchPage(ctx, () => snapshotNamed(location.pathname), { send: async (m) => void sent.push(m) });
    await settle();
    // The app moves to another job: a new address, then the new job's content.
    history.pushState({}, '', '/nx/find-work/details/~021888000000000000123');
    document.body.append(document.createElement('section'));
    await settle();
    expect(sent.map((m) => m.type === 'cs-bg:client-captured' && m.snapshot.client.displayName)).toEqual([
      new URL(start).pathname,
      '/nx/find-work/details/~021888000000000000123',
    ]);
    expect(listened.sort()).toEqual(['pagehide', 'pageshow']);
    history.replaceState({}, '', start);
  });

  it('says the client is gone when the page is left, and captures again when it is shown from the back-forward cache', async () => {
    const sent: Message[] = [];
    const { ctx } = fakeContext();
    const listening = ctx as unknown as { addEventListener: (target: EventTarget, type: string, fn: (e: Event) => void) => void };
    listening.addEventListener = (target, type, fn) => target.addEventListener(type, fn);
    watchPage(ctx, () => snapshotNamed('Acme'), { send: async (m) => void sent.push(m) });
    await settle();
    window.dispatchEvent(new Event('pagehide'));
    expect(sent.map((m) => m.type)).toEqual(['cs-bg:client-captured', 'cs-bg:client-gone']);
    // Left again without a client shown: nothing more to say.
    window.dispatchEvent(new Event('pagehide'));
    expect(sent).toHaveLength(2);
    window.dispatchEvent(Object.assign(new Event('pageshow'), { persisted: true }));
    await settle();
    expect(sent.map((m) => m.type)).toEqual(['cs-bg:client-captured', 'cs-bg:client-gone', 'cs-bg:client-captured']);
  });
});
