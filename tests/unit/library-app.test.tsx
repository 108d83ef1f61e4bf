// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App, type LibraryHook } from '../../components/library/App';
import type { LibraryStore } from '../../components/library/useLibrary';
import { LIBRARY_CHANGE_KEY } from '../../lib/store/changes';
import { toSimplified } from '../../lib/convert/engine';
import type { Clip } from '../../lib/types';
import { makeClip } from './library-fixtures';
import { ERROR_STRINGS } from '../../lib/errors';
import { StorageFullError } from '../../lib/store/clips';
import { useMountRoot } from './library-dom';

function fakeStore(initial: Clip[]) {
  let clips = [...initial];
  const store = {
    listClips: vi.fn(async () => [...clips]),
    updateClip: vi.fn(async (id: string, patch: { tags?: string[]; note?: string }) => {
      const i = clips.findIndex((c) => c.id === id);
      clips[i] = { ...clips[i], ...patch };
      return clips[i];
    }),
    deleteClips: vi.fn(async (ids: string[]) => {
      const gone = clips.filter((c) => ids.includes(c.id));
      clips = clips.filter((c) => !ids.includes(c.id));
      return gone;
    }),
    restoreClips: vi.fn(async (back: Clip[]) => {
      clips = [...clips, ...back];
    }),
    clipsForPages: vi.fn(async (pages: string[]) => clips.filter((c) => pages.includes(c.page.url))),
    /** A write made by another context (a clip saved from a page): the store changes, word follows. */
    async writeElsewhere(next: Clip[], kind: string, pages: string[] | null) {
      clips = next;
      const change = { id: crypto.randomUUID(), from: 'another-context', kind, pages, clips: null };
      await fakeBrowser.storage.local.set({ [LIBRARY_CHANGE_KEY]: change });
    },
  } satisfies LibraryStore & { writeElsewhere: unknown };
  return store;
}

const root = useMountRoot();

async function mount(clips: Clip[], lang: 'en' | 'zh-CN' | 'zh-TW' = 'en') {
  const store = fakeStore(clips);
  let hook!: LibraryHook;
  await act(() => {
    render(
      <App store={store} simplify={toSimplified} initialLang={lang} initialTheme="auto" onHook={(h) => (hook = h)} />,
      root(),
    );
  });
  await act(() => hook.ready);
  return { store, hook };
}

/** Lets pending promises (store calls) and the renders they cause finish. */
const settle = () => act(() => new Promise<void>((resolve) => setTimeout(resolve, 0)));

const rowTexts = () => [...root().querySelectorAll('.clip-row:not(.head) .clip-text')].map((el) => el.textContent);

