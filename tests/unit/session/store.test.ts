import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { CHECK_INS, OVERVIEW, captureAssessmentOf, parseTabCaptureKey, tabCapture } from '@/lib/session/items';
import { forgetReportedForTests, readSession, readSessionItems, readTabCaptures, watchSession, writeSession } from '@/lib/session/store';
import { makeSnapshot } from '../builders';

const snapshot = makeSnapshot({ client: { displayName: 'Acme' } });

describe('session state (lib/session)', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    forgetReportedForTests();
  });

  it('reads back what was written, and the fallback when nothing is stored', async () => {
    expect(await readSession(CHECK_INS)).toEqual({ total: 0, first: [] });
    expect(await readSession(tabCapture('capture', 7))).toBeUndefined();
    await writeSession(tabCapture('capture', 7), snapshot);
    const [capture, assessment] = await readSessionItems(tabCapture('capture', 7), captureAssessmentOf(tabCapture('capture', 7)));
    expect(capture).toEqual(snapshot);
    expect(assessment).toBeUndefined();
  });

  it('refuses a value of another shape: the reader gets the fallback, and the problem is logged once', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    await browser.storage.session.set({ checkIns: { total: 'many', first: [] }, overview: { today: 'yesterday' } });
    expect(await readSession(CHECK_INS)).toEqual({ total: 0, first: [] });
    expect(await readSession(CHECK_INS)).toEqual({ total: 0, first: [] });
    expect(await readSession(OVERVIEW)).toBeUndefined();
    expect(warn).toHaveBeenCalledTimes(2);
    expect(String(warn.mock.calls[0][0])).toContain('checkIns');
    warn.mockRestore();
  });

  it('walks every tab capture and check, skipping the other items', async () => {
    await writeSession(tabCapture('capture', 3), snapshot);
    await writeSession(tabCapture('check', 4), { ...snapshot, client: { displayName: 'Checked' } });
    await writeSession(CHECK_INS, { total: 0, first: [] });
    const all = await readTabCaptures();
    expect(all.map(({ source, tabId, snapshot: s }) => [source, tabId, s.client.displayName])).toEqual([
      ['capture', 3, 'Acme'],
      ['check', 4, 'Checked'],
    ]);
    expect(parseTabCaptureKey('assessment:capture:3')).toBeUndefined();
  });

  it('tells a watcher each new value of its item only, checked like a read', async () => {
    const seen: unknown[] = [];
    const stop = watchSession(tabCapture('capture', 9), (value) => seen.push(value?.client.displayName));
    await writeSession(tabCapture('capture', 8), snapshot);
    await writeSession(tabCapture('capture', 9), snapshot);
    await browser.storage.session.remove('capture:9');
    stop();
    await writeSession(tabCapture('capture', 9), snapshot);
    expect(seen).toEqual(['Acme', undefined]);
  });
});
