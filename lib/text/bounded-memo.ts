/**
 * A string function that remembers its results, up to `maxEntries` of them: when full, it
 * starts afresh rather than tracking which entries are old (cheap, and the working set of a
 * page or a library refills it at once).
 */
export function boundedMemo(fn: (text: string) => string, maxEntries: number): (text: string) => string {
  const cache = new Map<string, string>();
  return (text) => {
    let out = cache.get(text);
    if (out === undefined) {
      out = fn(text);
      if (cache.size >= maxEntries) cache.clear();
      cache.set(text, out);
    }
    return out;
  };
}
