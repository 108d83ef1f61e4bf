// Library writes are announced to the other contexts once committed: what kind of write, which
// clips, on which pages; and a page reads its clips again only when a write concerns them.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { needsReread, onLibraryChange, type LibraryChange } from '../../lib/store/changes';
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
    expect(change).toMatchObject({ kind: 'save', clips: saved.map((c) => c.id) });
    expect(change.pages?.sort()).toEqual([A, B]);
  });

  it('an update, a deletion and an undo each name the clip and its page, with a new notice every time', async () => {
    const [clip] = await saveClips([clipInput({ url: A })]);
    await notices();
    await updateClip(clip.id, { tags: ['重点'] });
    await deleteClips([clip.id]);
    await restoreClips([clip]);
    const changes = await notices();
    expect(changes.map(({ kind, pages, clips }) => ({ kind, pages, clips }))).toEqual(
      ['update', 'delete', 'restore'].map((kind) => ({ kind, pages: [A], clips: [clip.id] })),
    );
    expect(new Set(changes.map((c) => c.id)).size).toBe(3);
  });

  it('a clear, or an import touching many pages, may concern any page', async () => {
    const [clip] = await saveClips([clipInput({ url: A })]);
    await notices();
    const many = Array.from({ length: 60 }, (_, i) => ({ ...clip, id: `id-${i}`, page: { ...clip.page, url: `${A}?p=${i}` } }));
    await importClips(many);
    await clearClips();
    const changes = await notices();
    expect(changes.map(({ kind, pages }) => ({ kind, pages }))).toEqual([
      { kind: 'import', pages: null },
      { kind: 'clear', pages: null },
    ]);
    expect(changes[1].clips).toBeNull();
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
    await fakeBrowser.storage.local.set({ libraryChange: { id: 'x', from: 'y', kind: 'rename', pages: [A], clips: null } });
    expect(await notices()).toEqual([]);
  });
});

describe('needsReread', () => {
  const change = (kind: LibraryChange['kind'], pages: string[] | null, clips: string[] | null): LibraryChange => ({
    id: 'n',
    from: 'elsewhere',
    kind,
    pages,
    clips,
  });
  const held = new Set(['mine']);
  const cases: Array<[string, LibraryChange, boolean]> = [
    ['a write on another page', change('update', [B], ['other']), false],
    ['a save of clips the page holds (its own)', change('save', [A], ['mine']), false],
    ['a save of a clip it does not hold (another tab)', change('save', [A], ['mine', 'new']), true],
    ['a save too large to name its clips', change('save', [A], null), true],
    ['an update of one of its clips', change('update', [A], ['mine']), true],
    ['a deletion of a clip it does not hold', change('delete', [A], ['other']), false],
    ['a deletion of one of its clips', change('delete', [A], ['mine']), true],
    ['an undo of a deletion', change('restore', [A], ['other']), true],
    ['an import that may touch any page', change('import', null, null), true],
    ['a clear, when it holds clips', change('clear', null, null), true],
  ];
  it.each(cases)('%s: %s', (_, c, expected) => {
    expect(needsReread(c, `${A}#section-2`, held)).toBe(expected);
  });
  it('a clear, when it holds none', () => {
    expect(needsReread(change('clear', null, null), A, new Set())).toBe(false);
  });
});
