// A one-entry cache for a pure function of a string. An import validates and keys 100,000 clips
// whose page URLs come in runs (a page's clips together), and parsing a URL is not free.
export function rememberLast<R>(fn: (arg: string) => R): (arg: string) => R {
  let last: { arg: string; result: R } | null = null;
  return (arg) => {
    if (last === null || last.arg !== arg) last = { arg, result: fn(arg) };
    return last.result;
  };
}
