// Script-blind full-text search over clips. Each clip gets one haystack string, built once:
// its searchable fields, Simplified-normalised and lower-cased, so a query in either script
// (协会 / 協會) matches by plain substring — Chinese has no word breaks to tokenise on.
import { boundedMemo } from '../text/bounded-memo';
import type { Clip } from '../types';

export type Simplify = (text: string) => string;

// Fields are joined by a newline so a term (which never contains whitespace) cannot match
// across the end of one field and the start of the next.
const FIELD_SEPARATOR = '\n';

/** The searchable text of a clip: text, context, page title, note and tags. */
export function clipHaystack(clip: Clip, simplify: Simplify): string {
  const fields = [
    clip.textSimplified || clip.text,
    clip.context,
    clip.page.title ?? '',
    clip.note,
    clip.tags.join(' '),
  ];
  return fields.map((field) => (field ? simplify(field) : '')).join(FIELD_SEPARATOR).toLowerCase();
}

/**
 * Wraps a simplifier with a cache: page titles and contexts repeat across clips of one page,
 * and conversion is by far the costliest step of indexing.
 */
export function memoSimplify(simplify: Simplify, maxEntries = 50_000): Simplify {
  return boundedMemo(simplify, maxEntries);
}

/** The query as terms that must all occur: split on whitespace, normalised like the haystacks. */
export function queryTerms(query: string, simplify: Simplify): string[] {
  const terms = simplify(query.trim()).toLowerCase().split(/\s+/).filter(Boolean);
  return [...new Set(terms)];
}

/**
 * Indices (ascending) of the haystacks containing every term, or null when there are no terms
 * (no search: everything matches).
 */
export function matchingIndices(haystacks: readonly string[], terms: readonly string[]): number[] | null {
  if (terms.length === 0) return null;
  // Longest term first: it is usually the rarest, so later terms are checked on few haystacks.
  const ordered = [...terms].sort((a, b) => b.length - a.length);
  const first = ordered[0];
  const rest = ordered.slice(1);
  const out: number[] = [];
  for (let i = 0; i < haystacks.length; i++) {
    const hay = haystacks[i];
    if (!hay.includes(first)) continue;
    if (rest.every((term) => hay.includes(term))) out.push(i);
  }
  return out;
}
