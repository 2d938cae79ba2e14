import type { InvoiceSource } from '@/lib/model';
import { date, t } from '../../text';

/** An imported invoice's link to its file: the name and the date it was imported, and the file's SHA-256 to find it again. */
export const ImportedFrom = ({ source }: { source: InvoiceSource }) => (
  <>
    <dt>{t('import_source_heading')}</dt>
    <dd data-testid="invoice-source">
      {t('import_source', source.fileName, date(source.importedAt.slice(0, 10)))}
      <span class="hint billing-block" title={source.sha256}>
        {t('import_source_hash', `${source.sha256.slice(0, 16)}…`)}
      </span>
    </dd>
  </>
);
