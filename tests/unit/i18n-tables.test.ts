// Every UI string table and the extension's _locales have each key in every language.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { optionsStrings } from '../../components/options/strings';
import { popupStrings } from '../../components/popup/strings';
import { scriptStrings, targetStrings } from '../../lib/names';
import { missingKeys } from '../../lib/i18n';

describe('string tables', () => {
  it.each([
    ['popup', popupStrings],
    ['options', optionsStrings],
    ['targets', targetStrings],
    ['scripts', scriptStrings],
  ])('%s has every key in zh-CN, zh-TW and en', (_name, table) => {
    expect(Object.keys(table.en).length).toBeGreaterThan(0);
    expect(missingKeys(table)).toEqual([]);
  });

  it('keeps {placeholders} the same across languages', () => {
    for (const table of [popupStrings, optionsStrings] as Record<string, Record<string, string>>[]) {
      for (const key of Object.keys(table.en)) {
        const names = (lang: string) => [...table[lang][key].matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
        expect(names('zh-CN'), key).toEqual(names('en'));
        expect(names('zh-TW'), key).toEqual(names('en'));
      }
    }
  });
});

describe('_locales messages', () => {
  const read = (locale: string): Record<string, { message: string }> =>
    JSON.parse(readFileSync(new URL(`../../public/_locales/${locale}/messages.json`, import.meta.url), 'utf8'));
  const locales = { en: read('en'), 'zh-CN': read('zh_CN'), 'zh-TW': read('zh_TW') };

  it('has the same non-empty messages in en, zh_CN and zh_TW', () => {
    const table = Object.fromEntries(
      Object.entries(locales).map(([lang, messages]) => [
        lang,
        Object.fromEntries(Object.entries(messages).map(([key, value]) => [key, value.message])),
      ]),
    ) as Parameters<typeof missingKeys>[0];
    expect(missingKeys(table)).toEqual([]);
  });

  it('has the context-menu titles and the action title', () => {
    for (const key of ['menuToggleScript', 'menuToTw', 'menuToHk', 'menuToT', 'menuToCn', 'menuClipSelection', 'menuOpenLibrary', 'actionTitle']) {
      expect(locales.en[key]?.message, key).toBeTruthy();
    }
    // Chrome puts the selected text where %s stands in a selection menu title.
    for (const messages of Object.values(locales)) expect(messages.menuClipSelection.message).toContain('%s');
  });
});
