/** URL helpers shared by the extractors and the dispatcher. */

/** Whether `url` is on one of `hosts`, match patterns from hosts.ts (the manifest's source). */
export function onPlatformHost(url: URL, hosts: readonly string[]): boolean {
  if (url.protocol !== 'https:') return false;
  return hosts.some((pattern) => {
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
