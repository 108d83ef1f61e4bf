import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { getConverter } from '../../lib/convert/engine';
import { memoizeConvert, PIECE_SEPARATORS } from '../../lib/page/convert-memo';
import type { Target } from '../../lib/types';

/** A fake converter that marks its output with the target, and records what it was asked. */
function recorder() {
  const calls: Array<{ target: Target; texts: string[] }> = [];
  const fn = vi.fn(async (target: Target, texts: string[]) => {
    calls.push({ target, texts });
    return texts.map((t) => `${target}:${t}`);
  });
  return { fn, calls };
}

describe('memoizeConvert', () => {
  it('asks only for texts it has not converted to that target, once each, and answers in order', async () => {
    const { fn, calls } = recorder();
    const convert = memoizeConvert(fn);
    expect(await convert('tw', ['头发', '里程', '头发'])).toEqual(['tw:头发', 'tw:里程', 'tw:头发']);
    expect(calls).toEqual([{ target: 'tw', texts: ['头发', '里程'] }]);
    // A warm toggle: everything known, no call at all.
    expect(await convert('tw', ['里程', '头发'])).toEqual(['tw:里程', 'tw:头发']);
    expect(calls).toHaveLength(1);
    // Another target is another conversion.
    expect(await convert('hk', ['头发', '干部'])).toEqual(['hk:头发', 'hk:干部']);
    expect(calls[1]).toEqual({ target: 'hk', texts: ['头发', '干部'] });
    expect(await convert('tw', ['干部', '头发'])).toEqual(['tw:干部', 'tw:头发']);
    expect(calls[2]).toEqual({ target: 'tw', texts: ['干部'] });
  });

  it('holds at most maxChars, forgetting the oldest texts first', async () => {
    const { fn, calls } = recorder();
    // Each entry holds source + result: 'ab' + 'tw:ab' = 7 characters; room for two.
    const convert = memoizeConvert(fn, 14);
    await convert('tw', ['aa', 'bb']);
    await convert('tw', ['cc']);
    calls.length = 0;
    await convert('tw', ['aa', 'bb', 'cc']);
    expect(calls).toEqual([{ target: 'tw', texts: ['aa'] }]);
  });

  it('does not remember a failed or malformed answer', async () => {
    let fail = true;
    const fn = vi.fn(async (_target: Target, texts: string[]) => {
      if (fail) throw new Error('converter gone');
      return texts.map((t) => t.toUpperCase());
    });
    const convert = memoizeConvert(fn);
    await expect(convert('tw', ['x'])).rejects.toThrow('converter gone');
    fail = false;
    expect(await convert('tw', ['x'])).toEqual(['X']);
    const short = memoizeConvert(async () => ['only one']);
    expect(await short('tw', ['a', 'b'])).toEqual(['only one']);
    expect(await short('tw', ['a', 'b'])).toEqual(['only one']);
  });
});

describe('converting a text from its pieces', () => {
  it('composes a rewritten counter from pieces it learned, without asking again', async () => {
    const calls: string[][] = [];
    // Like OpenCC, it changes characters and leaves digits and punctuation as they are.
    const TABLE: Record<string, string> = { 干: '幹', 头: '頭', 发: '發', 时: '時', 观: '觀', 实: '實', 见: '見' };
    const convert = memoizeConvert(async (_target, texts) => {
      calls.push(texts);
      return texts.map((t) => t.replace(/./gu, (c) => TABLE[c] ?? c));
    });
    await convert('tw', ['实时:已有1234人观看直播,干部发言']);
    expect(calls).toHaveLength(1);
    expect(await convert('tw', ['实时:已有1241人观看直播,干部发言'])).toEqual(['實時:已有1241人觀看直播,幹部發言']);
    expect(calls).toHaveLength(1);
    // A piece never seen is a miss: the whole text goes to the converter.
    await convert('tw', ['实时:已有1248人观看直播,头发发展']);
    expect(calls[1]).toEqual(['实时:已有1248人观看直播,头发发展']);
  });

  it('does not piece a whole-page conversion (many texts in one call)', async () => {
    const calls: string[][] = [];
    const convert = memoizeConvert(async (_target, texts) => {
      calls.push(texts);
      return texts;
    });
    const page = Array.from({ length: 100 }, (_, i) => `第${i}段:已有${i}人`);
    await convert('tw', page);
    await convert('tw', ['第0段:已有99人']);
    expect(calls).toEqual([page, ['第0段:已有99人']]);
  });

  // The rule the memo relies on, checked against the real converter for every target on every
  // seed page: converting a text whole equals converting its pieces, and separators never change.
  const SEEDS = new URL('../../../shared/seeds/', import.meta.url);
  const seedLines = readdirSync(SEEDS)
    .flatMap((name) => readFileSync(new URL(name, SEEDS), 'utf8').split('\n'))
    .filter((line) => line.trim() !== '');
  const targets: Target[] = ['tw', 'hk', 't', 'twp', 'cn'];
  it.each(targets)('holds for the OpenCC converter to %s on the seed pages', (target) => {
    const convert = getConverter(target);
    const samples = [...seedLines, 'SQL注入攻击,B超3次;伯克希尔-哈撒韦公司 (2024) 发展：头发、干部。'];
    for (const text of samples) {
      const parts = text.split(PIECE_SEPARATORS);
      const pieces = parts.map((part, i) => (i % 2 === 0 ? convert(part) : part)).join('');
      expect(pieces).toBe(convert(text));
      for (let i = 1; i < parts.length; i += 2) expect(convert(parts[i])).toBe(parts[i]);
    }
  });
});
