import { chromium, type BrowserContext, type Worker } from '@playwright/test';
import { resolve } from 'node:path';

/**
 * Chromium with the built extension loaded, as the end-to-end tests, the bench and `npm start`
 * all need it. Debian's Chromium honours --load-extension (branded Chrome no longer does).
 */
export const EXTENSION_DIR = resolve(process.env.CLIENTCHECK_OUT_DIR ?? '.output', 'chrome-mv3');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Flags that keep Chromium from calling home: tests and demos must not need a network. */
export const chromiumArgs = (extensionDir = EXTENSION_DIR): string[] => [
  `--disable-extensions-except=${extensionDir}`,
  `--load-extension=${extensionDir}`,
  // The sandbox cannot start as root (CI and these machines run as root).
  ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--disable-default-apps',
];

export const launchWithExtension = (
  userDataDir: string,
  options: { headless?: boolean; viewport?: { width: number; height: number } | null; locale?: string; args?: string[]; extensionDir?: string } = {},
): Promise<BrowserContext> =>
  chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: options.headless ?? true,
    args: [...chromiumArgs(options.extensionDir), ...(options.locale ? [`--lang=${options.locale}`] : []), ...(options.args ?? [])],
    locale: options.locale,
    viewport: options.viewport === undefined ? { width: 1280, height: 860 } : options.viewport,
  });

export const serviceWorkerOf = async (context: BrowserContext): Promise<Worker> =>
  context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
