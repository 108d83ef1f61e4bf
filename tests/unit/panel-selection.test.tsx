// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { getUiRoot } from '../../lib/content/panel-host';
import { watchSelection } from '../../lib/content/selection-button';
import { OWN_UI_TAG } from '../../lib/page/model';

function select(node: Node, start: number, end: number): void {
  const range = document.createRange();
  range.setStart(node, start);
  range.setEnd(node, end);
  const selection = document.getSelection()!;
  selection.removeAllRanges();
  selection.addRange(range);
}

const button = () =>
  document.querySelector(OWN_UI_TAG)?.shadowRoot?.querySelector('button.clip-selection') as HTMLButtonElement | null;

function trustedClick(el: Element): void {
  const event = new MouseEvent('click', { bubbles: true });
  // Browsers make isTrusted an unforgeable own property; happy-dom has none, so a test may.
  Object.defineProperty(event, 'isTrusted', { value: true });
  el.dispatchEvent(event);
}

let watcher: { stop(): void } | null = null;
beforeEach(() => {
  vi.useFakeTimers();
  document.documentElement.innerHTML = '<head></head><body><p>全年培训近200人</p><textarea>草稿</textarea></body>';
  document.getSelection()!.removeAllRanges();
});
afterEach(() => {
  watcher?.stop();
  watcher = null;
  vi.useRealTimers();
});

describe('watchSelection', () => {
  it('adds nothing to the page until there is a selection', () => {
    watcher = watchSelection(document, vi.fn(), 'en');
    expect(document.querySelector(OWN_UI_TAG)).toBeNull();
  });

  it('shows a labelled button once a selection settles, and hides it when the selection collapses', () => {
    watcher = watchSelection(document, vi.fn(), 'zh-TW');
    select(document.querySelector('p')!.firstChild!, 4, 8);
    vi.advanceTimersByTime(250);
    expect(button()?.hidden).toBe(false);
    expect(button()!.getAttribute('aria-label')).toBe('摘錄所選文字（Alt+Shift+C）');
    document.getSelection()!.collapseToEnd();
    expect(button()!.hidden).toBe(true);
  });

  it('clips on a real click only', () => {
    const onClip = vi.fn();
    watcher = watchSelection(document, onClip, 'en');
    select(document.querySelector('p')!.firstChild!, 0, 4);
    vi.advanceTimersByTime(250);
    button()!.click();
    expect(onClip).not.toHaveBeenCalled();
    trustedClick(button()!);
    expect(onClip).toHaveBeenCalledTimes(1);
    expect(button()!.hidden).toBe(true);
  });

  it('ignores selections inside our own UI', () => {
    watcher = watchSelection(document, vi.fn(), 'en');
    const root = getUiRoot(document);
    const own = document.createElement('p');
    own.textContent = '面板文字';
    root.appendChild(own);
    select(own.firstChild!, 0, 2);
    vi.advanceTimersByTime(250);
    expect(button()).toBeNull();
    own.remove();
  });

  it('hides on scroll and takes its host out on stop', () => {
    watcher = watchSelection(document, vi.fn(), 'en');
    select(document.querySelector('p')!.firstChild!, 0, 4);
    vi.advanceTimersByTime(250);
    document.dispatchEvent(new Event('scroll'));
    expect(button()!.hidden).toBe(true);
    watcher.stop();
    watcher = null;
    expect(document.querySelector(OWN_UI_TAG)).toBeNull();
  });
});
