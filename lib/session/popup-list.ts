import type { StepDue } from '../chase/steps-due';

/**
 * Lists the background computes for the popup and keeps in `storage.session`: the popup paints
 * them without scanning the database, and a long list never costs it more than its first lines.
 * (A popup that drew 10,000 check-in rows spent seconds on layout before showing anything else.)
 */
export interface PopupList<T> {
  /** How many there are in all; the popup says how many more the dashboard holds. */
  total: number;
  /** The first lines, in the order they are shown. */
  first: T[];
}

/** Lines per popup section, as for the overdue and due-soon lists. */
export const POPUP_LINES = 5;

export const headOf = <T>(all: readonly T[], lines: number = POPUP_LINES): PopupList<T> => ({
  total: all.length,
  first: all.slice(0, lines),
});

/** The next chase action per invoice (the first step not done), and how many more are due after it. */
export type ChaseAction = StepDue & { alsoDue: number };

