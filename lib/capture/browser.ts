/**
 * Content scripts get the browser's own promise-based API instead of webextension-polyfill
 * (about 10 KB): they only send messages and read their extension's id, which Chrome (MV3) and
 * Firefox both do with promises. `wxt.config.ts` points `wxt/browser` here for content-script
 * builds only. The API is looked up on first use, not when the script starts: touching `chrome`
 * makes the browser build its bindings, a cost the page would pay before anything is read.
 */
type BrowserApi = typeof import('webextension-polyfill');
const scope = globalThis as unknown as { browser?: BrowserApi; chrome?: BrowserApi };

let api: BrowserApi | undefined;
const native = (): BrowserApi => (api ??= (scope.browser?.runtime?.id ? scope.browser : scope.chrome) as BrowserApi);

export const browser: BrowserApi = {
  get runtime() {
    return native().runtime;
  },
} as BrowserApi;
export default browser;
