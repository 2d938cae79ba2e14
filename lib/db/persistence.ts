/**
 * Persistent storage: without it, a browser short of disk space may delete an extension's data
 * with no warning ("best effort"). Asked for where the browser offers it; what it answered is shown
 * in Settings › Backup.
 */
export type Persistence = 'persistent' | 'best-effort' | 'unsupported';

const storageManager = (): StorageManager | undefined =>
  typeof navigator !== 'undefined' && typeof navigator.storage?.persist === 'function' ? navigator.storage : undefined;

/** Asks the browser to keep ClientCheck's data until the user deletes it; says what it decided. */
export const requestPersistentStorage = async (): Promise<Persistence> => {
  const storage = storageManager();
  if (!storage) return 'unsupported';
  try {
    if (await storage.persisted()) return 'persistent';
    return (await storage.persist()) ? 'persistent' : 'best-effort';
  } catch {
    return 'unsupported';
  }
};

/** What the browser has decided so far, without asking. */
export const storagePersistence = async (): Promise<Persistence> => {
  const storage = storageManager();
  if (!storage) return 'unsupported';
  try {
    return (await storage.persisted()) ? 'persistent' : 'best-effort';
  } catch {
    return 'unsupported';
  }
};
