import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// Permissions are justified one by one in README.md ("Permissions").

const EXTENSION_PAGES_CSP = "script-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'";
export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  publicDir: 'public',
  vite: () => ({
    plugins: [preact()],
    build: { target: 'es2022' },
  }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: [
      'storage',
      'unlimitedStorage',
      'contextMenus',
      'scripting',
      ...(browser === 'firefox' ? [] : ['offscreen']),
    ],
    host_permissions: ['<all_urls>'],
    // The boot script (entrypoints/boot.ts) on every page; the reader is injected where needed.
    content_scripts: [{ matches: ['<all_urls>'], run_at: 'document_idle', js: ['boot.js'] }],
    // Extension pages run only their own bundled scripts: no inline or remote code, no plugins.
    // (MV2, the Firefox build, takes the policy as a plain string; WXT's type knows only MV3's.)
    content_security_policy:
      browser === 'firefox' ? (EXTENSION_PAGES_CSP as never) : { extension_pages: EXTENSION_PAGES_CSP },
    commands: {
      'toggle-script': {
        suggested_key: { default: 'Alt+Shift+T' },
        description: '__MSG_cmdToggleScript__',
      },
      'toggle-panel': {
        suggested_key: { default: 'Alt+Shift+P' },
        description: '__MSG_cmdTogglePanel__',
      },
      'clip-selection': {
        suggested_key: { default: 'Alt+Shift+C' },
        description: '__MSG_cmdClipSelection__',
      },
      'clip-selection-tagged': {
        suggested_key: { default: 'Alt+Shift+L' },
        description: '__MSG_cmdClipSelectionTagged__',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'gongwen-lens@example.org',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
