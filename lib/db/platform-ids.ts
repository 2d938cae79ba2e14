import type { Client, PlatformId } from '../model';

/**
 * The key that recognises a client on a platform: the platform's own id when the page gives one
 * (`upwork:~01abc`), else the page address without query or fragment (`malt:url:https://…`), so the
 * same project or conversation is known on the next visit.
 */
export const platformKeyOf = (platform: PlatformId, externalId: string | undefined, url: string): string => {
  if (externalId) return `${platform}:${externalId}`;
  try {
    const u = new URL(url);
    return `${platform}:url:${u.origin}${u.pathname}`;
  } catch {
    return `${platform}:url:${url}`;
  }
};

/** Every key of a client, for the multi-entry `platformIds` index. */
export const platformIdsOf = (client: Pick<Client, 'platformProfiles'>): string[] => [
  ...new Set(client.platformProfiles.map((p) => platformKeyOf(p.platform, p.externalId, p.url))),
];
