// Multi-select over the visible list, keyed by clip id so a selection survives re-sorting
// and reloads. All functions return new sets (Preact state must not be mutated in place).

export function toggleOne(selected: ReadonlySet<string>, id: string): Set<string> {
  const next = new Set(selected);
  if (next.has(id)) next.delete(id);
  else next.add(id);
  return next;
}

/**
 * Shift-click: sets every id from `anchorId` to `id` (inclusive, in visible order) to the state
 * `id` takes — selected unless it already was. Without a visible anchor only `id` changes.
 */
export function selectRange(
  selected: ReadonlySet<string>,
  visibleIds: readonly string[],
  anchorId: string | null,
  id: string,
): Set<string> {
  const to = visibleIds.indexOf(id);
  const from = anchorId === null ? -1 : visibleIds.indexOf(anchorId);
  if (to < 0 || from < 0) return toggleOne(selected, id);
  const on = !selected.has(id);
  const next = new Set(selected);
  const [lo, hi] = from < to ? [from, to] : [to, from];
  for (let i = lo; i <= hi; i++) {
    if (on) next.add(visibleIds[i]);
    else next.delete(visibleIds[i]);
  }
  return next;
}

/** Select all visible: adds them all, or, when all are already selected, removes them. */
export function toggleAllVisible(selected: ReadonlySet<string>, visibleIds: readonly string[]): Set<string> {
  const next = new Set(selected);
  const allOn = visibleIds.length > 0 && visibleIds.every((id) => selected.has(id));
  for (const id of visibleIds) {
    if (allOn) next.delete(id);
    else next.add(id);
  }
  return next;
}
