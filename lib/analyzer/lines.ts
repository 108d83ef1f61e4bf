// What a single line of a page is, asked both by the layout (body.ts: which line is the title,
// which lines are header) and by the metadata reader (meta.ts): one place for both.

/** A document number: 鄂科协办〔2019〕22号, 臺教資(四)字第1130123456號. */
export const DOC_NUMBER =
  /[\u4e00-\u9fff]{1,14}\s*[〔［\[【（(]\s*(?:19|20)\d{2}\s*[〕］\]】）)]\s*第?\s*\d{1,5}\s*[号號]|[\u4e00-\u9fff]{2,14}(?:[（(][\u4e00-\u9fff]{1,3}[)）])?字第\s*\d{4,12}\s*[号號]/;

/** A line that holds a document number and little else (鄂科协办〔2019〕22号). */
export function isDocNumberLine(text: string): boolean {
  const t = text.trim();
  if (!t.includes('号') && !t.includes('號')) return false;
  const m = DOC_NUMBER.exec(t);
  return m !== null && t.length <= m[0].length + 2;
}

/** A table cell that only labels the next one: 发布日期：, 文　　号：. */
export function isLabelCell(text: string): boolean {
  return /^[^：:，。]{1,10}[：:]$/.test(text.trim());
}
