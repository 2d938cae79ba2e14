import type { PlatformId } from '../model/common';

/** Platform names as the platforms write them, the same in every language. */
export const PLATFORM_NAMES: Readonly<Record<PlatformId, string>> = {
  upwork: 'Upwork',
  freelancer: 'Freelancer',
  fiverr: 'Fiverr',
  malt: 'Malt',
  codeur: 'Codeur.com',
  peopleperhour: 'PeoplePerHour',
  guru: 'Guru',
  comeup: 'ComeUp',
  gmail: 'Gmail',
  outlook: 'Outlook',
  web: 'Web',
  selection: 'Web',
  manual: 'ClientCheck',
};
