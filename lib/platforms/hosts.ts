/**
 * The hosts whose pages ClientCheck reads, one list for the manifest and the content scripts.
 * Adding a platform: add its host here and its extractor in this folder.
 */
export const PLATFORM_HOSTS = {
  upwork: ['https://www.upwork.com/*'],
  freelancer: ['https://www.freelancer.com/*', 'https://www.freelancer.fr/*'],
  fiverr: ['https://www.fiverr.com/*'],
  malt: ['https://www.malt.fr/*', 'https://www.malt.com/*'],
  codeur: ['https://www.codeur.com/*'],
  peopleperhour: ['https://www.peopleperhour.com/*'],
  guru: ['https://www.guru.com/*'],
  comeup: ['https://comeup.com/*'],
  gmail: ['https://mail.google.com/*'],
  outlook: ['https://outlook.live.com/*', 'https://outlook.office.com/*', 'https://outlook.office365.com/*'],
} as const;

export const CONTENT_HOSTS: string[] = Object.values(PLATFORM_HOSTS).flat();
