import { defineContentScript } from 'wxt/utils/define-content-script';
import { captureGmail } from '@/lib/platforms/gmail';
import { watchPage } from '@/lib/capture/watch-page';
import { GMAIL_HOSTS } from '@/lib/platforms/hosts';

export default defineContentScript({
  matches: [...GMAIL_HOSTS],
  runAt: 'document_idle',
  main: (ctx) => watchPage(ctx, captureGmail),
});
