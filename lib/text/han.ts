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
