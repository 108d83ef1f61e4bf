// How a saved page's bytes become text: the charset it declares (old CMS pages are GB2312 or GBK,
// Taiwan's and Hong Kong's Big5).
import iconv from 'iconv-lite';

/** The charset a page declares: BOM, <meta charset>, <meta http-equiv content-type>; utf-8 otherwise. */
export function declaredCharset(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head);
  return m ? m[1].toLowerCase() : 'utf-8';
}

const BIG5 = /^(?:big5|big5-hkscs|cn-big5|x-x-big5|csbig5)$/;
const PRIVATE_USE = /[\ue000-\uf8ff]/;

export function decode(bytes: Uint8Array, charset: string): string {
  let text: string;
  try {
    text = new TextDecoder(charset).decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
  // Node's Big5 leaves Hong Kong's own characters (哋, 嘅, 咗) in the private use area, where a
  // browser's (the WHATWG index, HKSCS included) shows them: those alone are read again as HKSCS.
  return BIG5.test(charset) && PRIVATE_USE.test(text) ? withHongKongCharacters(text, iconv.decode(Buffer.from(bytes), 'big5hkscs')) : text;
}

/** `text` with each private-use character replaced by the one `hkscs` reads at the same place, where the two line up. */
function withHongKongCharacters(text: string, hkscs: string): string {
  const ours = Array.from(text);
  const theirs = Array.from(hkscs);
  if (ours.length !== theirs.length) return text;
  return ours.map((ch, i) => (PRIVATE_USE.test(ch) ? theirs[i] : ch)).join('');
}
