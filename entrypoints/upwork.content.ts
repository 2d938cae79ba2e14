import { defineContentScript } from 'wxt/utils/define-content-script';
import { readUpworkPage } from '@/lib/capture/readers/upwork';
import { watchPage } from '@/lib/capture/watch-page';
import { PLATFORM_HOSTS } from '@/lib/platforms/hosts';

export default defineContentScript({
  matches: [...PLATFORM_HOSTS.upwork],
  runAt: 'document_idle',
  main: (ctx) => watchPage(ctx, readUpworkPage),
});
