import { beforeEach, describe, expect, it } from 'vitest';
import { assessStoredCapture, refreshCaptureAssessments } from '@/lib/background/capture-assessments';
import { forgetCapture, saveCapture } from '@/lib/background/captures';
import { saveCaptureAsClient } from '@/lib/clients/save-capture';
import { clients } from '@/lib/db/repositories';
import type { ClientSnapshot } from '@/lib/model';
import { captureAssessmentOf, tabCapture } from '@/lib/session/items';
import { readSession } from '@/lib/session/store';
import type { CaptureAssessment } from '@/lib/vetting/capture-assessment';
import { freshDatabase } from '../db/helpers';
import { makeSnapshot } from '../builders';

const TAB = 12;
const KEY = tabCapture('capture', TAB);

const job = (capturedAt = '2026-03-01T09:00:00.000Z'): ClientSnapshot =>
  makeSnapshot({
    capturedAt,
    client: { externalId: '~01abc', countryName: 'Italy' },
    signals: { paymentVerified: false },
    redFlags: [{ kind: 'pay-outside', quote: 'We will pay via PayPal directly to avoid Upwork fees.' }],
    fieldSources: { 'signals.paymentVerified': 'About the client › payment' },
  });

const stored = (): Promise<CaptureAssessment | undefined> => readSession(captureAssessmentOf(KEY));

describe('capture assessments kept beside the captures (fake browser)', () => {
  beforeEach(async () => {
    await freshDatabase();
  });

  it('assesses a client not saved yet from the page alone: the hard red flags and their quotes', async () => {
    await saveCapture(TAB, job());
    await assessStoredCapture(KEY, job());
    const assessment = await stored();
    expect(assessment?.capturedAt).toBe('2026-03-01T09:00:00.000Z');
    expect(assessment?.known).toBeUndefined();
    expect(assessment?.risk.level).toBe('high');
    const payOutside = assessment?.risk.reasons.find((r) => r.id === 'pay-outside');
    expect(payOutside?.hard).toBe(true);
    expect(payOutside?.evidence[0].quote).toBe('We will pay via PayPal directly to avoid Upwork fees.');
    expect(assessment?.risk.reasons.some((r) => r.id === 'payment-not-verified')).toBe(true);
  });

  it('follows the data: once the client is saved and decided, the stored assessment says so', async () => {
    await saveCapture(TAB, job());
    await assessStoredCapture(KEY, job());
    const client = await saveCaptureAsClient(job(), undefined, 'Upwork client in Italy');
    await clients.put({ ...client, decision: { status: 'no-go', reason: 'Wants PayPal.', decidedAt: '2026-03-02T10:00:00.000Z' } });
    await refreshCaptureAssessments();
    const assessment = await stored();
    expect(assessment?.known).toEqual({ clientId: client.id, displayName: 'Upwork client in Italy', reason: 'platform-id', certain: true });
    expect(assessment?.decision).toMatchObject({ status: 'no-go', reason: 'Wants PayPal.' });
  });

  it('never stores the assessment of a capture the page has since replaced', async () => {
    await saveCapture(TAB, job('2026-03-01T09:05:00.000Z'));
    await assessStoredCapture(KEY, job('2026-03-01T09:00:00.000Z'));
    expect(await stored()).toBeUndefined();
  });

  it('is forgotten with the capture', async () => {
    await saveCapture(TAB, job());
    await assessStoredCapture(KEY, job());
    await forgetCapture(TAB);
    expect(await stored()).toBeUndefined();
  });
});
