import { defineBackground } from 'wxt/utils/define-background';
import {
  registerCheckClientMenu,
  registerMessages,
  registerNotificationClicks,
  registerOverdueWatch,
  registerTabCleanup,
} from '@/lib/background/setup';

export default defineBackground(() => {
  registerMessages();
  registerOverdueWatch();
  registerNotificationClicks();
  registerTabCleanup();
  registerCheckClientMenu();
});
