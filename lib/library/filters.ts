// Facet filters over clips. Values inside one facet are alternatives (OR); facets combine with AND.
// An empty facet does not filter.
import type { Clip, ClipKind } from '../types';
import { fieldValue } from './corrections';

/** Which date the date range applies to: the page's own date or the day the clip was made. */
export type DateBasis = 'page' | 'clipped';

export interface LibraryFilters {
  kinds: ClipKind[];
  /** Organisation names; '' stands for clips without one. */
  orgs: string[];
  hosts: string[];
  /** Documents, by page URL without fragment. */
  docs: string[];
  tags: string[];
  dateBasis: DateBasis;
  /** Inclusive bounds, YYYY-MM-DD. */
  from: string | null;
  to: string | null;
}

export const NO_FILTERS: LibraryFilters = {
  kinds: [],
  orgs: [],
  hosts: [],
  docs: [],
  tags: [],
  dateBasis: 'page',
  from: null,
  to: null,
};

export function hasFilters(f: LibraryFilters): boolean {
  return (
    f.kinds.length + f.orgs.length + f.hosts.length + f.docs.length + f.tags.length > 0 ||
    f.from !== null ||
    f.to !== null
  );
}

// Parsing a URL costs about a microsecond; a library holds many clips per page, so hosts are
// remembered per URL.
const hostOfUrl = new Map<string, string>();

export function clipHost(clip: Clip): string {
  const url = clip.page.url;
  let host = hostOfUrl.get(url);
  if (host === undefined) {
    try {
      host = new URL(url).hostname.toLowerCase();
    } catch {
      host = '';
    }
    if (hostOfUrl.size > 100_000) hostOfUrl.clear();
    hostOfUrl.set(url, host);
  }
  return host;
}

export function clipDoc(clip: Clip): string {
  const hash = clip.page.url.indexOf('#');
  return hash < 0 ? clip.page.url : clip.page.url.slice(0, hash);
}

/** The clip's date on the chosen basis as YYYY-MM-DD. The clipped date is the day in the
 * time zone it was recorded in (the ISO string's own offset), so it never shifts on reload. */
export function clipDate(clip: Clip, basis: DateBasis): string | null {
  const raw = basis === 'page' ? fieldValue(clip, 'date') : clip.clippedAt;
  return raw && /^\d{4}-\d{2}-\d{2}/.test(raw) ? raw.slice(0, 10) : null;
}

/** The subset of `candidates` (all clips when null) passing the filters, in the same order. */
export function applyFilters(
  clips: readonly Clip[],
  candidates: readonly number[] | null,
  f: LibraryFilters,
): number[] {
  const kinds = new Set(f.kinds);
  const orgs = new Set(f.orgs);
  const hosts = new Set(f.hosts);
  const docs = new Set(f.docs);
  const tags = new Set(f.tags);
  const passes = (clip: Clip): boolean => {
    if (kinds.size && !kinds.has(clip.kind)) return false;
    if (orgs.size && !orgs.has(fieldValue(clip, 'org') ?? '')) return false;
    if (docs.size && !docs.has(clipDoc(clip))) return false;
    if (tags.size && !clip.tags.some((tag) => tags.has(tag))) return false;
    if (f.from !== null || f.to !== null) {
      const date = clipDate(clip, f.dateBasis);
      if (date === null) return false;
      if (f.from !== null && date < f.from) return false;
      if (f.to !== null && date > f.to) return false;
    }
    if (hosts.size && !hosts.has(clipHost(clip))) return false;
    return true;
  };
  const out: number[] = [];
  if (candidates === null) {
    for (let i = 0; i < clips.length; i++) if (passes(clips[i])) out.push(i);
  } else {
    for (const i of candidates) if (passes(clips[i])) out.push(i);
  }
  return out;
}

export interface FacetValue {
  value: string;
  /** What to show: the value itself, or the page title for documents. */
  label: string;
  count: number;
}

export interface Facets {
  orgs: FacetValue[];
  hosts: FacetValue[];
  docs: FacetValue[];
  tags: FacetValue[];
}

/** The values each facet can take over the whole library, most frequent first. */
export function collectFacets(clips: readonly Clip[]): Facets {
  const orgs = new Map<string, FacetValue>();
  const hosts = new Map<string, FacetValue>();
  const docs = new Map<string, FacetValue>();
  const tags = new Map<string, FacetValue>();
  const bump = (map: Map<string, FacetValue>, value: string, label: string) => {
    const entry = map.get(value);
    if (entry) entry.count++;
    else map.set(value, { value, label, count: 1 });
  };
  for (const clip of clips) {
    const org = fieldValue(clip, 'org') ?? '';
    bump(orgs, org, org);
    bump(hosts, clipHost(clip), clipHost(clip));
    const doc = clipDoc(clip);
    bump(docs, doc, clip.page.title || doc);
    for (const tag of clip.tags) bump(tags, tag, tag);
  }
  const ranked = (map: Map<string, FacetValue>) =>
    [...map.values()].sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
  return { orgs: ranked(orgs), hosts: ranked(hosts), docs: ranked(docs), tags: ranked(tags) };
}
