import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type HTTPRequest, type Page } from 'puppeteer-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';

/**
 * Debian's Firefox ESR with the built extension installed, driven over WebDriver BiDi.
 *
 * - The add-on is installed as a user installs it, not as a temporary add-on: a proxy file in the
 *   profile's extensions folder points at the build, so it stays installed across a restart of
 *   the same profile. Its moz-extension:// address is fixed by the pref extensions.webextensions.uuids.
 * - `--remote-allow-system-access` lets a test reach the browser's own window: its console
 *   history (errors of the background since start-up) and its context menu, clicked for real.
 * - Nothing may leave the machine. Web pages are served from saved files by request interception;
 *   their own images and styles are refused; any other request from a page is refused and
 *   recorded. Everything else Firefox would send (the background's own requests included) goes to
 *   a local proxy that refuses it and records it. A test fails if anything was recorded.
 */

export const EXTENSION_DIR = resolve(process.env.CLIENTCHECK_OUT_DIR ?? '.output', 'firefox-mv3');
export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
/** Any UUID will do: the test chooses it, so it knows the extension's pages' addresses. */
export const ADDON_UUID = '6f3c1f2e-8a4b-4c5d-9e7f-0a1b2c3d4e5f';
export const EXTENSION_ORIGIN = `moz-extension://${ADDON_UUID}`;

const manifest = (): { browser_specific_settings: { gecko: { id: string } } } => {
  const file = join(EXTENSION_DIR, 'manifest.json');
  if (!existsSync(file)) throw new Error(`No Firefox build at ${EXTENSION_DIR}: run \`npm run build:firefox\` first.`);
  return JSON.parse(readFileSync(file, 'utf8'));
};
export const ADDON_ID = manifest().browser_specific_settings.gecko.id;

/**
 * Hosts of Firefox's own services that a release build contacts whatever its prefs say (remote
 * settings ignores a server override outside development builds). Refused by the proxy like
 * everything else, but not counted: they are the browser's requests, not ours.
 */
const FIREFOX_OWN_HOSTS = [/\.mozilla\.(com|net|org):443$/, /\.firefox\.com:443$/];

/** A saved page's own images, styles and fonts are not ours to serve: refused, not counted. */
const PAGE_DECORATION = /\.(png|jpe?g|gif|webp|svg|ico|css|woff2?|ttf|otf|mp4|webm)(\?|$)/i;

const PREFS = {
  // The add-on as a user has it: installed in the profile, unsigned (ESR allows it), enabled.
  'xpinstall.signatures.required': false,
  'extensions.autoDisableScopes': 0,
  'extensions.enabledScopes': 5,
  'intl.locale.requested': 'en-US',
  'intl.accept_languages': 'en-US',
  // Fewer of Firefox's own requests (the proxy refuses the rest).
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'dom.push.connection.enabled': false,
  'browser.region.network.url': '',
  'browser.region.update.enabled': false,
  'app.normandy.enabled': false,
  'messaging-system.rsexperimentloader.enabled': false,
  'browser.newtabpage.activity-stream.feeds.section.topstories': false,
  'extensions.getAddons.showPane': false,
  'browser.discovery.enabled': false,
  'toolkit.telemetry.enabled': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  // Console calls of extension pages (the background's too) are printed, so a test can read them.
  'devtools.console.stdout.content': true,
};

interface Served {
  body: string;
  contentType: string;
}

export interface FirefoxRun {
  browser: Browser;
  profileDir: string;
  /** Every request that tried to leave the machine. */
  escaped: string[];
  /** The requests that tried to leave since the last call. */
  newEscapes(): string[];
  /** What Firefox printed since this launch (console calls of our pages, JavaScript errors). */
  output: string[];
  /** Serves a saved page (a file under tests/fixtures, or literal HTML) at its real address. */
  servePage(url: string, fixture: string, options?: { html?: string }): void;
  /** A web page in a new tab, requests intercepted. */
  openTab(url: string): Promise<Page>;
  /** One of the extension's pages in a new tab, e.g. `popup.html?tabId=3` or `dashboard.html#/settings`. */
  openExtensionPage(path: string): Promise<Page>;
  /** Runs a function in an extension page (the `browser` global is the extension's API). */
  extension<T, A extends unknown[]>(fn: (...args: A) => Promise<T> | T, ...args: A): Promise<T>;
  /** Evaluates an expression in the browser's own window (system access). */
  chrome<T>(expression: string): Promise<T>;
  /** Errors of our extension's pages and background, and its warnings, since the last call. */
  newExtensionErrors(): Promise<string[]>;
  restart(): Promise<void>;
  close(options?: { keepProfile?: boolean }): Promise<void>;
}