describe('library page', () => {
  it('shows clip text with markup as text, never as elements', async () => {
    const evil = '<img src=x onerror=alert(1)>';
    await mount([makeClip({ text: evil, context: '<b>bold</b>', note: '<script>x</script>' })]);
    expect(rowTexts()).toEqual([evil]);
    expect(root().querySelector('.clip-row img, .clip-row script, .clip-row b')).toBeNull();
    expect(root().textContent).toContain('<b>bold</b>');
  });

  it('follows writes made elsewhere: a page\'s clips in place, everything after an import', async () => {
    const A = 'https://www.cast.org.cn/a.html';
    const old = makeClip({ text: '旧的', clippedAt: '2024-05-01T10:00:00+08:00', page: { url: A } });
    const other = makeClip({ text: '别处', clippedAt: '2024-05-02T10:00:00+08:00' });
    const { store } = await mount([other, old]);
    const saved = makeClip({ text: '新摘录', clippedAt: '2024-05-03T10:00:00+08:00', page: { url: A } });
    await store.writeElsewhere([other, old, saved], 'save', [A]);
    await settle();
    expect(rowTexts()).toEqual(['新摘录', '别处', '旧的']);
    expect(store.clipsForPages).toHaveBeenCalledWith([A]);
    expect(store.listClips).toHaveBeenCalledTimes(1);

    await store.writeElsewhere([saved], 'import', null);
    await settle();
    expect(rowTexts()).toEqual(['新摘录']);
    expect(store.listClips).toHaveBeenCalledTimes(2);
  });

  it('searches across scripts through the page hook', async () => {
    const { hook } = await mount([
      makeClip({ text: '中國科學技術協會', textSimplified: '中国科学技术协会' }),
      makeClip({ text: '加强基层组织建设' }),
    ]);
    // act() renders only after its callback returns, so the search is started inside and awaited after.
    let pending!: Promise<number>;
    await act(() => {
      pending = hook.search('协会');
    });
    expect(await pending).toBe(1);
    expect(rowTexts()).toEqual(['中國科學技術協會']);
  });

  it('answers each hook search with its own result, not with a render from before it', async () => {
    const { hook } = await mount([
      makeClip({ text: '中國科學技術協會', textSimplified: '中国科学技术协会' }),
      makeClip({ text: '加强基层组织建设' }),
    ]);
    // Outside act(), as in the browser: renders run on a microtask, their effects after paint.
    const all = hook.search('');
    for (let i = 0; i < 5; i++) await Promise.resolve();
    // The first search has rendered but its effects are pending when the second one starts.
    const one = hook.search('协会');
    expect(await all).toBe(2);
    expect(await one).toBe(1);
    await settle();
  });

  it('deletes the focused clip with the Delete key and restores it with Undo', async () => {
    const { store } = await mount([
      makeClip({ text: '甲', clippedAt: '2024-05-02T10:00:00+08:00' }),
      makeClip({ text: '乙', clippedAt: '2024-05-01T10:00:00+08:00' }),
    ]);
    const firstRow = root().querySelector<HTMLElement>('[data-row="0"]')!;
    await act(async () => {
      firstRow.focus();
      firstRow.dispatchEvent(new KeyboardEvent('keydown', { key: 'Delete', bubbles: true }));
    });
    await settle();
    expect(store.deleteClips).toHaveBeenCalledOnce();
    expect(rowTexts()).toEqual(['乙']);
    const toast = root().querySelector('.toasts')!;
    expect(toast.getAttribute('aria-live')).toBe('polite');
    const undo = [...toast.querySelectorAll('button')].find((b) => b.textContent === 'Undo')!;
    await act(async () => {
      undo.click();
    });
    await settle();
    expect(store.restoreClips).toHaveBeenCalledOnce();
    expect(rowTexts()).toEqual(['甲', '乙']);
  });

  it('edits a note in place and saves it on Enter', async () => {
    const { store } = await mount([makeClip({ text: '甲' })]);
    const button = root().querySelector<HTMLButtonElement>('.c-note button')!;
    await act(() => button.click());
    const input = root().querySelector<HTMLInputElement>('.c-note input')!;
    await act(() => {
      input.value = '<i>note</i>';
      input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    });
    await settle();
    expect(store.updateClip).toHaveBeenCalledWith(expect.any(String), { note: '<i>note</i>' });
    expect(root().querySelector('.c-note button')!.textContent).toBe('<i>note</i>');
  });

  it('says "storage full" in the UI language when an edit cannot be saved, and keeps the old note', async () => {
    const { store } = await mount([makeClip({ text: '甲', note: '旧' })], 'zh-CN');
    store.updateClip.mockRejectedValueOnce(new StorageFullError(new DOMException('quota', 'QuotaExceededError')));
    await act(() => root().querySelector<HTMLButtonElement>('.c-note button')!.click());
    const input = root().querySelector<HTMLInputElement>('.c-note input')!;
    await act(() => {
      input.value = '新';
      input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    });
    await settle();
    expect(root().textContent).toContain(ERROR_STRINGS['zh-CN'].storageFull);
    expect(root().textContent).not.toContain('Storage is full');
    expect(root().querySelector('.c-note button')!.textContent).toBe('旧');
  });

  it('selects a range with shift-click and all shown clips at once', async () => {
    await mount([makeClip({ text: '一' }), makeClip({ text: '二' }), makeClip({ text: '三' })]);
    const boxes = () => [...root().querySelectorAll<HTMLInputElement>('.clip-row:not(.head) input[type=checkbox]')];
    await act(() => boxes()[0].click());
    await act(() => {
      boxes()[2].dispatchEvent(new MouseEvent('click', { bubbles: true, shiftKey: true }));
    });
    expect(boxes().map((b) => b.checked)).toEqual([true, true, true]);
    expect(root().textContent).toContain('3 selected');
    const all = root().querySelector<HTMLInputElement>('.selection-bar input[type=checkbox]')!;
    await act(() => all.click());
    expect(boxes().map((b) => b.checked)).toEqual([false, false, false]);
  });
});

describe('library import', () => {
  it('reports a bad file as an error and does not reload the library', async () => {
    const { TransferPanel } = await import('../../components/library/TransferPanel');
    const onImported = vi.fn();
    await act(() => {
      render(<TransferPanel allClips={() => []} shownClips={() => []} allCount={0} shownCount={0} onImported={onImported} />, root());
    });
    const input = root().querySelector<HTMLInputElement>('input[type=file]')!;
    const file = new File(['{"format":"something-else"}'], 'backup.json', { type: 'application/json' });
    Object.defineProperty(input, 'files', { configurable: true, value: [file] });
    await act(() => {
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });
    for (let i = 0; i < 20 && !root().querySelector('[role=alert]'); i++) await settle();
    expect(root().querySelector('[role=alert]')?.textContent).toMatch(/^Import failed, the library is unchanged: .+/);
    expect(onImported).not.toHaveBeenCalled();
  });
});

describe('library strings', () => {
  it('has every string in all three languages', async () => {
    const { missingKeys } = await import('../../lib/i18n');
    const { LIBRARY_STRINGS } = await import('../../components/library/strings');
    expect(missingKeys(LIBRARY_STRINGS)).toEqual([]);
  });
});
