import type { FunctionComponent } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { MEASURES, timed } from '@/lib/timing';
import { t } from '../../text';

type Panel = FunctionComponent<{ onClose: () => void }>;

/**
 * The invoices view's entry to the import: the import screen (its parsers and preview) is a chunk of its
 * own, fetched the first time it is opened, so the invoices table never waits for it.
 */
export const ImportLoader = ({ onClose }: { onClose: () => void }) => {
  const [Panel, setPanel] = useState<Panel>();
  useEffect(() => {
    void timed(MEASURES.importPanelLoad, () => import('./ImportPanel')).then((module) => setPanel(() => module.ImportPanel));
  }, []);
  return Panel ? (
    <Panel onClose={onClose} />
  ) : (
    <p class="card muted" aria-busy="true">
      {t('import_loading')}
    </p>
  );
};
