import { defineContentScript } from 'wxt/utils/define-content-script';
import { captureOutlook } from '@/lib/platforms/outlook';
import { watchPage } from '@/lib/capture/watch-page';
import { OUTLOOK_HOSTS } from '@/lib/platforms/hosts';

export default defineContentScript({
  matches: [...OUTLOOK_HOSTS],
  runAt: 'document_idle',
  main: (ctx) => watchPage(ctx, captureOutlook),
});
