import {
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
});
