import { describe, expect, it } from 'vitest';
import { defineStrings, detectLang, makeT, missingKeys, resolveLang, type Lang } from '../../lib/i18n';

describe('detectLang', () => {
  const cases: [string | undefined, Lang][] = [
    ['zh-CN', 'zh-CN'],
    ['zh', 'zh-CN'],
    ['zh-SG', 'zh-CN'],
    ['zh-Hans', 'zh-CN'],
    ['zh-Hans-HK', 'zh-CN'],
    ['zh-TW', 'zh-TW'],
    ['zh-HK', 'zh-TW'],
    ['zh-MO', 'zh-TW'],
    ['zh-Hant', 'zh-TW'],
    ['zh-Hant-CN', 'zh-TW'],
    ['zh_TW', 'zh-TW'],
    ['ZH-hk', 'zh-TW'],
    ['en-US', 'en'],
    ['ja', 'en'],
    ['', 'en'],
  ];
  it.each(cases)('%s → %s', (tag, lang) => {
    expect(detectLang(tag)).toBe(lang);
  });

  it('falls back to navigator.language', () => {
    expect(detectLang()).toBe(detectLang(globalThis.navigator?.language ?? ''));
  });

  it('resolveLang keeps an explicit choice and detects for auto', () => {
    expect(resolveLang('en', 'zh-TW')).toBe('en');
    expect(resolveLang('auto', 'zh-TW')).toBe('zh-TW');
  });
});

describe('makeT', () => {
  const table = defineStrings({
    en: { hello: 'Hello, {name}!', count: '{n} tasks, {n} shown', plain: 'Plain' },
    'zh-CN': { hello: '你好，{name}！', count: '{n} 项任务，显示 {n} 项', plain: '纯文本' },
    'zh-TW': { hello: '你好，{name}！', count: '{n} 項任務，顯示 {n} 項', plain: '純文字' },
  });

  it('picks the language and interpolates every occurrence', () => {
    expect(makeT(table, 'en')('hello', { name: 'Ada' })).toBe('Hello, Ada!');
    expect(makeT(table, 'zh-TW')('count', { n: 3 })).toBe('3 項任務，顯示 3 項');
    expect(makeT(table, 'zh-CN')('plain')).toBe('纯文本');
  });

  it('leaves placeholders without a value visible', () => {
    expect(makeT(table, 'en')('hello', { other: 1 })).toBe('Hello, {name}!');
  });

  it('does not read inherited properties as variables', () => {
    const proto = defineStrings({ en: { k: '{toString}' }, 'zh-CN': { k: '{toString}' }, 'zh-TW': { k: '{toString}' } });
    expect(makeT(proto, 'en')('k', {})).toBe('{toString}');
  });

  it('rejects incomplete tables and unknown keys at compile time, shows the key at run time', () => {
    // @ts-expect-error zh-TW lacks `b`
    defineStrings({ en: { a: 'A', b: 'B' }, 'zh-CN': { a: '甲', b: '乙' }, 'zh-TW': { a: '甲' } });
    // @ts-expect-error unknown key
    expect(makeT(table, 'zh-CN')('missing')).toBe('missing');
  });
});

describe('missingKeys', () => {
  it('reports keys absent or empty in a language', () => {
    const broken = { en: { a: 'A', b: 'B' }, 'zh-CN': { a: '甲' }, 'zh-TW': { a: '', b: '乙', c: '丙' } };
    expect(missingKeys(broken).sort()).toEqual(['en:c', 'zh-CN:b', 'zh-CN:c', 'zh-TW:a'].sort());
  });
});
