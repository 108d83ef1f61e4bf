// @vitest-environment happy-dom
// The options page: settings saved as they change, site rules added, validated and removed.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Options } from '../../components/options/Options';
import { getSettings, saveSettings } from '../../lib/settings';

let container: HTMLElement;

async function renderOptions() {
  await act(async () => {
    render(<Options />, container);
  });
  await vi.waitFor(() => expect(container.querySelector('h1')).not.toBeNull());
}

function change(el: HTMLInputElement | HTMLSelectElement, value: string) {
  return act(async () => {
    if (el instanceof HTMLInputElement && el.type === 'checkbox') el.checked = value === 'on';
    else el.value = value;
    el.dispatchEvent(new Event(el instanceof HTMLInputElement && el.type === 'text' ? 'input' : 'change', { bubbles: true }));
  });
}

const savedText = () => container.querySelector('.save-state')?.textContent ?? '';

beforeEach(async () => {
  fakeBrowser.reset();
  await saveSettings({ uiLang: 'en' });
  container = document.createElement('div');
  document.body.append(container);
});

afterEach(() => {
  render(null, container);
  container.remove();
  vi.restoreAllMocks();
});

describe('options page', () => {
  it('saves a changed setting at once and says so', async () => {
    await renderOptions();
    expect(savedText()).toBe('');
    await change(container.querySelector<HTMLInputElement>('#allowTwp')!, 'on');
    await vi.waitFor(async () => expect((await getSettings()).allowTwp).toBe(true));
    await vi.waitFor(() => expect(savedText()).toContain('Saved'));

    await change(container.querySelector<HTMLSelectElement>('#defaultTarget')!, 'hk');
    await vi.waitFor(async () => expect((await getSettings()).defaultTarget).toBe('hk'));
  });

  it('rejects a bad backup interval without saving it', async () => {
    await renderOptions();
    await change(container.querySelector<HTMLInputElement>('#backupEvery')!, '-3');
    expect(container.querySelector('[role="alert"]')?.textContent).toContain('whole number');
    expect((await getSettings()).backupEvery).toBe(200);
  });

  it('adds, changes and removes site rules', async () => {
    await renderOptions();
    const form = container.querySelector<HTMLFormElement>('.rule-add')!;
    const hostInput = form.querySelector<HTMLInputElement>('input')!;

    await change(hostInput, 'not a host');
    await act(async () => form.requestSubmit());
    expect(container.querySelector('#host-error')?.textContent).toContain('not a host');
    expect((await getSettings()).siteRules).toEqual({});

    await change(hostInput, 'https://WWW.Gov.cn/zhengce/');
    await change(form.querySelector('select')!, 'never');
    await act(async () => form.requestSubmit());
    await vi.waitFor(async () => expect((await getSettings()).siteRules).toEqual({ 'www.gov.cn': { mode: 'never' } }));
    await vi.waitFor(() => expect(container.querySelector('.rules tbody th')?.textContent).toBe('www.gov.cn'));
    expect(container.querySelector('#host-error')).toBeNull();

    await change(container.querySelector<HTMLSelectElement>('.rules select')!, 'always:t');
    await vi.waitFor(async () =>
      expect((await getSettings()).siteRules).toEqual({ 'www.gov.cn': { mode: 'always', target: 't' } }),
    );

    const remove = container.querySelector<HTMLButtonElement>('button[aria-label="Remove the rule for www.gov.cn"]')!;
    await act(async () => remove.click());
    await vi.waitFor(async () => expect((await getSettings()).siteRules).toEqual({}));
    await vi.waitFor(() => expect(container.textContent).toContain('No site rules yet.'));
  });

  it('follows the interface language setting', async () => {
    await saveSettings({ uiLang: 'zh-TW' });
    await renderOptions();
    expect(container.querySelector('h1')?.textContent).toBe('公文透鏡設定');
    await change(container.querySelector<HTMLSelectElement>('#uiLang')!, 'zh-CN');
    await vi.waitFor(() => expect(container.querySelector('h1')?.textContent).toBe('公文透镜设置'));
  });

  it('lists the shortcuts with their suggested keys when the browser cannot tell', async () => {
    await renderOptions();
    await vi.waitFor(() => expect(container.querySelector('.shortcuts')?.textContent).toContain('Alt+Shift+T'));
  });

  it('lists the shortcuts the browser has assigned', async () => {
    vi.spyOn(fakeBrowser.commands, 'getAll').mockResolvedValue([
      { name: 'toggle-script', shortcut: 'Ctrl+Shift+Y' },
      { name: 'toggle-panel', shortcut: '' },
    ]);
    await renderOptions();
    const shortcuts = container.querySelector('.shortcuts')!;
    await vi.waitFor(() => expect(shortcuts.textContent).toContain('Ctrl+Shift+Y'));
    expect(shortcuts.textContent).not.toContain('Alt+Shift+T');
    expect(shortcuts.textContent).toContain('not set');
  });
});
