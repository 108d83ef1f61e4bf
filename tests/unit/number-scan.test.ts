// The hand-written number scanner against the regular expression it replaces: same matches, same
// parts, on the printed forms of the spec and on random text built from their characters.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nextNumber, numberAt, type NumberMatch } from '../../lib/analyzer/number-scan';
import { CN_NUMERAL_CHARS } from '../../lib/analyzer/numbers';

const CN = `[${CN_NUMERAL_CHARS}]`;
const DIGITS = '[0-9０-９]';
/** The pattern the scanner implements, as the analyzer used it. */
const NUMBER = new RegExp(
  // (A share in digits may follow one space: 百分之 9.6, as Hong Kong's statistics print it; and a scan's
  // text layer spaces full-width groups: ５ ０００人次.)
  `(${CN}{1,6})分之(${CN}{1,6}(?:[点點]${CN}{1,4})?| ?${DIGITS}{1,6}(?:\\.${DIGITS}{1,4})?)` +
    `|([二两兩三四五六七八九])分([一二两兩三四五六七八])(?![${CN_NUMERAL_CHARS}0-9０-９致般样樣直定切些起同下向律时時秒毫])` +
    `|((?:${DIGITS}{1,3}(?:,[0-9]{3})+(?![0-9])|${DIGITS}{1,3}(?:[ \\u00a0\\u2009\\u202f][0-9]{3})+(?![0-9])|${DIGITS}{1,3}(?:，[０-９]{3})+(?![０-９])|${DIGITS}{1,3}(?:[ \\u00a0\\u2009\\u202f][０-９]{3})+(?![０-９])|${DIGITS}+)(?:[.．]${DIGITS}+)?)` +
    `|(${CN}{1,12})`,
  'g',
);

function byRegex(text: string): NumberMatch[] {
  return [...text.matchAll(NUMBER)].map((m) => ({
    index: m.index,
    end: m.index + m[0].length,
    ...(m[1] !== undefined ? { denominator: m[1], numerator: m[2].replace(/^ /, '') } : {}),
    ...(m[3] !== undefined ? { denominator: m[3], numerator: m[4] } : {}),
    ...(m[5] !== undefined ? { arabic: m[5] } : {}),
    ...(m[6] !== undefined ? { chinese: m[6] } : {}),
  }));
}

function byScan(text: string): NumberMatch[] {
  const found: NumberMatch[] = [];
  for (let m = nextNumber(text, 0); m; m = nextNumber(text, m.end)) found.push(m);
  return found;
}

describe('number scanner', () => {
  it.each([
    '共1,286人', '1,234,5678', '1,2345', '12 000名', '12 0000', '1\u00a0000\u2009000', '４.５%', '4.5.6', '4．5',
    '三分之一', '百分之九十', '一二三四五六七分之一', '十二分之', '二十三万', '一二三四五六七八九十一二三四五',
    '１２,３４５', '12,345 678', '99.', '.5', '第1,000位', '三分之一二三四五六七八', '百分之一點五', '百分之一点', '百分之十点一二三四五', '百分之1.07', '百分之０.９９', '超过１，２００公里', '1,286.45万元', '12 000.5', '1,286.',  '１，２００，０００', '１，２０', '12，000', '百分之1.', '百分之1234567',
    '三分一', '約四分三的', '十三分一', '三分一样', '十分一致', '三分一二', '三分1', '五分六',
    '百分之 9.6', '万分之 0', '百分之  9', '５ ０００人次', '0 ５０５',
  ])('%s', (text) => expect(byScan(text)).toEqual(byRegex(text)));

  it('finds what the regular expression finds in random text', () => {
    const chars = [...'0123456789０５,. \u00a0\u2009．分之一二三十百千万亿两零个人%元点點致', ...'甲乙'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...chars), { maxLength: 60 }), (list) => {
        const text = list.join('');
        expect(byScan(text)).toEqual(byRegex(text));
      }),
      { numRuns: 3000 },
    );
  });

  it('reads only at the given position', () => {
    expect(numberAt('甲12', 0)).toBeNull();
    expect(numberAt('甲12', 1)).toEqual({ index: 1, end: 3, arabic: '12' });
  });
});
