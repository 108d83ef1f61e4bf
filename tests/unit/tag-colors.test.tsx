// @vitest-environment happy-dom
// Tag colours in the library, the last-used tag, and the shortcut that clips with it.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App, type LibraryHook } from '../../components/library/App';
import { textOn } from '../../components/library/TagColors';
import { libraryStore } from '../../entrypoints/library/store';
import { toSimplified } from '../../lib/convert/engine';
import { addedTag, getLastTag, setLastTag } from '../../lib/library/last-tag';
import { getSettings, saveSettings } from '../../lib/settings';
import { getClip, saveClips } from '../../lib/store/clips';
import { getDb } from '../../lib/store/db';
import { clipInput } from './store-fixtures';
import { useMountRoot } from './library-dom';

const acted = vi.hoisted(() => [] as unknown[]);
vi.mock('../../lib/background/tabs', () => ({
  act: async (...args: unknown[]) => void acted.push(args),
}));
const { listenMenusAndCommands } = await import('../../lib/background/menus');

beforeEach(async () => {
  fakeBrowser.reset();
  acted.length = 0;
  await getDb().delete();
});
afterEach(() => vi.restoreAllMocks());

describe('tag colour settings', () => {
  it('accepts #rrggbb colours and refuses anything else', async () => {
    expect((await saveSettings({ tagColors: { 科普: '#1a5fB4' } })).tagColors).toEqual({ 科普: '#1a5fB4' });
    for (const bad of ['red', '#fff', '#12345g', 'url(x)']) {
      await expect(saveSettings({ tagColors: { 科普: bad } })).rejects.toThrow(/tagColors/);
    }
    expect((await getSettings()).tagColors).toEqual({ 科普: '#1a5fB4' });
  });

  it('picks readable chip text', () => {
    expect(textOn('#ffff00')).toBe('#000000');
    expect(textOn('#1a1a80')).toBe('#ffffff');
  });
});

describe('last-used tag', () => {
  it('is the last tag added, not one that was already there', () => {
    expect(addedTag(['a'], ['a', 'b', 'c'])).toBe('c');
    expect(addedTag(['a', 'b'], ['b'])).toBeNull();
  });

  it('the tagged-clip shortcut clips the selection with it, or plainly when there is none', async () => {
    vi.spyOn(browser.tabs, 'query').mockImplementation((async () => [{ id: 5 }]) as unknown as typeof browser.tabs.query);
    // The fake browser implements neither event: keep the command listener to call it as the browser would.
    vi.spyOn(browser.contextMenus.onClicked, 'addListener').mockImplementation(() => {});
    let onCommand!: (command: string) => Promise<void>;
    vi.spyOn(browser.commands.onCommand, 'addListener').mockImplementation(((listener: typeof onCommand) => {
      onCommand = listener;
    }) as never);
    listenMenusAndCommands();
    await onCommand('clip-selection-tagged');
    await vi.waitFor(() => expect(acted).toEqual([[5, { action: 'clipSelection' }]]));
    await setLastTag('重点');
    await onCommand('clip-selection-tagged');
    await vi.waitFor(() => expect(acted[1]).toEqual([5, { action: 'clipSelection', tag: '重点' }]));
  });
});

describe('library: tag chips and colours', () => {
  const root = useMountRoot();

  async function mount() {
    const [clip] = await saveClips([clipInput({ tags: ['科普', '重点'] })]);
    await saveSettings({ tagColors: { 重点: '#b22222' } });
    let hook!: LibraryHook;
    await act(() => {
      render(<App store={libraryStore} simplify={toSimplified} initialLang="en" initialTheme="auto" onHook={(h) => (hook = h)} />, root());
    });
    await act(() => hook.ready);
    return clip;
  }

  const chips = () => [...root().querySelectorAll<HTMLElement>('[data-row="0"] .tag-chip')];

  it('shows tags as chips in their colours and sets a colour from the overview', async () => {
    await mount();
    await vi.waitFor(() => expect(chips().map((c) => c.style.background)).toEqual(['', '#b22222']));
    expect(chips().map((c) => c.textContent)).toEqual(['科普', '重点']);

    await act(async () => root().querySelector<HTMLButtonElement>('#tab-overview')!.click());
    const picker = root().querySelector<HTMLInputElement>('input[aria-label="Colour of tag 科普"]')!;
    await act(async () => {
      picker.value = '#00ff00';
      picker.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await vi.waitFor(async () => expect((await getSettings()).tagColors).toEqual({ 重点: '#b22222', 科普: '#00ff00' }));
    await act(async () => root().querySelector<HTMLButtonElement>('button[aria-label="Remove the colour of tag 重点"]')!.click());
    await vi.waitFor(async () => expect((await getSettings()).tagColors).toEqual({ 科普: '#00ff00' }));
  });

  it('remembers the tag added last as the last-used tag', async () => {
    const clip = await mount();
    await act(async () => root().querySelector<HTMLButtonElement>('[data-row="0"] .c-tags button')!.click());
    const input = root().querySelector<HTMLInputElement>('[data-row="0"] .c-tags input')!;
    await act(async () => {
      input.value = '科普, 重点, 年度任务';
      input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    });
    await vi.waitFor(async () => expect(await getLastTag()).toBe('年度任务'));
    expect((await getClip(clip.id))?.tags).toEqual(['科普', '重点', '年度任务']);
  });
});
