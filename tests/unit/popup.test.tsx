// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Popup } from '../../components/popup/Popup';
import type { TabAction, ToBackground } from '../../lib/messages';
import { getSettings, saveSettings } from '../../lib/settings';
import type { PageStatus } from '../../lib/types';

const TAB_ID = 7;
const URL_ = 'https://www.cast.org.cn/art/2024/notice.html';

function pageStatus(patch: Partial<PageStatus> = {}): PageStatus {
  return {
    url: URL_,
    script: 'simplified',
    converted: null,
    offer: 'tw',
    isOfficial: true,
    kind: 'notice',
    meta: { title: '关于开展科技活动的通知', date: '2024-05-10', source: null, org: '中国科协', docNumber: '科协发〔2024〕12号' },
    counts: { tasks: 4, stats: 2, clipped: 1 },
    highlights: true,
    panel: false,
    skippedFrames: 0,
    injectMs: 3,
    timings: {},
    ...patch,
  };
}

let container: HTMLElement;
let sent: ToBackground[];

/** Answers `tab` messages with `answer(act)`; a thrown error becomes an `ok: false` reply. */
function stubBackground(answer: (act: TabAction) => unknown) {
  vi.spyOn(browser.runtime, 'sendMessage').mockImplementation((async (message: ToBackground) => {
    sent.push(message);
    if (message.type !== 'tab') return { ok: true, value: null };
    try {
      return { ok: true, value: answer(message.act) };
    } catch (error) {
      return { ok: false, error: (error as Error).message };
    }
  }) as typeof browser.runtime.sendMessage);
}

async function renderPopup() {
  await act(async () => {
    render(<Popup />, container);
  });
  await vi.waitFor(() => {
    expect(container.querySelector('.popup')?.getAttribute('aria-busy')).toBe('false');
  });
}

function toggleButton(): HTMLButtonElement {
  return container.querySelector<HTMLButtonElement>('.toggle-main')!;
}

beforeEach(() => {
  fakeBrowser.reset();
  sent = [];
  container = document.createElement('div');
  document.body.append(container);
  vi.spyOn(browser.tabs, 'query').mockImplementation((async () => [{ id: TAB_ID, url: URL_ }]) as unknown as typeof browser.tabs.query);
});

afterEach(() => {
  render(null, container);
  container.remove();
  vi.restoreAllMocks();
});

describe('popup', () => {
  it('labels the toggle "current → target" and sends the toggle for the active tab', async () => {
    await saveSettings({ uiLang: 'zh-CN' });
    let status = pageStatus();
    stubBackground((tabAct) => {
      if (tabAct.action === 'toggle') status = pageStatus({ converted: tabAct.target ?? null });
      return status;
    });
    await renderPopup();

    const button = toggleButton();
    expect(button.disabled).toBe(false);
    expect(button.textContent).toContain('简体');
    expect(button.textContent).toContain('→');
    expect(button.textContent).toContain('繁體(台灣)');
    expect(container.textContent).toContain('公文页面');
    expect(container.textContent).toContain('科协发〔2024〕12号');

    await act(async () => button.click());
    await vi.waitFor(() => expect(container.textContent).toContain('恢复原文'));
    expect(sent).toContainEqual({ type: 'tab', tabId: TAB_ID, act: { action: 'toggle', target: 'tw' } });
    // Converted: the main button now leads back to the original script.
    expect(toggleButton().textContent).toMatch(/繁體\(台灣\).*→.*简体/);
  });

  it('converts to the target chosen in the select, offering twp only when allowed', async () => {
    await saveSettings({ uiLang: 'en' });
    stubBackground(() => pageStatus());
    await renderPopup();
    const select = container.querySelector<HTMLSelectElement>('.toggle-target select')!;
    const values = [...select.options].map((option) => option.value);
    expect(values).toEqual(['tw', 'hk', 't']);

    await act(async () => {
      select.value = 'hk';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(toggleButton().textContent).toContain('繁體(香港)');
    await act(async () => toggleButton().click());
    expect(sent).toContainEqual({ type: 'tab', tabId: TAB_ID, act: { action: 'toggle', target: 'hk' } });
  });

  it('offers twp when the settings allow it', async () => {
    await saveSettings({ allowTwp: true });
    stubBackground(() => pageStatus());
    await renderPopup();
    const values = [...container.querySelectorAll<HTMLOptionElement>('.toggle-target option')].map((o) => o.value);
    expect(values).toContain('twp');
  });

  it('disables the toggle with a reason on a page without Chinese', async () => {
    await saveSettings({ uiLang: 'en' });
    stubBackground(() => pageStatus({ script: 'none', offer: null, isOfficial: false, kind: 'other' }));
    await renderPopup();
    const button = toggleButton();
    expect(button.disabled).toBe(true);
    const reason = container.querySelector(`#${button.getAttribute('aria-describedby')}`);
    expect(reason?.textContent).toBe('No Chinese text on this page');
  });

  it('disables the toggle with a reason where the content script cannot run', async () => {
    await saveSettings({ uiLang: 'zh-TW' });
    stubBackground(() => {
      throw new Error("Gongwen Lens can't run on this page (browser or store pages)");
    });
    await renderPopup();
    const button = toggleButton();
    expect(button.disabled).toBe(true);
    expect(container.querySelector(`#${button.getAttribute('aria-describedby')}`)?.textContent).toBe(
      '公文透鏡無法在此頁面執行',
    );
    expect(container.textContent).toContain('browser or store pages');
    expect(document.documentElement.lang).toBe('zh-TW');
  });

  it('treats a rejected message (no receiver) as a page it cannot run on', async () => {
    await saveSettings({ uiLang: 'en' });
    vi.spyOn(browser.runtime, 'sendMessage').mockRejectedValue(new Error('Could not establish connection.'));
    await renderPopup();
    expect(toggleButton().disabled).toBe(true);
    expect(container.textContent).toContain("Gongwen Lens can't run on this page");
  });

  it('shows a failed action as an alert and keeps the popup usable', async () => {
    await saveSettings({ uiLang: 'en' });
    stubBackground((tabAct) => {
      if (tabAct.action === 'clipSelection') throw new Error('Nothing is selected');
      return pageStatus();
    });
    await renderPopup();
    const clip = [...container.querySelectorAll('button')].find((b) => b.textContent === 'Clip selection')!;
    await act(async () => clip.click());
    await vi.waitFor(() => expect(container.querySelector('[role="alert"]')?.textContent).toContain('Nothing is selected'));
    expect(toggleButton().disabled).toBe(false);
  });

  it('saves a site rule for the page host from the quick switch', async () => {
    await saveSettings({ uiLang: 'en' });
    stubBackground(() => pageStatus());
    await renderPopup();
    const select = container.querySelector<HTMLSelectElement>('.site-rule select')!;
    await act(async () => {
      select.value = 'never';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await vi.waitFor(async () => expect((await getSettings()).siteRules).toEqual({ 'www.cast.org.cn': { mode: 'never' } }));
  });
});
