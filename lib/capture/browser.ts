/**
 * Content scripts get the browser's own promise-based API instead of webextension-polyfill
 * (about 10 KB): they only send messages, which Chrome (MV3) and Firefox both do with promises.
 * `wxt.config.ts` points `wxt/browser` here for content-script builds only.
 */
type BrowserApi = typeof import('webextension-polyfill');
const scope = globalThis as unknown as { browser?: BrowserApi; chrome?: BrowserApi };

export const browser: BrowserApi = (scope.browser?.runtime?.id ? scope.browser : scope.chrome) as BrowserApi;
export default browser;
