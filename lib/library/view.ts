// The visible list = (search ∩ filters) in sort order. Sorting 100,000 clips on every keystroke
// would blow the search budget, so the full sort order is computed once per sort choice and the
// current subset is read off it with a mask: O(n), no comparisons.

/** The members of `subset` (all when null) in the order they appear in `order`. */
export function orderSubset(order: readonly number[], subset: readonly number[] | null): number[] {
  if (subset === null) return order.slice();
  const member = new Uint8Array(order.length);
  for (let k = 0; k < subset.length; k++) member[subset[k]] = 1;
  const out = new Array<number>(subset.length);
  let n = 0;
  for (let k = 0; k < order.length; k++) {
    const i = order[k];
    if (member[i] === 1) out[n++] = i;
  }
  out.length = n;
  return out;
}
