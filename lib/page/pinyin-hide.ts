// Hiding pinyin residue (科協(xié), 發(fā)) for reading. It is hidden only on pages that show it
// repeatedly — a single bracket could be the author's — and it is taken out of the text before
// conversion, so it is never converted; restore puts the original text back.
import { findPinyinResidue, type Residue } from '../text/pinyin';

/** How many residues a page must show before they are hidden. */
export const PINYIN_HIDE_THRESHOLD = 3;

/** Whether the page shows pinyin residue often enough to hide it. */
export function showsPinyinRepeatedly(doc: Document, threshold = PINYIN_HIDE_THRESHOLD): boolean {
  const text = doc.body?.textContent ?? '';
  // Cheap pre-check: residue always holds a bracket.
  if (!/[(（]/.test(text)) return false;
  return findPinyinResidue(text).length >= threshold;
}

/**
 * The pieces of a block with its residue removed. `pieces` are the block's node texts in order;
 * residue is found on their concatenation, so a bracket split across nodes is found too.
 */
export function withoutPinyin(pieces: string[]): string[] {
  const found: Residue[] = findPinyinResidue(pieces.join(''));
  if (!found.length) return pieces;
  const out: string[] = [];
  let pieceStart = 0;
  let r = 0;
  for (const piece of pieces) {
    const pieceEnd = pieceStart + piece.length;
    let kept = '';
    let at = pieceStart;
    while (r < found.length && found[r].start < pieceEnd) {
      const { start, end } = found[r];
      if (start > at) kept += piece.slice(at - pieceStart, start - pieceStart);
      at = Math.max(at, Math.min(end, pieceEnd));
      if (end > pieceEnd) break; // continues into the next piece
      r++;
    }
    kept += piece.slice(at - pieceStart);
    out.push(kept);
    pieceStart = pieceEnd;
  }
  return out;
}
