import { defineContentScript } from 'wxt/utils/define-content-script';
import { watchPage } from '@/lib/capture/watch-page';
import { PLATFORM_HOSTS } from '@/lib/platforms/hosts';
import { extractOtherPlatformWith } from '@/lib/platforms/other-platforms';

/** Fiverr, Malt, Codeur.com, PeoplePerHour, Guru and ComeUp share one tolerant reader. */
export default defineContentScript({
  matches: [
    ...PLATFORM_HOSTS.fiverr,
    ...PLATFORM_HOSTS.malt,
    ...PLATFORM_HOSTS.codeur,
    ...PLATFORM_HOSTS.peopleperhour,
    ...PLATFORM_HOSTS.guru,
    ...PLATFORM_HOSTS.comeup,
  ],
  runAt: 'document_idle',
  // Red flags are read from the description in the background (lib/capture/complete-capture.ts).
  main: (ctx) => watchPage(ctx, (doc, url) => extractOtherPlatformWith(doc, url, {})),
});
