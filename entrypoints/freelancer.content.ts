import { defineContentScript } from 'wxt/utils/define-content-script';
import { watchPage } from '@/lib/capture/watch-page';
import { extractFreelancerWith } from '@/lib/platforms/freelancer';
import { PLATFORM_HOSTS } from '@/lib/platforms/hosts';

export default defineContentScript({
  matches: [...PLATFORM_HOSTS.freelancer],
  runAt: 'document_idle',
  // Red flags are read from the project description in the background (lib/capture/complete-capture.ts).
  main: (ctx) => watchPage(ctx, (doc, url) => extractFreelancerWith(doc, url, {})),
});
