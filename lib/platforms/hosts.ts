/**
 * The hosts whose pages ClientCheck reads, one list for the manifest and the content scripts.
 * Adding a platform: add its host here and its extractor in this folder.
 * One constant per platform: a content script that imports only its own carries no other platform's hosts.
 */
export const UPWORK_HOSTS = ['https://www.upwork.com/*'] as const;
export const FREELANCER_HOSTS = ['https://www.freelancer.com/*', 'https://www.freelancer.fr/*'] as const;
export const FIVERR_HOSTS = ['https://www.fiverr.com/*'] as const;
export const MALT_HOSTS = ['https://www.malt.fr/*', 'https://www.malt.com/*'] as const;
export const CODEUR_HOSTS = ['https://www.codeur.com/*'] as const;
export const PEOPLEPERHOUR_HOSTS = ['https://www.peopleperhour.com/*'] as const;
export const GURU_HOSTS = ['https://www.guru.com/*'] as const;
export const COMEUP_HOSTS = ['https://comeup.com/*'] as const;
export const GMAIL_HOSTS = ['https://mail.google.com/*'] as const;
export const OUTLOOK_HOSTS = ['https://outlook.live.com/*', 'https://outlook.office.com/*', 'https://outlook.office365.com/*'] as const;

export const PLATFORM_HOSTS = {
  upwork: UPWORK_HOSTS,
  freelancer: FREELANCER_HOSTS,
  fiverr: FIVERR_HOSTS,
  malt: MALT_HOSTS,
  codeur: CODEUR_HOSTS,
  peopleperhour: PEOPLEPERHOUR_HOSTS,
  guru: GURU_HOSTS,
  comeup: COMEUP_HOSTS,
  gmail: GMAIL_HOSTS,
  outlook: OUTLOOK_HOSTS,
} as const;

/** The hosts of the six platforms the shared tolerant reader serves (lib/platforms/other-platforms.ts). */
export const OTHER_PLATFORM_HOSTS = {
  fiverr: FIVERR_HOSTS,
  malt: MALT_HOSTS,
  codeur: CODEUR_HOSTS,
  peopleperhour: PEOPLEPERHOUR_HOSTS,
  guru: GURU_HOSTS,
  comeup: COMEUP_HOSTS,
} as const;

// Marked pure so that content scripts, which never use it, drop it and the whole table with it.
export const CONTENT_HOSTS: string[] = /* @__PURE__ */ (() => Object.values(PLATFORM_HOSTS).flat())();
