// The store as the library page uses it, plus a prefix query so the first screen can render
// before 100,000 clips are read.
import { clipsForUrl, deleteClips, listClips, recentClips, restoreClips, updateClip } from '../../lib/store/clips';
import type { LibraryStore } from '../../components/library/useLibrary';

export const libraryStore: LibraryStore = {
  listRecent: recentClips,
  listClips,
  updateClip,
  deleteClips,
  restoreClips,
  clipsForPages: async (pages) => (await Promise.all(pages.map(clipsForUrl))).flat(),
};
