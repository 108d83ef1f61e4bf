// A user action reaches the tab's reader; the page's answer carries its status, which the badge
// follows whether the action worked or not.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { act, forgetTab } from '../../lib/background/tabs';
import type { PageStatus } from '../../lib/types';

const TAB = 7;
const status = (converted: PageStatus['converted']) =>
  ({ url: 'https://www.cast.org.cn/a.html', script: 'simplified', converted, isOfficial: true, counts: { tasks: 3, stats: 2, clipped: 0 } }) as PageStatus;

let badge: Array<{ tabId?: number; text: string }>;

beforeEach(() => {
  fakeBrowser.reset();
  forgetTab(TAB);
  badge = [];
  vi.spyOn(fakeBrowser.scripting, 'executeScript').mockResolvedValue([]);
  vi.spyOn(fakeBrowser.action, 'setBadgeText').mockImplementation(async (d) => void badge.push(d as { tabId?: number; text: string }));
  vi.spyOn(fakeBrowser.action, 'setBadgeBackgroundColor').mockResolvedValue(undefined);
  vi.spyOn(fakeBrowser.action, 'setTitle').mockResolvedValue(undefined);
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockReturnValue('');
  vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('en');
});
afterEach(() => vi.restoreAllMocks());

const answer = (reply: unknown) => vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(reply as never);
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('act', () => {
  it('returns the value and paints the badge from the status the page sent with it', async () => {
    const send = answer({ ok: true, value: [{ id: 'c1' }], status: status('tw') });
    expect(await act(TAB, { action: 'clipItems', kind: 'task' })).toEqual([{ id: 'c1' }]);
    expect(send).toHaveBeenCalledWith(TAB, { type: 'act', act: { action: 'clipItems', kind: 'task' } }, { frameId: 0 });
    await flush();
    expect(badge).toEqual([{ tabId: TAB, text: '5' }]);
  });

  it('throws the page\'s error, and still paints the status that came with it', async () => {
    answer({ ok: false, error: 'Nothing to convert', status: status(null) });
    await expect(act(TAB, { action: 'toggle' })).rejects.toThrow('Nothing to convert');
    await flush();
    expect(badge).toEqual([{ tabId: TAB, text: '5' }]);
  });

  it('leaves the badge alone when the answer has no status', async () => {
    answer({ ok: false, error: 'Settings could not be read' });
    await expect(act(TAB, { action: 'toggle' })).rejects.toThrow('Settings could not be read');
    await flush();
    expect(badge).toEqual([]);
  });

  it('brings the reader again when the page it knew is gone', async () => {
    const inject = vi.mocked(fakeBrowser.scripting.executeScript);
    const send = vi
      .spyOn(fakeBrowser.tabs, 'sendMessage')
      .mockRejectedValueOnce(new Error('Could not establish connection. Receiving end does not exist.'))
      .mockResolvedValueOnce({ ok: true, value: null, status: status(null) } as never);
    await act(TAB, { action: 'status' });
    expect(send).toHaveBeenCalledTimes(2);
    expect(inject).toHaveBeenCalledTimes(2);
  });
});
