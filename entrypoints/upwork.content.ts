import { defineContentScript } from 'wxt/utils/define-content-script';
import { watchPage } from '@/lib/capture/watch-page';
import { PLATFORM_HOSTS } from '@/lib/platforms/hosts';
import { extractUpworkWith } from '@/lib/platforms/upwork';

export default defineContentScript({
  matches: [...PLATFORM_HOSTS.upwork],
  runAt: 'document_idle',
  // Red flags are read from the job description in the background (lib/capture/complete-capture.ts).
  main: (ctx) => watchPage(ctx, (doc, url) => extractUpworkWith(doc, url, {})),
});
