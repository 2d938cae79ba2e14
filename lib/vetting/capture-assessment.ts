import { todayIn } from '../calendar';
import { findKnownClient, type MatchReason } from '../clients/known-client';
import { newClientFromCapture, normaliseCapture } from '../clients/to-client';
import { loadSettings } from '../db/repositories';
import type { ClientSnapshot, Decision, Settings } from '../model';
import { assessClient } from './assess';
import { loadClientVetting } from './load';
import type { RiskAssessment } from './risk/score';

/**
 * A captured client as the popup first shows it: who they are to us, what was decided, and the
 * risk. The background computes it when the page is captured and again when the data it rests on
 * changes, so the popup paints it straight from `storage.session`, before its own code is loaded.
 */
export interface CaptureAssessment {
  /** The capture it is about; an assessment of an older capture is never shown. */
  capturedAt: string;
  displayName: string;
  /** The client's country, when the page gives it (a match by name is then "in the same country"). */
  country?: string;
  known?: { clientId: string; displayName: string; reason: MatchReason; certain: boolean };
  /** The decision on the known client; set for a certain match only. */
  decision?: Decision;
  risk: RiskAssessment;
}

/** `settings`: when the caller has just read them (the background does, for the language), not read again. */
export const assessCapture = async (snapshot: ClientSnapshot, today: string = todayIn(), settings?: Settings): Promise<CaptureAssessment> => {
  const normalised = normaliseCapture(snapshot);
  const match = await findKnownClient(normalised);
  const base = {
    capturedAt: snapshot.capturedAt,
    displayName: normalised.displayName,
    ...(normalised.country ? { country: normalised.country } : {}),
    ...(match
      ? { known: { clientId: match.client.id, displayName: match.client.displayName, reason: match.reason, certain: match.certain } }
      : {}),
  };
  if (match?.certain) {
    // The client as saved, with what the user recorded: the same assessment as their page shows.
    const saved = await loadClientVetting(match.client.id, snapshot, today, settings);
    if (saved) return { ...base, decision: saved.client.decision, risk: saved.vetting.risk };
  }
  // Not saved yet (or only a guess by name): the risk as the page shows it.
  const draft = newClientFromCapture(snapshot, 'unsaved', snapshot.capturedAt);
  return { ...base, risk: assessClient({ client: draft, snapshot, settings: settings ?? (await loadSettings()), today }).risk };
};
