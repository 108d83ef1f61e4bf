import { describe, expect, it, vi } from 'vitest';
import { memoizeConvert } from '../../lib/page/convert-memo';
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
