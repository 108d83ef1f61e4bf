// Numerals as printed on Chinese pages: Arabic with thousands separators (1,286; Hong Kong 12 000),
// full-width digits, decimals, and Chinese numerals (二十三, 两万, 百万, formal 壹貳參).

const DIGIT: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 壹: 1, 二: 2, 两: 2, 兩: 2, 贰: 2, 貳: 2, 三: 3, 叁: 3, 參: 3, 参: 3, 叄: 3,
  四: 4, 肆: 4, 五: 5, 伍: 5, 六: 6, 陆: 6, 陸: 6, 七: 7, 柒: 7, 八: 8, 捌: 8, 九: 9, 玖: 9,
};
const SMALL_UNIT: Record<string, number> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };
/** Twenty and thirty in one character, as Hong Kong speaks and writes them (廿幾個, 卅年). */
const TENS: Record<string, number> = { 廿: 20, 卅: 30 };
// 兆 is Taiwan's trillion (1兆1,563億元); it is read only after digits, never in a numeral.
const BIG_UNIT: Record<string, number> = { 万: 1e4, 萬: 1e4, 亿: 1e8, 億: 1e8, 兆: 1e12 };

/** Characters a Chinese numeral is written with. */
export const CN_NUMERAL_CHARS = '零〇一壹二两兩贰貳三叁參叄四肆五伍六陆陸七柒八捌九玖十拾廿卅百佰千仟万萬亿億';

/** Keep float noise out of scaled values (1.04 × 1e8 = 104000000, 4.5 / 100 = 0.045). */
export function tidy(n: number): number {
  return Number.isInteger(n) ? n : Number(n.toPrecision(12));
}

/** Value of a Chinese numeral (十二 → 12, 二十万 → 200000, 一百零五 → 105), or null if malformed. */
export function parseChineseNumeral(s: string): number | null {
  if (!s) return null;
  let total = 0; // completed 万/亿 sections
  let section = 0; // value below the current big unit
  let digit: number | null = null;
  // The last unit, and whether a 零 came after it: 一萬二 is 12,000 and 一百二 120 (the unit below is
  // understood), 一千零二 is 1,002.
  let lastUnit = 0;
  let zero = false;
  for (const ch of s) {
    if (ch in DIGIT) {
      if (digit !== null && digit !== 0 && DIGIT[ch] !== 0) return null; // 二三 is not a numeral
      digit = DIGIT[ch];
      if (digit === 0) zero = true;
    } else if (ch in TENS) {
      if (digit !== null && digit !== 0) return null;
      section += TENS[ch];
      digit = null;
      lastUnit = 10;
      zero = false;
    } else if (ch in SMALL_UNIT) {
      section += (digit ?? 1) * SMALL_UNIT[ch];
      digit = null;
      lastUnit = SMALL_UNIT[ch];
      zero = false;
    } else if (ch in BIG_UNIT) {
      const unit = BIG_UNIT[ch];
      const value = (section + (digit ?? 0)) || (total === 0 ? 1 : 0);
      if (unit === 1e8) total = (total + value) * unit;
      else total += value * unit;
      section = 0;
      digit = null;
      lastUnit = unit;
      zero = false;
    } else {
      return null;
    }
  }
  const last = digit !== null && lastUnit >= 100 && !zero ? (digit * lastUnit) / 10 : (digit ?? 0);
  return total + section + last;
}

const FULL_WIDTH_ZERO = 0xff10;

/**
 * Whether `s` is plain ASCII digits with at most one decimal point between them, as most numbers
 * are, which Number() reads as they are (a loop, not a pattern: every number is asked).
 */
function isPlainNumber(s: string): boolean {
  let point = -1;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === DOT && point < 0 && i > 0 && i < s.length - 1) point = i;
    else if (c < ZERO || c > NINE) return false;
  }
  return s.length > 0;
}
const [ZERO, NINE, DOT] = [0x30, 0x39, 0x2e];

/** Value of an Arabic number as printed: "1,286", "12 000", "4.5", "１２". */
export function parseArabic(s: string): number {
  if (isPlainNumber(s)) return Number(s);
  let ascii = '';
  for (const ch of s) {
    const code = ch.charCodeAt(0);
    if (code >= FULL_WIDTH_ZERO && code <= FULL_WIDTH_ZERO + 9) ascii += String(code - FULL_WIDTH_ZERO);
    else if (ch === '．') ascii += '.';
    else if ((ch >= '0' && ch <= '9') || ch === '.') ascii += ch;
  }
  return Number(ascii);
}

/** A Chinese numeral with decimals (一點五 → 1.5, 十点二五 → 10.25), or null if malformed. */
export function parseChineseDecimal(s: string): number | null {
  const [whole, decimals, more] = s.split(/[点點]/);
  const n = parseChineseNumeral(whole);
  if (decimals === undefined) return n;
  if (n === null || more !== undefined || !decimals) return null;
  let digits = '';
  for (const ch of decimals) {
    if (!(ch in DIGIT)) return null;
    digits += DIGIT[ch];
  }
  return Number(`${n}.${digits}`);
}

/** Multiplier words after a number: 万, 亿, 千万, 万亿… (product of the characters). */
export function multiplierValue(s: string): number {
  let m = 1;
  for (let i = 0; i < s.length; i++) m *= unitValueAt(s, i) ?? 1;
  return m;
}

/**
 * The value of the numeral's unit word at `at` of `text`: 十 10, 百 100, 千 1000, 万 1e4, 亿 1e8, 兆 1e12
 * (and 拾, 佰, 仟, 萬, 億), or undefined. (By code: looking a page's character up by name would make
 * a string of it first, around every number of a long page.)
 */
export function unitValueAt(text: string, at: number): number | undefined {
  return UNIT_VALUES.get(text.charCodeAt(at));
}
const UNIT_VALUES = new Map([...Object.entries(SMALL_UNIT), ...Object.entries(BIG_UNIT)].map(([ch, value]) => [ch.charCodeAt(0), value]));
