import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toSimplified } from '../../lib/convert/engine';
import { skipUnchanged } from '../../lib/library/unchanged';

const seeds = readdirSync('/work/shared/seeds').map((f) => readFileSync(`/work/shared/seeds/${f}`, 'utf8'));

describe('skipUnchanged', () => {
  it('gives exactly what the converter gives, on phrases that change only as a whole', () => {
    let calls = 0;
    const fast = skipUnchanged((text) => {
      calls++;
      return toSimplified(text);
    });
    for (const text of ['瞭解', '回覆', '甦醒', '衹得', '協會', '\uF900', '𠀋']) expect(fast(text)).toBe(toSimplified(text));
    const before = calls;
    expect(fast('中国科学技术协会召开工作会议')).toBe('中国科学技术协会召开工作会议');
    expect(calls).toBe(before); // nothing to change: the converter was skipped
  });

  it('agrees with the converter on every line of the seed pages, in both scripts', () => {
    const fast = skipUnchanged(toSimplified);
    const lines = seeds.flatMap((page) => [...page.split('\n'), ...toSimplified(page).split('\n')]);
    for (const line of lines) expect(fast(line)).toBe(toSimplified(line));
  });

  it('agrees with the converter on random mixes of seed characters', () => {
    const pool = [...new Set([...seeds.join(''), ...'瞭解回覆甦醒沈得住氣衹乾隆後面']).values()];
    const fast = skipUnchanged(toSimplified);
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pool), { maxLength: 30 }), (chars) => {
        const text = chars.join('');
        return fast(text) === toSimplified(text);
      }),
      { numRuns: 2000 },
    );
  });
});
