import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// Permissions are justified one by one in README.md ("Permissions").
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
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'gongwen-lens@example.org',
              strict_min_version: '128.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
