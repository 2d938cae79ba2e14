import { defineContentScript } from 'wxt/utils/define-content-script';
import { readGmailPage } from '@/lib/capture/readers/gmail';
import { watchPage } from '@/lib/capture/watch-page';
import { GMAIL_HOSTS } from '@/lib/platforms/hosts';

export default defineContentScript({
  matches: [...GMAIL_HOSTS],
  runAt: 'document_idle',
  main: (ctx) => watchPage(ctx, readGmailPage),
});
