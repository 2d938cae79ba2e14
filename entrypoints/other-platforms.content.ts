import { defineContentScript } from 'wxt/utils/define-content-script';
import { readOtherPlatformPage } from '@/lib/capture/readers/other-platforms';
import { watchPage } from '@/lib/capture/watch-page';
import { PLATFORM_HOSTS } from '@/lib/platforms/hosts';

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
  main: (ctx) => watchPage(ctx, readOtherPlatformPage),
});
