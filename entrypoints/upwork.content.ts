import { defineContentScript } from 'wxt/utils/define-content-script';
import { captureUpwork } from '@/lib/platforms/upwork/read';
import { watchPage } from '@/lib/capture/watch-page';
import { UPWORK_HOSTS } from '@/lib/platforms/hosts';

export default defineContentScript({
  matches: [...UPWORK_HOSTS],
  runAt: 'document_idle',
  main: (ctx) => watchPage(ctx, captureUpwork),
});
