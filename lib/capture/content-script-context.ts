import { browser } from 'wxt/browser';

/**
 * The content scripts' context, in place of WXT's: `wxt.config.ts` points `wxt/utils/content-script-context`
 * here for content-script builds, as it points `wxt/browser` at ./browser.ts.
 *
 * WXT 0.21's context announces every start to the page (a `window.postMessage` naming the extension's id,
 * and a `CustomEvent` on `document` whose name holds it), stops when the page dispatches that event, and
 * reports address changes as events on `window`. `noScriptStartedPostMessage` drops only the first: a
 * page script that knows the id (it is public) could still see ClientCheck on the page and silence its
 * capture, leaving the popup on a stale client. This one tells the page nothing and listens to nothing
 * the page can send. It is invalidated when the extension is reloaded, updated or removed (its runtime
 * goes away), or when a newer copy of the same script starts in this isolated world, out of the page's
 * reach. Same public surface as WXT's, but for address changes: the page's DOM is the signal
 * (lib/capture/watch-page.ts), and listening to `wxt:locationchange` is refused with an error, never left
 * as a `window` listener the page could trigger.
 */
const LOCATION_CHANGE = 'wxt:locationchange';

/** Where the scripts running in this isolated world are listed: a realm-wide symbol the page cannot reach. */
const RUNNING = Symbol.for('clientcheck.content-scripts');

type Running = Map<string, ContentScriptContext>;

export class ContentScriptContext {
  readonly id = Math.random().toString(36).slice(2);
  /**
   * What to undo when invalidated. A plain list, not an AbortController: each DOM interface first touched
   * in the isolated world costs the page its bindings, and this runs on every page load.
   */
  private teardown: (() => void)[] | undefined = [];
  private controller: AbortController | undefined;

  constructor(
    readonly contentScriptName: string,
    readonly options?: unknown,
  ) {
    const scope = globalThis as { [RUNNING]?: Running };
    const running = (scope[RUNNING] ??= new Map());
    running.get(contentScriptName)?.notifyInvalidated();
    running.set(contentScriptName, this);
    this.onInvalidated(() => {
      if (running.get(contentScriptName) === this) running.delete(contentScriptName);
    });
  }

  /** For callers that want a signal; made on first use only. */
  get signal(): AbortSignal {
    if (!this.controller) {
      const controller = (this.controller = new AbortController());
      if (this.teardown) this.teardown.push(() => controller.abort('Content script context invalidated'));
      else controller.abort('Content script context invalidated');
    }
    return this.controller.signal;
  }

  abort(_reason?: unknown): void {
    const callbacks = this.teardown;
    if (!callbacks) return;
    this.teardown = undefined;
    for (const callback of callbacks) callback();
  }

  /** True once the extension is gone (reloaded, updated, removed) or a newer copy took over. */
  get isInvalid(): boolean {
    if (browser.runtime?.id == null) this.notifyInvalidated();
    return this.teardown === undefined;
  }

  get isValid(): boolean {
    return !this.isInvalid;
  }

  onInvalidated(callback: () => void): () => void {
    if (!this.teardown) {
      callback();
      return () => {};
    }
    this.teardown.push(callback);
    return () => {
      this.teardown = this.teardown?.filter((each) => each !== callback);
    };
  }

  /** A promise that never settles, for work that must not go on once invalid. */
  block<T>(): Promise<T> {
    return new Promise(() => {});
  }

  setInterval(handler: () => void, timeout?: number): number {
    const id = setInterval(() => {
      if (this.isValid) handler();
    }, timeout) as unknown as number;
    this.onInvalidated(() => clearInterval(id));
    return id;
  }

  setTimeout(handler: () => void, timeout?: number): number {
    // A page watched for hours sets a timer every few hundred ms: each forgets its teardown once it has run.
    let id = 0;
    const forget = this.onInvalidated(() => clearTimeout(id));
    id = setTimeout(() => {
      forget();
      if (this.isValid) handler();
    }, timeout) as unknown as number;
    return id;
  }

  requestAnimationFrame(callback: FrameRequestCallback): number {
    const id = requestAnimationFrame((...args) => {
      if (this.isValid) callback(...args);
    });
    this.onInvalidated(() => cancelAnimationFrame(id));
    return id;
  }

  requestIdleCallback(callback: IdleRequestCallback, options?: IdleRequestOptions): number {
    const id = requestIdleCallback((...args) => {
      if (this.teardown) callback(...args);
    }, options);
    this.onInvalidated(() => cancelIdleCallback(id));
    return id;
  }

  /** Listens while the context is valid. */
  addEventListener(target: EventTarget | null | undefined, type: string, handler: (event: Event) => void, options?: AddEventListenerOptions): void {
    if (type === LOCATION_CHANGE) throw new Error(`${LOCATION_CHANGE} is not reported: watch the page's DOM (lib/capture/watch-page.ts)`);
    if (!this.teardown || !target?.addEventListener) return;
    target.addEventListener(type, handler as EventListener, options);
    this.onInvalidated(() => target.removeEventListener(type, handler as EventListener, options));
  }

  notifyInvalidated(): void {
    this.abort('Content script context invalidated');
  }
}
