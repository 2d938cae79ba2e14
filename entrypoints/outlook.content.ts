import { defineContentScript } from 'wxt/utils/define-content-script';
import { watchPage } from '@/lib/capture/watch-page';
import { PLATFORM_HOSTS } from '@/lib/platforms/hosts';
import { extractOutlook } from '@/lib/platforms/outlook';

export default defineContentScript({
  matches: [...PLATFORM_HOSTS.outlook],
  runAt: 'document_idle',
  main: (ctx) => watchPage(ctx, extractOutlook),
});
