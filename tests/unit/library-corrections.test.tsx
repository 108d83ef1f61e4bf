// @vitest-environment happy-dom
// Correcting a clip's detected fields in the library page, with the mouse and with the keyboard,
// against the real store (fake-indexeddb).
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { App, type LibraryHook } from '../../components/library/App';
import { libraryStore } from '../../entrypoints/library/store';
import { toSimplified } from '../../lib/convert/engine';
import { getClip, saveClips } from '../../lib/store/clips';
import { getDb } from '../../lib/store/db';
import type { Lang } from '../../lib/i18n';
import { statInput } from './store-fixtures';
import { useMountRoot } from './library-dom';

const root = useMountRoot();
beforeEach(async () => {
  await getDb().delete();
});

async function mount(lang: Lang = 'en') {
  const [clip] = await saveClips([statInput()]);
  let hook!: LibraryHook;
  await act(() => {
    render(<App store={libraryStore} simplify={toSimplified} initialLang={lang} initialTheme="auto" onHook={(h) => (hook = h)} />, root());
  });
  await act(() => hook.ready);
  return clip;
}

const settle = () => act(() => new Promise<void>((resolve) => setTimeout(resolve, 0)));
const dialog = () => root().querySelector<HTMLElement>('[role="dialog"]');
const field = (name: string) => root().querySelector<HTMLInputElement>(`#correct-${name}`)!;

async function type(input: HTMLInputElement, value: string) {
  await act(async () => {
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

describe('library: correcting detected values', () => {
  it('saves a correction from the dialog and shows it beside the detected value', async () => {
    const clip = await mount();
    const button = root().querySelector<HTMLButtonElement>('button[aria-label="Correct detected values (E)"]')!;
    await act(async () => button.click());
    expect(dialog()?.getAttribute('aria-modal')).toBe('true');
    expect(document.activeElement).toBe(field('date'));
    expect(root().querySelector('#detected-value')?.textContent).toBe('Detected: 200');
    expect(root().querySelector('#detected-org')?.textContent).toBe('Detected: 中国科协');

    await type(field('value'), '250');
    await type(field('org'), '湖北省科协');
    await act(async () => root().querySelector<HTMLButtonElement>('.correction-dialog button[type="submit"]')!.click());
    await settle();
    expect(dialog()).toBeNull();
    const stored = await getClip(clip.id);
    expect(stored?.corrected).toEqual({ value: 250, org: '湖北省科协' });
    expect(stored?.value).toBe(200);
    const org = root().querySelector('[data-row="0"] .c-org')!;
    expect(org.textContent).toContain('湖北省科协');
    expect(org.querySelector('.corrected-mark')?.getAttribute('aria-label')).toBe('corrected; detected: 中国科协');
  });

  it('opens with E on a row, refuses a value that is not a number, and closes with Escape', async () => {
    const clip = await mount('zh-TW');
    const row = root().querySelector<HTMLElement>('[data-row="0"]')!;
    await act(async () => {
      row.focus();
      row.dispatchEvent(new KeyboardEvent('keydown', { key: 'e', bubbles: true }));
    });
    expect(dialog()?.textContent).toContain('更正辨識結果');

    await type(field('value'), '兩百');
    await act(async () => root().querySelector<HTMLButtonElement>('.correction-dialog button[type="submit"]')!.click());
    expect(dialog()?.querySelector('[role="alert"]')?.textContent).toContain('未儲存');

    await act(async () => {
      field('value').dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    });
    expect(dialog()).toBeNull();
    await settle();
    expect((await getClip(clip.id))?.corrected).toBeUndefined();
    // The list did not take the dialog's keys as its own (Escape, letters): the clip is still there.
    expect(root().querySelectorAll('.clip-row:not(.head)')).toHaveLength(1);
  });
});
