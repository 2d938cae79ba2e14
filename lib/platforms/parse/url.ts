/** URL helpers shared by the extractors and the dispatcher. */
import { PLATFORM_HOSTS } from '../hosts';

type HostPlatform = keyof typeof PLATFORM_HOSTS;

/** Whether `url` is on one of the hosts listed for `platform` in hosts.ts (the manifest's source). */
export function onPlatformHost(url: URL, platform: HostPlatform): boolean {
  if (url.protocol !== 'https:') return false;
  return PLATFORM_HOSTS[platform].some((pattern) => {
    const host = /^https:\/\/([^/]+)\//.exec(pattern)?.[1];
    return host !== undefined && url.hostname === host;
  });
}

/** A query parameter, decoded, or '' (malformed escapes are left as written). */
export function queryParam(url: URL, name: string): string {
  try {
    return url.searchParams.get(name) ?? '';
  } catch {
    return '';
  }
}
