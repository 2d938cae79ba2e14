import { describe, expect, it } from 'vitest';
import { SnapshotDraft, addRedFlags, attempt } from '../../../../lib/platforms/parse/draft';
import { expectValidSnapshot } from '../helpers';

const url = new URL('https://www.upwork.com/jobs/~021999055296412911573');

describe('SnapshotDraft', () => {
  it('keeps the first value found for a field and records where it came from', () => {
    const draft = new SnapshotDraft('upwork', 'job', url);
    draft.setSignal('rating', 'About the client › rating', () => 4.28);
    draft.setSignal('rating', 'fallback', () => 4.3);
    const snapshot = draft.build();
    expect(snapshot.signals.rating).toBe(4.28);
    expect(snapshot.fieldSources).toEqual({ 'signals.rating': 'About the client › rating' });
  });

  it('does not run a fallback once the field is found', () => {
    const draft = new SnapshotDraft('upwork', 'job', url);
    draft.setSignal('jobsPosted', 'first', () => 28);
    let ran = false;
    draft.setSignal('jobsPosted', 'second', () => {
      ran = true;
      return 3;
    });
    expect(ran).toBe(false);
  });

  it('turns a read that throws into "not found"', () => {
    const draft = new SnapshotDraft('upwork', 'job', url);
    draft.setClient('city', 'broken', () => {
      throw new Error('node went away');
    });
    draft.setClient('city', 'working', () => 'Milano');
    expect(draft.build().client).toEqual({ city: 'Milano' });
    expect(attempt(() => null)).toBeUndefined();
  });

  it('bounds every value to the schema', () => {
    const draft = new SnapshotDraft('web', 'page', url);
    draft.setClient('displayName', 's', () => 'x'.repeat(10_000));
    draft.setClient('country', 's', () => 'France');
    draft.setClient('countryName', 's', () => ' Italy\u0000 ');
    draft.setClient('emails', 's', () => Array.from({ length: 50 }, (_, i) => `u${i}@example.com`));
    draft.setSignal('rating', 's', () => 7);
    draft.setSignal('hireRatePercent', 's', () => -1);
    draft.setSignal('jobsPosted', 's', () => 2.5);
    draft.setSignal('memberSince', 's', () => '2014-02-30');
    draft.setSignal('totalSpent', 's', () => ({ amount: 1.5, currency: 'USD' }));
    draft.setJob('description', 's', () => 'line\n'.repeat(50_000));
    draft.setJob('history', 's', () => Array.from({ length: 500 }, () => ({ title: 't', ratingByFreelancer: 9 })));
    const snapshot = draft.build();
    expectValidSnapshot(snapshot);
    expect(snapshot.client.displayName).toHaveLength(300);
    expect(snapshot.client.country).toBeUndefined();
    expect(snapshot.client.countryName).toBe('Italy');
    expect(snapshot.client.emails).toHaveLength(20);
    expect(snapshot.signals).toEqual({});
    expect(snapshot.job?.history).toHaveLength(200);
    expect(snapshot.job?.history?.[0]).toEqual({ title: 't' });
  });

  it('merges emails and phones from several sources, the same number once', () => {
    const draft = new SnapshotDraft('web', 'page', url);
    draft.setClient('phones', 'json-ld', () => ['+33 1 84 80 12 34']);
    draft.setClient('phones', 'tel: links', () => ['+33184801234', '01 84 80 12 34', '+44 20 7946 0000']);
    draft.setClient('emails', 'a', () => ['a@example.com']);
    draft.setClient('emails', 'b', () => ['a@example.com', 'b@example.com']);
    const { client, fieldSources } = draft.build();
    expect(client.phones).toEqual(['+33 1 84 80 12 34', '+44 20 7946 0000']);
    expect(client.emails).toEqual(['a@example.com', 'b@example.com']);
    expect(fieldSources['client.phones']).toBe('json-ld');
  });

  it('keeps red flags unique and bounded', () => {
    const draft = new SnapshotDraft('upwork', 'job', url);
    addRedFlags(draft, 'description', () => [
      { kind: 'free-work', quote: 'Free test.' },
      { kind: 'free-work', quote: 'Free test.' },
      ...Array.from({ length: 100 }, (_, i) => ({ kind: 'off-platform' as const, quote: `Telegram ${i}` })),
    ]);
    const snapshot = draft.build();
    expect(snapshot.redFlags).toHaveLength(50);
    expect(snapshot.fieldSources.redFlags).toBe('description');
  });

  it('says whether anything about a client was found', () => {
    const draft = new SnapshotDraft('upwork', 'job', url);
    expect(draft.hasAnything).toBe(false);
    draft.setJob('title', 't', () => 'A job');
    expect(draft.hasAnything).toBe(true);
    expect(draft.hasClientData).toBe(false);
  });
});
