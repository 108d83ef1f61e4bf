import { browser } from 'wxt/browser';
import { syncAutoConvert } from '../../lib/background/auto-convert';
import { createMenus, listenMenusAndCommands } from '../../lib/background/menus';
import { listen } from '../../lib/background/router';
import { forgetTab } from '../../lib/background/tabs';
import { installTestHook } from '../../lib/background/test-hook';

export default defineBackground(() => {
  listen();
  listenMenusAndCommands();
  installTestHook();
  syncAutoConvert();
  browser.runtime.onInstalled.addListener(createMenus);
  browser.tabs.onUpdated.addListener((tabId, info) => {
    if (info.status === 'loading') forgetTab(tabId);
  });
  browser.tabs.onRemoved.addListener(forgetTab);
});
