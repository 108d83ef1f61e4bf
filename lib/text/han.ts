// Han characters as code units: the CJK Unified Ideographs, Extension A and the compatibility
// ideographs (the supplementary planes come as surrogate pairs; callers that count them say so).
export function isHanCode(code: number): boolean {
  return (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf) || (code >= 0xf900 && code <= 0xfaff);
}

/** Whether a string holds a common Han character (a title, a word before a marker). */
// (A loop, not a pattern: the analyzer asks it of tens of thousands of short strings on a long page.)
export function hasHan(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x4e00 && code <= 0x9fff) return true;
  }
  return false;
}

/**
 * A text with the Kangxi radicals and radical supplement forms that PDF converters print for some
 * ideographs (⼀ U+2F00 for 一, ⼈ U+2F08 for 人) read as those ideographs: they look the same, and
 * markers, units and a library's search only know the ideographs. Each is one code unit either
 * way, so offsets into the text still hold.
 */
export function radicalsAsIdeographs(text: string): string {
  if (!RADICAL.test(text)) return text;
  return text.replace(RADICALS, (c) => {
    const ideograph = c.normalize('NFKC');
    return ideograph.length === 1 ? ideograph : c;
  });
}
const RADICAL = /[\u2e80-\u2eff\u2f00-\u2fdf]/;
const RADICALS = /[\u2e80-\u2eff\u2f00-\u2fdf]/g;
