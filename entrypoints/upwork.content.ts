import { defineContentScript } from 'wxt/utils/define-content-script';
import { watchPage } from '@/lib/capture/watch-page';
import { PLATFORM_HOSTS } from '@/lib/platforms/hosts';
import { extractUpwork } from '@/lib/platforms/upwork';

export default defineContentScript({
  matches: [...PLATFORM_HOSTS.upwork],
  runAt: 'document_idle',
  main: (ctx) => watchPage(ctx, extractUpwork),
});
