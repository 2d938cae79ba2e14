/**
 * One run at a time, and at most one waiting: calls that arrive while a run waits join it (with
 * the latest argument). A burst of changes (a backup restored, seven quick edits) then costs two
 * scans of the database, not seven queued one after another.
 */
export const serialised = <A, T>(work: (arg: A) => Promise<T>): ((arg: A) => Promise<T>) => {
  let tail: Promise<unknown> = Promise.resolve();
  let waiting: { arg: A; result: Promise<T> } | undefined;
  return (arg) => {
    if (waiting) {
      waiting.arg = arg;
      return waiting.result;
    }
    const slot = { arg } as { arg: A; result: Promise<T> };
    slot.result = tail
      .catch(() => undefined)
      .then(() => {
        waiting = undefined;
        return work(slot.arg);
      });
    waiting = slot;
    tail = slot.result;
    return slot.result;
  };
};
