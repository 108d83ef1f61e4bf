import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { keepsLength, splitByDiff, splitByLength, splitKeepingLength } from '../../lib/convert/align';
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

describe('splitKeepingLength', () => {
  it('slices text without surrogates, cuts by code points around them, declines a length change', () => {
    expect(splitKeepingLength(['头', '', '发布'], '頭髮佈')).toEqual(['頭', '', '髮佈']);
    // One node gains a code unit (二噁 → 二𫫇), the other loses one (𡞵 → 㛟): equal totals, uneven nodes.
    expect(splitKeepingLength(['二噁', '𡞵a'], '二𫫇㛟a')).toEqual(['二𫫇', '㛟a']);
    expect(splitKeepingLength(['U盘'], '隨身碟')).toBeNull();
  });

  it('is splitByLength wherever every code point maps to one code point', () => {
    const codePoint = fc.oneof(
      fc.constantFrom('头', '发', 'a', ' ', '𫫇', '𡞵', '噁'),
      fc.oneof(fc.integer({ min: 0x20, max: 0xd7ff }), fc.integer({ min: 0xe000, max: 0x2ffff })).map((c) => String.fromCodePoint(c)),
    );
    fc.assert(
      fc.property(fc.array(fc.array(codePoint, { maxLength: 6 }), { minLength: 1, maxLength: 5 }), fc.array(codePoint, { minLength: 40, maxLength: 40 }), (nodes, images) => {
        const sources = nodes.map((cps) => cps.join(''));
        // A conversion that maps each code point to one code point (BMP and astral both ways).
        const whole = nodes.flat().map((_, i) => images[i % images.length]).join('');
        expect(splitKeepingLength(sources, whole)).toEqual(splitByLength(sources, whole));
      }),
      { numRuns: 500 },
    );
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
