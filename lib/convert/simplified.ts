// Traditional → Simplified alone. It is small (~110 kB, built in a few ms), so the background
// (clip identity) and the library (script-blind search) use it without ever loading the
// ~1.1 MB Simplified → Traditional dictionaries.
import { Converter } from 'opencc-js/t2cn';

let convert: ((text: string) => string) | null = null;

/** The T→S converter (OpenCC t2s), built once per process. */
export function simplifiedConverter(): (text: string) => string {
  convert ??= Converter({ from: 't', to: 'cn' }) as (text: string) => string;
  return convert;
}

/** Simplified-normalised form, used for clip identity and script-blind search. */
export function toSimplified(text: string): string {
  return simplifiedConverter()(text);
}
