import { defineContentScript } from 'wxt/utils/define-content-script';
import { captureFreelancer } from '@/lib/platforms/freelancer';
import { watchPage } from '@/lib/capture/watch-page';
import { FREELANCER_HOSTS } from '@/lib/platforms/hosts';

export default defineContentScript({
  matches: [...FREELANCER_HOSTS],
  runAt: 'document_idle',
  main: (ctx) => watchPage(ctx, captureFreelancer),
});
