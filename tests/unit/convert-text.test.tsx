// @vitest-environment happy-dom
// "Convert text" in the popup: the background's convertText message (extension pages only, one
// bounded string) and the popup box that types, pastes, takes the selection, converts and copies.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Reply, ToBackground } from '../../lib/messages';
import { saveSettings } from '../../lib/settings';

const converted = vi.hoisted(() => ({ calls: [] as unknown[] }));
vi.mock('../../lib/platform/converter-host', () => ({
  converterHost: {
    // A stand-in that shows which target and text it got; the real converter is tested elsewhere.
    convert: async (target: string, texts: string[]) => {
      converted.calls.push([target, texts]);
      return texts.map((t) => `${target}:${t.replace(/后/g, '後')}`);
    },
    prepare: async () => {},
  },
}));

const { listen } = await import('../../lib/background/router');
const { Popup } = await import('../../components/popup/Popup');

async function deliver(message: unknown, sender: object): Promise<Reply<unknown>> {
  return new Promise((resolve) => {
    // The fake browser types trigger() without the sendResponse argument the router answers through.
    const trigger = fakeBrowser.runtime.onMessage.trigger as (...args: unknown[]) => Promise<unknown>;
    void trigger(message, sender, resolve);
  });
}
const extensionPage = () => ({ id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/popup.html') });
const contentScript = { id: fakeBrowser.runtime.id, url: 'https://www.cast.org.cn/a.html', tab: { id: 7 }, frameId: 0 };

beforeEach(() => {
  fakeBrowser.reset();
  converted.calls.length = 0;
});

describe('convertText message', () => {
  beforeEach(() => listen());

  it('replies with the one converted string to an extension page', async () => {
    const reply = await deliver({ type: 'convertText', target: 'hk', text: '以后' }, extensionPage());
    expect(reply).toEqual({ ok: true, value: 'hk:以後' });
    expect(converted.calls).toEqual([['hk', ['以后']]]);
  });

  it('is refused from a content script and above 100,000 characters', async () => {
    const fromPage = await deliver({ type: 'convertText', target: 'tw', text: '以后' }, contentScript);
    expect(fromPage.ok).toBe(false);
    const tooLong = await deliver({ type: 'convertText', target: 'tw', text: '字'.repeat(100_001) }, extensionPage());
    expect(tooLong.ok).toBe(false);
    expect(!tooLong.ok && tooLong.error).toMatch(/Malformed message/);
    const atLimit = await deliver({ type: 'convertText', target: 'tw', text: '字'.repeat(100_000) }, extensionPage());
    expect(atLimit.ok).toBe(true);
    expect(converted.calls).toHaveLength(1);
  });
});

describe('popup text box', () => {
  let container: HTMLElement;
  let sent: ToBackground[];

  beforeEach(() => {
    sent = [];
    container = document.createElement('div');
    document.body.append(container);
    vi.spyOn(browser.tabs, 'query').mockImplementation((async () => [{ id: 9, url: 'https://a.cn/' }]) as unknown as typeof browser.tabs.query);
    vi.spyOn(browser.runtime, 'sendMessage').mockImplementation((async (message: ToBackground) => {
      sent.push(message);
      if (message.type === 'convertText') return { ok: true, value: `${message.target}:${message.text}` };
      return { ok: false, error: 'no page here' };
    }) as typeof browser.runtime.sendMessage);
  });
  afterEach(() => {
    render(null, container);
    container.remove();
    vi.restoreAllMocks();
  });

  async function renderBox() {
    await act(async () => render(<Popup />, container));
    await vi.waitFor(() => expect(container.querySelector('.text-converter')).not.toBeNull());
    return {
      input: container.querySelector<HTMLTextAreaElement>('#convert-text-input')!,
      select: container.querySelector<HTMLSelectElement>('.convert-target select')!,
      button: (name: string) => [...container.querySelectorAll('button')].find((b) => b.textContent === name)!,
      result: () => container.querySelector<HTMLTextAreaElement>('#convert-text-result')?.value,
    };
  }

  it('converts typed text to the chosen target and copies the result', async () => {
    await saveSettings({ uiLang: 'en' });
    const writeText = vi.fn(async () => {});
    Object.defineProperty(navigator, 'clipboard', { value: { writeText, readText: vi.fn() }, configurable: true });
    const box = await renderBox();
    expect([...box.select.options].map((o) => o.value)).toEqual(['tw', 'hk', 't', 'cn']);

    await act(async () => {
      box.input.value = '软件';
      box.input.dispatchEvent(new Event('input', { bubbles: true }));
      box.select.value = 't';
      box.select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await act(async () => box.button('Convert').click());
    await vi.waitFor(() => expect(box.result()).toBe('t:软件'));
    expect(sent).toContainEqual({ type: 'convertText', target: 't', text: '软件' });

    await act(async () => box.button('Copy').click());
    await vi.waitFor(() => expect(writeText).toHaveBeenCalledWith('t:软件'));
    expect(container.textContent).toContain('Copied.');
  });

  it('pastes from the clipboard and converts at once; without access it asks for Ctrl+V', async () => {
    await saveSettings({ uiLang: 'zh-CN', allowTwp: true });
    const readText = vi.fn(async () => '网络');
    Object.defineProperty(navigator, 'clipboard', { value: { readText, writeText: vi.fn() }, configurable: true });
    const box = await renderBox();
    expect([...box.select.options].map((o) => o.value)).toContain('twp');

    await act(async () => box.button('从剪贴板粘贴').click());
    await vi.waitFor(() => expect(box.result()).toBe('tw:网络'));
    expect(box.input.value).toBe('网络');

    readText.mockRejectedValueOnce(new DOMException('denied', 'NotAllowedError'));
    await act(async () => box.button('从剪贴板粘贴').click());
    await vi.waitFor(() => expect(container.textContent).toContain('请在文本框中按 Ctrl+V'));
  });

  it("takes the active tab's selection through scripting", async () => {
    await saveSettings({ uiLang: 'en' });
    const executeScript = vi
      .spyOn(browser.scripting, 'executeScript')
      .mockResolvedValue([{ frameId: 0, result: '科协' }] as never);
    const box = await renderBox();
    await act(async () => box.button('Use selection').click());
    await vi.waitFor(() => expect(box.result()).toBe('tw:科协'));
    expect(executeScript.mock.calls[0][0]).toMatchObject({ target: { tabId: 9 } });

    executeScript.mockResolvedValue([{ frameId: 0, result: '' }] as never);
    await act(async () => box.button('Use selection').click());
    await vi.waitFor(() => expect(container.querySelector('.text-converter [role="alert"]')?.textContent).toContain('Nothing is selected'));
  });
});
