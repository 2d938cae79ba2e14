import { resolve } from 'node:path';
import { defineConfig } from 'wxt';
import { CONTENT_HOSTS } from './lib/platforms/hosts';
import { firstPaintMessages } from './scripts/first-paint-messages';
import { stripDynamicCode } from './scripts/strip-dynamic-code';

// Least privilege: the platform hosts for capture, activeTab + scripting for "Check this client"
// on any other page the user chooses. No access to all sites, and no network access of our own.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Every import is written out: auto-imports let UI code slip into content scripts unseen.
  imports: false,
  // A separate output folder lets several builds (and their end-to-end runs) proceed side by side.
  outDir: process.env.CLIENTCHECK_OUT_DIR ?? '.output',
  // Manifest V3 for both browsers: one background, one action, one storage.session, one code path.
  manifestVersion: 3,
  // The sources zip that goes with the Firefox store zip holds what rebuilds it, not what the
  // tests and the bench leave behind (the folders .gitignore lists).
  zip: {
    excludeSources: ['test-results*/**', 'playwright-report/**', 'screenshots/**', 'bench-results/**', 'web-ext-artifacts/**', '**/*.log'],
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'alarms', 'notifications', 'contextMenus', 'activeTab', 'scripting', 'unlimitedStorage'],
    host_permissions: [...CONTENT_HOSTS],
    action: { default_title: '__MSG_extName__' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            // The oldest Firefox with everything this manifest relies on. The newest need is the
            // data_collection_permissions key (Firefox 140, 142 on Android); before it came
            // MV3 host permissions granted at install (127, else capture waits for a grant),
            // storage.session (115), action and event pages in MV3 (109), scripting (102).
            // 140 is also an extended-support release, as Linux distributions ship it.
            gecko: {
              id: 'clientcheck@clientcheck.app',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
  hooks: {
    // Content scripts must stay small (≤ 30 KB): they use the browser's own promise API, not the polyfill,
    // and their own context, which the page can neither see nor stop (lib/capture/content-script-context.ts).
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.every((e) => e.type === 'content-script' || e.type === 'unlisted-script')) return;
      config.resolve ??= {};
      config.resolve.alias = [
        { find: /^wxt\/browser$/, replacement: resolve('lib/capture/browser.ts') },
        // A context that tells the page nothing and cannot be stopped by it (see the file).
        { find: /^wxt\/utils\/content-script-context$/, replacement: resolve('lib/capture/content-script-context.ts') },
        ...Object.entries((config.resolve.alias as Record<string, string> | undefined) ?? {})
          .filter(([find]) => find !== 'wxt/browser')
          .map(([find, replacement]) => ({ find, replacement })),
      ];
    },
  },
  vite: () => ({
    // The popup's first-paint words, cut from the catalogues (lib/i18n/first-paint-keys.ts).
    plugins: [stripDynamicCode(), firstPaintMessages()],
    // Preact through the automatic JSX runtime; no React compat layer needed.
    oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
    build: { target: 'es2022', ...(process.env.NO_MINIFY ? { minify: false } : {}) },
  }),
});