const startProxy = async (escaped: string[]): Promise<Server> => {
  const record = (target: string) => {
    if (!FIREFOX_OWN_HOSTS.some((host) => host.test(target))) escaped.push(target);
  };
  const proxy = createServer((request, response) => {
    record(request.url ?? '');
    response.writeHead(403).end();
  });
  proxy.on('connect', (request, socket) => {
    record(request.url ?? '');
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  await new Promise<void>((done) => proxy.listen(0, '127.0.0.1', done));
  return proxy;
};

const waitForExtensionPage = async (page: Page, url: string): Promise<void> => {
  // Navigating to a moz-extension:// page never resolves under BiDi: start it, then poll for it
  // (an evaluation that meets the document being replaced fails: it is tried again).
  void page.goto(url).catch(() => {});
  await until(
    () => page.evaluate(() => (document.readyState === 'complete' ? location.href : '')).catch(() => ''),
    (href) => href === url,
    url,
    30_000,
  );
};

export const startFirefox = async (options: { profileDir?: string } = {}): Promise<FirefoxRun> => {
  if (!existsSync(FIREFOX)) {
    throw new Error(`No Firefox at ${FIREFOX}. Debian / Ubuntu: sudo apt-get install -y firefox-esr; elsewhere set FIREFOX_PATH.`);
  }
  const profileDir = options.profileDir ?? mkdtempSync(join(tmpdir(), 'clientcheck-firefox-'));
  mkdirSync(join(profileDir, 'extensions'), { recursive: true });
  writeFileSync(join(profileDir, 'extensions', ADDON_ID), EXTENSION_DIR);

  const escaped: string[] = [];
  const output: string[] = [];
  const served = new Map<string, Served>();
  let proxy: Server;
  let browser: Browser;
  let probe: Page | undefined;
  let chromeContext: string | undefined;
  // What the last checks have already reported.
  let escapesSeen = 0;
  let outputSeen = 0;
  let historySeenUntil = 0;

  const launch = async () => {
    proxy = await startProxy(escaped);
    const port = (proxy.address() as AddressInfo).port;
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX,
      headless: true,
      args: ['--remote-allow-system-access', '--profile', profileDir],
      extraPrefsFirefox: {
        ...PREFS,
        'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: ADDON_UUID }),
        'network.proxy.type': 1,
        'network.proxy.http': '127.0.0.1',
        'network.proxy.http_port': port,
        'network.proxy.ssl': '127.0.0.1',
        'network.proxy.ssl_port': port,
        'network.proxy.no_proxies_on': '',
        'network.proxy.allow_hijacking_localhost': true,
      },
    });
    const child = browser.process();
    for (const stream of [child?.stdout, child?.stderr]) {
      stream?.on('data', (chunk: Buffer) => output.push(...chunk.toString('utf8').split('\n').filter(Boolean)));
    }
    probe = undefined;
    chromeContext = undefined;
  };

  const onRequest = (request: HTTPRequest) => {
    const url = request.url();
    if (!/^https?:/.test(url)) return void request.continue();
    const page = served.get(url.replace(/#.*$/, ''));
    if (page) return void request.respond({ status: 200, contentType: page.contentType, body: page.body });
    if (!PAGE_DECORATION.test(new URL(url).pathname)) escaped.push(url);
    return void request.abort();
  };

  const extensionPage = async (path: string): Promise<Page> => {
    const page = await browser.newPage();
    await waitForExtensionPage(page, `${EXTENSION_ORIGIN}/${path}`);
    return page;
  };

  const run: FirefoxRun = {
    get browser() {
      return browser;
    },
    profileDir,
    escaped,
    output,
    servePage(url, fixture, { html } = {}) {
      const body = html ?? readFileSync(resolve('tests/fixtures', fixture), 'utf8');
      served.set(url.replace(/#.*$/, ''), { body, contentType: 'text/html; charset=utf-8' });
    },
    async openTab(url) {
      const page = await browser.newPage();
      await page.setRequestInterception(true);
      page.on('request', onRequest);
      await page.goto(url);
      return page;
    },
    openExtensionPage: extensionPage,
    async extension(fn, ...args) {
      if (!probe || probe.isClosed()) probe = await extensionPage('popup.html');
      // eslint-disable-next-line @typescript-eslint/no-explicit-any -- a function sent to the page
      return probe.evaluate(fn as any, ...args) as never;
    },
    async chrome<T>(expression: string): Promise<T> {
      const connection = (browser as unknown as { connection: { send: (method: string, params: object) => Promise<{ result: unknown }> } })
        .connection;
      if (!chromeContext) {
        const tree = (await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' })).result as { contexts: { context: string }[] };
        chromeContext = tree.contexts[0].context;
      }
      const { result } = await connection.send('script.evaluate', {
        expression,
        target: { context: chromeContext },
        awaitPromise: true,
        serializationOptions: { maxObjectDepth: 4 },
      });
      const outcome = result as { type: string; result?: { value?: unknown }; exceptionDetails?: { text: string } };
      if (outcome.type !== 'success') throw new Error(`In the browser window: ${outcome.exceptionDetails?.text}`);
      const value = outcome.result?.value;
      return (typeof value === 'string' && value.startsWith('json:') ? JSON.parse(value.slice(5)) : value) as T;
    },
    newEscapes() {
      const fresh = escaped.slice(escapesSeen);
      escapesSeen = escaped.length;
      return fresh;
    },
    async newExtensionErrors() {
      // Uncaught errors and rejected promises of our pages and background reach the browser's
      // console history, kept since start-up (so the background's start is seen whole).
      const history = await run.chrome<{ at: number; text: string }[]>(`'json:' + JSON.stringify(Services.console.getMessageArray()
        .filter((m) => m instanceof Ci.nsIScriptError && !(m.flags & Ci.nsIScriptError.warningFlag) && !(m.flags & Ci.nsIScriptError.infoFlag)
          && m.sourceName.startsWith(${JSON.stringify(EXTENSION_ORIGIN)}) && m.timeStamp > ${historySeenUntil})
        .map((m) => ({ at: m.timeStamp, text: m.sourceName.slice(${EXTENSION_ORIGIN.length}) + ': ' + m.errorMessage })))`);
      historySeenUntil = Math.max(historySeenUntil, ...history.map((m) => m.at));
      // Console calls are in Firefox's output. Ours all start with "ClientCheck" (Firefox quotes a
      // page's arguments; its own components print theirs unquoted, behind their own prefix).
      const printed = output
        .slice(outputSeen)
        .filter((line) => /^console\.(error|warn): "ClientCheck/.test(line) || line.includes(EXTENSION_ORIGIN));
      outputSeen = output.length;
      return [...history.map((m) => m.text), ...printed];
    },
    async restart() {
      await browser.close();
      proxy.close();
      await launch();
    },
    async close({ keepProfile = false } = {}) {
      await browser.close();
      proxy.close();
      if (!keepProfile) rmSync(profileDir, { recursive: true, force: true });
    },
  };

  await launch();
  // A fresh install opens the welcome page (lib/background/welcome.ts): closed once it is there, so it never
  // takes the place of a test's own tab as the active one.
  const welcomeDeadline = Date.now() + 20_000;
  while (Date.now() < welcomeDeadline) {
    const welcome = (await run.browser.pages()).filter((p) => p.url().includes('/dashboard.html#/welcome'));
    if (welcome.length > 0) {
      await Promise.all(welcome.map((p) => p.close()));
      break;
    }
    await new Promise((done) => setTimeout(done, 250));
  }
  return run;
};

/** Waits until the text of the first element matching `selector` contains `text`; returns that text. */
export const waitForText = async (page: Page, selector: string, text: string | RegExp, timeout = 15_000): Promise<string> => {
  const pattern = typeof text === 'string' ? { source: text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), flags: '' } : { source: text.source, flags: text.flags };
  const handle = await page.waitForFunction(
    (sel: string, source: string, flags: string) => {
      const found = [...document.querySelectorAll(sel)].map((e) => e.textContent ?? '').find((t) => new RegExp(source, flags).test(t));
      return found ?? false;
    },
    { timeout },
    selector,
    pattern.source,
    pattern.flags,
  );
  return (await handle.jsonValue()) as string;
};

/** Polls `read` until `accept` holds (or times out with the last value in the message). */
export const until = async <T>(read: () => Promise<T>, accept: (value: T) => boolean, what: string, timeout = 15_000): Promise<T> => {
  const deadline = Date.now() + timeout;
  let last: T;
  do {
    last = await read();
    if (accept(last)) return last;
    await new Promise((done) => setTimeout(done, 200));
  } while (Date.now() < deadline);
  throw new Error(`Timed out waiting for ${what}; last value: ${JSON.stringify(last)}`);
};

/**
 * One Firefox for the tests of the file that calls this: started before them (and handed to `started`), closed
 * after them; after each test, nothing may have left the machine and the extension may have reported no error.
 */
export const firefoxForThisFile = (started: (run: FirefoxRun) => void): void => {
  let run: FirefoxRun | undefined;
  beforeAll(async () => {
    run = await startFirefox();
    started(run);
  });
  afterAll(async () => {
    await run?.close();
  });
  afterEach(async () => {
    expect(run!.newEscapes(), 'no request may leave the machine').toEqual([]);
    expect(await run!.newExtensionErrors(), 'no error from the extension').toEqual([]);
  });
};

/** The action's badge text and tooltip, as the background last set them. */
export const badge = (ff: FirefoxRun) =>
  ff.extension(async () => ({ text: await browser.action.getBadgeText({}), title: await browser.action.getTitle({}) }));
