// Library writes are announced to the other contexts once committed, naming the pages they touched.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { onLibraryChange, touchesPage, type LibraryChange } from '../../lib/store/changes';
import { clearClips, deleteClips, importClips, restoreClips, saveClips, updateClip } from '../../lib/store/clips';
import { getDb } from '../../lib/store/db';
import { clipInput } from './store-fixtures';

const A = 'https://www.cast.org.cn/a.html';
const B = 'https://www.hbast.org.cn/b.html';

let heard: LibraryChange[] = [];
let stop: () => void = () => {};

/** The notices heard once every pending storage write was delivered. */
async function notices(): Promise<LibraryChange[]> {
  await new Promise((resolve) => setTimeout(resolve, 0));
  const all = heard;
  heard = [];
  return all;
}

beforeEach(async () => {
  fakeBrowser.reset();
  await getDb().delete();
  heard = [];
  stop = onLibraryChange((change) => heard.push(change));
});
afterEach(() => stop());

describe('library change notices', () => {
  it('a save names the normalised page and the id of each clip it stored', async () => {
    const saved = await saveClips([clipInput({ url: `${A}?utm_source=wx#top` }), clipInput({ url: B, text: '二、其他' })]);
    const [change] = await notices();
    expect(change.pages?.sort()).toEqual([A, B]);
    expect(change.saved).toEqual(saved.map((c) => c.id));
    expect(touchesPage(change, `${A}#elsewhere`)).toBe(true);
    expect(touchesPage(change, 'https://www.cast.org.cn/c.html')).toBe(false);
  });

  it('an update, a deletion and an undo each name the clip’s page, with a new notice every time', async () => {
    const [clip] = await saveClips([clipInput({ url: A })]);
    await notices();
    await updateClip(clip.id, { tags: ['重点'] });
    await deleteClips([clip.id]);
    await restoreClips([clip]);
    const changes = await notices();
    expect(changes.map((c) => c.pages)).toEqual([[A], [A], [A]]);
    // Only saves name clips: a page holding this one must still re-read it after an edit.
    expect(changes.map((c) => c.saved)).toEqual([null, null, null]);
    expect(new Set(changes.map((c) => c.id)).size).toBe(3);
  });

  it('a clear, or an import touching many pages, may concern any page', async () => {
    const [clip] = await saveClips([clipInput({ url: A })]);
    await notices();
    const many = Array.from({ length: 60 }, (_, i) => ({ ...clip, id: `id-${i}`, page: { ...clip.page, url: `${A}?p=${i}` } }));
    await importClips(many);
    await clearClips();
    const changes = await notices();
    expect(changes.map((c) => c.pages)).toEqual([null, null]);
    expect(touchesPage(changes[0], B)).toBe(true);
  });

  it('a write that fails announces nothing', async () => {
    const [clip] = await saveClips([clipInput({ url: A })]);
    await notices();
    await expect(updateClip('no-such-id', { note: 'x' })).rejects.toThrow(/No clip/);
    await expect(updateClip(clip.id, { tags: ['x'.repeat(10_000)] })).rejects.toThrow();
    expect(await notices()).toEqual([]);
  });

  it('ignores other storage keys and malformed notices', async () => {
    await fakeBrowser.storage.local.set({ settings: { uiLang: 'en' } });
    await fakeBrowser.storage.local.set({ libraryChange: { pages: [A] } });
    expect(await notices()).toEqual([]);
  });
});
