import type { ClientSnapshot } from '@/lib/model';
import { loadClientVetting, type ClientVetting } from '@/lib/vetting/load';
import { useLiveQuery } from '../hooks';

export type { ClientVetting };

/**
 * Everything about one saved client the vetting views need, kept live: a look-up judged in the
 * popup updates the dashboard's checklist. `null` when the client is gone.
 */
export const useClientVetting = (clientId: string, snapshot?: ClientSnapshot): ClientVetting | null | undefined =>
  useLiveQuery(() => loadClientVetting(clientId, snapshot), [clientId, snapshot]);
