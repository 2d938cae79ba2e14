import type { ChasePause } from '@/lib/chase/ladder';
import type { MessageKey } from '@/lib/i18n/messages';
import type { ContactChannel } from '@/lib/model';
import type { ChecklistState } from '@/lib/chase/escalation';
import type { StepState } from '@/lib/chase/invoice-chase';

/** Message keys for the chase's enumerations, in one place so every view names them alike. */

export const CHANNEL_LABEL: Record<ContactChannel, MessageKey> = {
  call: 'chase_channel_call',
  email: 'chase_channel_email',
  letter: 'chase_channel_letter',
  'registered-letter': 'chase_channel_registered_letter',
  platform: 'chase_channel_platform',
};

export const STEP_STATE_LABEL: Record<StepState, MessageKey> = {
  done: 'chase_state_done',
  due: 'chase_state_due',
  upcoming: 'chase_state_upcoming',
  skipped: 'chase_state_skipped',
  passed: 'chase_state_passed',
  'on-hold': 'chase_state_on_hold',
  off: 'chase_state_off',
  held: 'chase_state_held',
};

export const PAUSE_LABEL: Record<ChasePause, MessageKey> = {
  'not-chased': 'chase_pause_not_chased',
  disputed: 'chase_pause_disputed',
  paused: 'chase_pause_paused',
  'payment-plan': 'chase_pause_payment_plan',
};

export const CHECK_STATE_LABEL: Record<ChecklistState, MessageKey> = {
  ok: 'chase_check_ok',
  todo: 'chase_check_todo',
  warning: 'chase_check_warning',
  info: 'chase_check_info',
};
