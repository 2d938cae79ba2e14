// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { ContentScriptContext } from '@/lib/capture/content-script-context';

describe('the content scripts’ context', () => {
  it('refuses to report address changes: the page’s DOM is the signal, and nothing is left listening on window', () => {
    const ctx = new ContentScriptContext('upwork-test');
    const handler = vi.fn();
    const listening = vi.spyOn(window, 'addEventListener');
    expect(() => ctx.addEventListener(window, 'wxt:locationchange', handler)).toThrow(/not reported/);
    expect(listening).not.toHaveBeenCalled();
    window.dispatchEvent(new Event('wxt:locationchange'));
    expect(handler).not.toHaveBeenCalled();
  });

  it('listens to other events while valid, and stops when a newer copy of the same script starts', () => {
    const first = new ContentScriptContext('upwork-test-2');
    const handler = vi.fn();
    first.addEventListener(window, 'pagehide', handler);
    window.dispatchEvent(new Event('pagehide'));
    new ContentScriptContext('upwork-test-2');
    window.dispatchEvent(new Event('pagehide'));
    expect(handler).toHaveBeenCalledOnce();
  });
});
