import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { keepsLength, splitByDiff, splitByLength } from '../../lib/convert/align';
import { getConverter } from '../../lib/convert/engine';
import { withoutPinyin } from '../../lib/page/pinyin-hide';

describe('splitByLength', () => {
  it('cuts by code points, keeping surrogate pairs whole', () => {
    expect(splitByLength(['二噁', '英'], '二𫫇英')).toEqual(['二𫫇', '英']);
    expect(splitByLength(['头', '', '发'], '頭髮')).toEqual(['頭', '', '髮']);
    expect(keepsLength(['㛟', 'a'], '𡞵a')).toBe(true);
    expect(keepsLength(['U盘'], '隨身碟')).toBe(false);
  });
});

describe('splitByDiff', () => {
  const twp = getConverter('twp');
  const split = (parts: string[]) => splitByDiff(parts.map(twp), twp(parts.join('')));

  it('uses the separate conversions when they agree with the whole', () => {
    expect(split(['插入', 'U盘', '后'])).toEqual(['插入', '隨身碟', '後']);
  });

  it('places boundaries outside a crossing phrase exactly', () => {
    // 头发 crosses the last boundary (頭髮 as a phrase, 頭 + 發 apart); U盘 changes length.
    expect(split(['从U盘', '的头', '发'])).toEqual(['從隨身碟', '的頭', '髮']);
    expect(split(['U盘里', '的软', '件和U盘'])).toEqual(['U盤裡', '的軟', '體和隨身碟']);
  });

  it('always reassembles to the whole conversion', () => {
    const alphabet = fc.constantFrom('U', '盘', '发', '布', '软', '件', '头', '里', '程', '𫫇', 'a', ' ');
    fc.assert(
      fc.property(fc.array(fc.array(alphabet, { maxLength: 5 }).map((a) => a.join('')), { minLength: 1, maxLength: 6 }), (parts) => {
        const out = split(parts);
        expect(out).toHaveLength(parts.length);
        expect(out.join('')).toBe(twp(parts.join('')));
      }),
      { numRuns: 300 },
    );
  });
});

describe('withoutPinyin', () => {
  it('removes residue found on the joined text, also across node boundaries', () => {
    expect(withoutPinyin(['科協(xi', 'é)和', '發(fā)'])).toEqual(['科協', '和', '發']);
    expect(withoutPinyin(['縣(市、區(qū))'])).toEqual(['縣(市、區)']);
    const none = ['科技(AI)'];
    expect(withoutPinyin(none)).toBe(none);
  });
});
