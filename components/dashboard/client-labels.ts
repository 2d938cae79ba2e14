import type { ClientKind, DecisionStatus } from '@/lib/model';

export const KIND_LABEL: Record<ClientKind, 'clientKindCompany' | 'clientKindIndividual' | 'clientKindUnknown'> = {
  company: 'clientKindCompany',
  individual: 'clientKindIndividual',
  unknown: 'clientKindUnknown',
};

export const DECISION_LABEL: Record<DecisionStatus, 'decisionPending' | 'decisionGo' | 'decisionCaution' | 'decisionNoGo'> = {
  pending: 'decisionPending',
  go: 'decisionGo',
  caution: 'decisionCaution',
  'no-go': 'decisionNoGo',
};
