// Context-menu entries and keyboard commands: thin mappings onto tab actions.
import { browser, type Browser } from 'wxt/browser';
import { getLastTag } from '../library/last-tag';
import type { TabAction } from '../messages';
import type { Target } from '../types';
import { openLibrary } from './library';
import { act } from './tabs';

const TARGET_MENUS: Array<[string, Target]> = [
  ['menuToTw', 'tw'],
  ['menuToHk', 'hk'],
  ['menuToT', 't'],
  ['menuToCn', 'cn'],
];

function title(key: string, fallback: string): string {
  return browser.i18n.getMessage(key as never) || fallback;
}

export function createMenus(): void {
  void browser.contextMenus.removeAll().then(() => {
    const page: [`${Browser.contextMenus.ContextType}`, ...`${Browser.contextMenus.ContextType}`[]] = [
      'page',
      'frame',
      'selection',
      'link',
    ];
    browser.contextMenus.create({ id: 'toggle', title: title('menuToggleScript', 'Toggle script'), contexts: page });
    for (const [key, target] of TARGET_MENUS) {
      browser.contextMenus.create({ id: `to:${target}`, title: title(key, target), contexts: page });
    }
    browser.contextMenus.create({
      id: 'clipSelection',
      title: title('menuClipSelection', 'Clip selection'),
      contexts: ['selection'],
    });
    browser.contextMenus.create({ id: 'openLibrary', title: title('menuOpenLibrary', 'Open library'), contexts: page });
  });
}

function menuAction(id: string): TabAction | null {
  if (id === 'toggle') return { action: 'toggle' };
  if (id === 'clipSelection') return { action: 'clipSelection' };
  if (id.startsWith('to:')) return { action: 'toggle', target: id.slice(3) as Target };
  return null;
}

const COMMANDS: Record<string, () => Promise<TabAction>> = {
  'toggle-script': async () => ({ action: 'toggle' }),
  'toggle-panel': async () => ({ action: 'panel' }),
  'clip-selection': async () => ({ action: 'clipSelection' }),
  'clip-selection-tagged': async () => {
    const tag = await getLastTag();
    return tag ? { action: 'clipSelection', tag } : { action: 'clipSelection' };
  },
};

function report(e: unknown): void {
  console.warn('Gongwen Lens:', e instanceof Error ? e.message : e);
}

export function listenMenusAndCommands(): void {
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === 'openLibrary') return void openLibrary().catch(report);
    const action = menuAction(String(info.menuItemId));
    if (action && tab?.id !== undefined) act(tab.id, action).catch(report);
  });
  browser.commands.onCommand.addListener(async (command) => {
    const actionFor = COMMANDS[command];
    if (!actionFor) return;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    const tabId = tab?.id;
    if (tabId !== undefined) actionFor().then((action) => act(tabId, action)).catch(report);
  });
}
