import { defineContentScript } from 'wxt/utils/define-content-script';
import { readFreelancerPage } from '@/lib/capture/readers/freelancer';
import { watchPage } from '@/lib/capture/watch-page';
import { PLATFORM_HOSTS } from '@/lib/platforms/hosts';

export default defineContentScript({
  matches: [...PLATFORM_HOSTS.freelancer],
  runAt: 'document_idle',
  main: (ctx) => watchPage(ctx, readFreelancerPage),
});
