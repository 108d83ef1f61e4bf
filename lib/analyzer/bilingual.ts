// Bilingual pages that print the English (or Portuguese) version first and the Chinese after it:
// Hong Kong's circulars and council papers, Macau's notices. Analysts read the Chinese version, so its
// title, number, date and figures are the page's; the version before it is no part of the article.
import type { PageBlock } from './body';

/** How far into a page the other version may start (its furniture first). */
const SEARCH_BLOCKS = 60;
/** A block in the other version: Latin letters, at most one Han character to four of them. */
const LATIN_LETTERS_MIN = 20;
/** A block of the Chinese version: a line's worth of Han characters, more than the Latin letters. */
const HAN_LINE_MIN = 4;
/** The other version is a text of its own: several paragraphs, a few hundred letters. */
const VERSION_BLOCKS_MIN = 3;
const VERSION_LETTERS_MIN = 300;
/** The Chinese version after it is one too. */
const CHINESE_BLOCKS_MIN = 3;
const CHINESE_HAN_MIN = 150;

interface Letters {
  latin: number;
  han: number;
}

function letters(text: string): Letters {
  let latin = 0;
  let han = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f)) latin++;
    else if (c >= 0x4e00 && c <= 0x9fff) han++;
  }
  return { latin, han };
}

/**
 * The blocks of the version printed before the Chinese one, [from, to), or null where the page does not
 * open on another language's text followed by the Chinese text.
 */
export function otherVersionFirst(blocks: PageBlock[]): [number, number] | null {
  const limit = Math.min(blocks.length, SEARCH_BLOCKS);
  let from = -1;
  let versionBlocks = 0;
  let versionLetters = 0;
  let to = -1;
  for (let i = 0; i < limit; i++) {
    const b = blocks[i];
    const { latin, han } = letters(b.text);
    const latinBlock = latin >= LATIN_LETTERS_MIN && han * 4 <= latin;
    const hanBlock = han >= HAN_LINE_MIN && han > latin;
    if (from < 0) {
      // (Not where a Chinese line comes first, a title over both versions: 普瑞巴林：濫用及依賴風險 / Pregabalin: ….)
      if (hanBlock && !b.boiler && !b.outside) return null;
      if (latinBlock && !b.boiler) {
        from = i;
        versionBlocks = 1;
        versionLetters = latin;
      }
      continue;
    }
    if (hanBlock) {
      to = i;
      break;
    }
    if (latinBlock) {
      versionBlocks++;
      versionLetters += latin;
    }
  }
  if (from < 0 || to < 0 || versionBlocks < VERSION_BLOCKS_MIN || versionLetters < VERSION_LETTERS_MIN) return null;
  let chineseBlocks = 0;
  let chineseHan = 0;
  for (let i = to; i < blocks.length && (chineseBlocks < CHINESE_BLOCKS_MIN || chineseHan < CHINESE_HAN_MIN); i++) {
    const { latin, han } = letters(blocks[i].text);
    if (han >= HAN_LINE_MIN && han > latin && !blocks[i].boiler) {
      chineseBlocks++;
      chineseHan += han;
    }
  }
  return chineseBlocks >= CHINESE_BLOCKS_MIN && chineseHan >= CHINESE_HAN_MIN ? [from, to] : null;
}
