// The library as the page holds it: clips newest first plus their search haystacks, built
// incrementally (indexing 100,000 clips takes seconds, so it runs in chunks after the first
// render). `version` changes on every change so views can memoise on it.
import type { Clip } from '../types';
import { clipHaystack, type Simplify } from './search';

const byClippedDesc = (a: Clip, b: Clip) => Date.parse(b.clippedAt) - Date.parse(a.clippedAt);

export class ClipCollection {
  clips: Clip[] = [];
  /** haystacks[i] belongs to clips[i]; shorter than `clips` while indexing is under way. */
  haystacks: string[] = [];
  version = 0;

  constructor(private readonly simplify: Simplify) {}

  get indexed(): boolean {
    return this.haystacks.length === this.clips.length;
  }

  /** Replaces everything; the haystacks are rebuilt by `indexMore`. */
  reset(clips: Clip[]): void {
    this.clips = clips;
    this.haystacks = [];
    this.version++;
  }

  /** Indexes up to `count` more clips; returns true when all are indexed. */
  indexMore(count: number): boolean {
    const end = Math.min(this.clips.length, this.haystacks.length + count);
    for (let i = this.haystacks.length; i < end; i++) {
      this.haystacks.push(clipHaystack(this.clips[i], this.simplify));
    }
    this.version++;
    return this.indexed;
  }

  replace(clip: Clip): void {
    const i = this.clips.findIndex((c) => c.id === clip.id);
    if (i < 0) return;
    this.clips = this.clips.slice();
    this.clips[i] = clip;
    if (i < this.haystacks.length) {
      this.haystacks = this.haystacks.slice();
      this.haystacks[i] = clipHaystack(clip, this.simplify);
    }
    this.version++;
  }

  remove(ids: ReadonlySet<string>): void {
    const keep: number[] = [];
    this.clips.forEach((clip, i) => {
      if (!ids.has(clip.id)) keep.push(i);
    });
    const indexedUpTo = this.haystacks.length;
    this.haystacks = keep.filter((i) => i < indexedUpTo).map((i) => this.haystacks[i]);
    this.clips = keep.map((i) => this.clips[i]);
    this.version++;
  }

  /** Puts clips back (undo of a delete) in newest-first order. */
  restore(clips: readonly Clip[]): void {
    const present = new Set(this.clips.map((c) => c.id));
    const fresh = clips.filter((c) => !present.has(c.id));
    if (fresh.length === 0) return;
    const all = [...this.clips, ...fresh].sort(byClippedDesc);
    const wasIndexed = this.indexed;
    const old = new Map(this.clips.map((c, i) => [c.id, this.haystacks[i]]));
    this.clips = all;
    // Only an index that was complete is rebuilt in place; a partial one continues via indexMore.
    this.haystacks = wasIndexed ? all.map((c) => old.get(c.id) ?? clipHaystack(c, this.simplify)) : [];
    this.version++;
  }

  /**
   * Makes the clips of `pages` (normalised URLs) what the store holds for them now: a write made
   * elsewhere (a clip saved from a page, an edit in another library tab). Each clip goes to its
   * place in newest-first order without sorting the whole library again.
   */
  syncPages(pages: ReadonlySet<string>, current: readonly Clip[]): void {
    const ids = new Set(current.map((c) => c.id));
    this.remove(new Set(this.clips.filter((c) => pages.has(c.page.url) || ids.has(c.id)).map((c) => c.id)));
    for (const clip of current) {
      const time = Date.parse(clip.clippedAt);
      let lo = 0;
      let hi = this.clips.length;
      const wasIndexed = this.indexed;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (Date.parse(this.clips[mid].clippedAt) > time) lo = mid + 1;
        else hi = mid;
      }
      this.clips = [...this.clips.slice(0, lo), clip, ...this.clips.slice(lo)];
      // A haystack is inserted only inside the indexed prefix; indexMore reaches the rest.
      if (lo < this.haystacks.length || wasIndexed) {
        this.haystacks = [...this.haystacks.slice(0, lo), clipHaystack(clip, this.simplify), ...this.haystacks.slice(lo)];
      }
    }
    this.version++;
  }
}
