import type { InvoiceStatus } from '@/lib/model';
import type { MessageKey } from '@/lib/i18n/messages';

export const STATUS_LABEL: Record<InvoiceStatus, MessageKey> = {
  draft: 'statusDraft',
  sent: 'statusSent',
  paid: 'statusPaid',
  disputed: 'statusDisputed',
  'written-off': 'statusWrittenOff',
};

export const INVOICE_STATUSES = Object.keys(STATUS_LABEL) as InvoiceStatus[];
