import { defineContentScript } from 'wxt/utils/define-content-script';
import { captureOtherPlatform } from '@/lib/platforms/other-platforms';
import { watchPage } from '@/lib/capture/watch-page';
import { OTHER_PLATFORM_HOSTS } from '@/lib/platforms/hosts';

/** Fiverr, Malt, Codeur.com, PeoplePerHour, Guru and ComeUp share one tolerant reader. */
export default defineContentScript({
  matches: Object.values(OTHER_PLATFORM_HOSTS).flat(),
  runAt: 'document_idle',
  main: (ctx) => watchPage(ctx, captureOtherPlatform),
});
