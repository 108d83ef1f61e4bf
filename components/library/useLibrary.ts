// Loads the library into a ClipCollection and keeps it in step with the store. The newest
// screenful is shown first (when the store can list a prefix cheaply), then everything, then the
// search index is built in time slices so the page stays responsive. Performance marks
// (library:recent, library:listed, library:indexed) let the bench see each step.
import { errorMessage } from '../../lib/errors';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { ClipCollection } from '../../lib/library/collection';
import { memoSimplify, type Simplify } from '../../lib/library/search';
import { nextTask } from '../../lib/library/schedule';
import { onLibraryChange } from '../../lib/store/changes';
import type { ClipChanges } from '../../lib/store/clips';
import type { Clip } from '../../lib/types';

export interface LibraryStore {
  /** The newest `limit` clips; optional, lets the first screen render before the rest loads. */
  listRecent?(limit: number): Promise<Clip[]>;
  listClips(): Promise<Clip[]>;
  /** Returns the updated clip. */
  updateClip(id: string, patch: ClipChanges): Promise<Clip>;
  deleteClips(ids: string[]): Promise<Clip[]>;
  restoreClips(clips: Clip[]): Promise<unknown>;
  /** The clips of these pages (normalised URLs) as stored now. */
  clipsForPages(pages: string[]): Promise<Clip[]>;
}

export type LoadPhase = 'loading' | 'indexing' | 'ready' | 'error';

const FIRST_SCREEN = 200;
const SLICE_MS = 12;

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

export function useLibrary(store: LibraryStore, simplify: Simplify) {
  const collection = useMemo(() => new ClipCollection(memoSimplify(simplify)), [simplify]);
  const ready = useMemo(deferred, []);
  const [version, setVersion] = useState(0);
  const [phase, setPhase] = useState<LoadPhase>('loading');
  const [error, setError] = useState<string | null>(null);

  const sync = () => setVersion(collection.version);
  // Each load gets a generation; an older load or index loop stops once a newer one started.
  const generation = useRef(0);

  async function indexAll(gen: number) {
    setPhase('indexing');
    while (gen === generation.current) {
      const start = performance.now();
      let done = collection.indexed;
      while (!done && performance.now() - start < SLICE_MS) done = collection.indexMore(250);
      sync();
      if (done) {
        performance.mark('library:indexed');
        setPhase('ready');
        ready.resolve();
        return;
      }
      await nextTask();
    }
  }

  async function load() {
    const gen = ++generation.current;
    try {
      if (store.listRecent && collection.clips.length === 0) {
        const recent = await store.listRecent(FIRST_SCREEN);
        if (gen !== generation.current) return;
        collection.reset(recent);
        sync();
        performance.mark('library:recent');
      }
      const all = await store.listClips();
      if (gen !== generation.current) return;
      performance.mark('library:listed');
      collection.reset(all);
      sync();
      await indexAll(gen);
    } catch (e) {
      setError(errorMessage(e));
      setPhase('error');
    }
  }

  useEffect(() => {
    void load();
    // Clips saved from pages, or edited in another library tab, show without a reload.
    return onLibraryChange(
      (change) => {
        if (change.pages === null) return void load();
        const pages = change.pages;
        store.clipsForPages(pages).then(
          (current) => {
            collection.syncPages(new Set(pages), current);
            sync();
          },
          () => void load(),
        );
      },
      { othersOnly: true },
    );
  }, []);

  return {
    collection,
    version,
    phase,
    error,
    ready: ready.promise,
    reload: load,
    async update(id: string, patch: ClipChanges) {
      collection.replace(await store.updateClip(id, patch));
      sync();
    },
    async remove(ids: string[]): Promise<Clip[]> {
      const deleted = await store.deleteClips(ids);
      collection.remove(new Set(deleted.map((c) => c.id)));
      sync();
      return deleted;
    },
    async restore(clips: Clip[]) {
      await store.restoreClips(clips);
      collection.restore(clips);
      sync();
      if (!collection.indexed) await indexAll(++generation.current);
    },
  };
}
