// The popup's calls into the browser: which tab it is for, and messages to the background.
import { browser } from 'wxt/browser';
import { replyValue, type Reply, type TabAction, type ToBackground } from '../../lib/messages';
import type { PageStatus, Target } from '../../lib/types';

export interface ActiveTab {
  id: number;
  url: string;
}

export async function activeTab(): Promise<ActiveTab | null> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id === undefined ? null : { id: tab.id, url: tab.url ?? '' };
}

/** Sends a message to the background and unwraps its reply; a failure becomes a thrown Error. */
export async function request<T>(message: ToBackground): Promise<T> {
  const reply = (await browser.runtime.sendMessage(message)) as Reply<T> | undefined;
  return replyValue(reply, () => new Error('No answer from the extension'));
}

export function tabAction<T>(tabId: number, act: TabAction): Promise<T> {
  return request<T>({ type: 'tab', tabId, act });
}

export function fetchStatus(tabId: number): Promise<PageStatus> {
  return tabAction<PageStatus>(tabId, { action: 'status' });
}

export async function openLibrary(): Promise<void> {
  await request({ type: 'openLibrary' });
}

export async function openOptions(): Promise<void> {
  await browser.runtime.openOptionsPage();
}

/** Converts free text (typed, pasted or selected) in the background's one converter. */
export function convertText(target: Target, text: string): Promise<string> {
  return request<string>({ type: 'convertText', target, text });
}

/** The text selected in a tab's top frame ('' when nothing is selected). */
export async function selectedText(tabId: number): Promise<string> {
  const [result] = await browser.scripting.executeScript({
    target: { tabId },
    func: () => getSelection()?.toString() ?? '',
  });
  return typeof result?.result === 'string' ? result.result : '';
}
