import { defineBackground } from 'wxt/utils/define-background';
import {
  registerCheckClientMenu,
  registerMessages,
  registerNotificationClicks,
  registerOverdueWatch,
  registerTabCleanup,
} from '@/lib/background/setup';
import { registerWelcome } from '@/lib/background/welcome';

export default defineBackground(() => {
  registerMessages();
  registerOverdueWatch();
  registerNotificationClicks();
  registerTabCleanup();
  registerCheckClientMenu();
  registerWelcome();
});
