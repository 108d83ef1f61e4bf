// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { missingKeys } from '../../lib/i18n';
import { mountPanel, type PanelProps } from '../../lib/content/panel-host';
import { PANEL_STRINGS } from '../../components/panel/strings';
import { trusted } from '../../components/panel/trusted';
import { OWN_UI_TAG } from '../../lib/page/model';
import type { Analysis, Stat, Task } from '../../lib/types';

const task = (marker: string, level: number, text: string): Task => ({ marker, level, text, start: 0, end: 0 });
const stat = (text: string, value: number, unit: string, extra: Partial<Stat> = {}): Stat => ({
  text,
  value,
  valueMax: null,
  unit,
  qualifier: null,
  start: 0,
  end: 0,
  ...extra,
});

const ANALYSIS: Analysis = {
  script: 'simplified',
  isOfficial: true,
  kind: 'notice',
  meta: { title: '关于印发工作要点的通知', date: '2019-03-18', source: null, org: '湖北省科协', docNumber: '鄂科协办〔2019〕22号' },
  text: '',
  tasks: [
    task('一、', 1, '总体要求'),
    task('（一）', 2, '加强组织建设'),
    task('1.', 3, '<img src=x onerror="window.pwned=1">完善制度'),
  ],
  stats: [
    stat('近200人', 200, '人', { qualifier: '近' }),
    stat('三成', 0.3, '%'),
    stat('1000至2000元', 1000, '元', { valueMax: 2000 }),
  ],
};

/**
 * A click as the browser makes it from real input. Browsers define isTrusted on each event as
 * an unforgeable own property (a page cannot do this); happy-dom has none, so a test can.
 */
function trustedEvent<E extends Event>(event: E): E {
  Object.defineProperty(event, 'isTrusted', { value: true });
  return event;
}
function click(el: Element): void {
  el.dispatchEvent(trustedEvent(new MouseEvent('click', { bubbles: true })));
}
function key(el: Element, k: string): void {
  el.dispatchEvent(trustedEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true })));
}

let mounted: { unmount(): void } | null = null;

function setup(overrides: Partial<PanelProps> = {}) {
  document.documentElement.innerHTML = '<head></head><body><p>正文</p></body>';
  const props: PanelProps = {
    lang: 'zh-CN',
    analysis: ANALYSIS,
    onReveal: vi.fn(),
    onClip: vi.fn(async () => {}),
    onClose: vi.fn(),
    ...overrides,
  };
  const panel = mountPanel(document, props);
  mounted = panel;
  const host = document.querySelector(OWN_UI_TAG)!;
  const root = host.shadowRoot!;
  const $ = (sel: string) => root.querySelector(sel) as HTMLElement;
  const $$ = (sel: string) => [...root.querySelectorAll(sel)] as HTMLElement[];
  const rows = (list: number) => $$('ul.items')[list].querySelectorAll(':scope > li');
  return { props, panel, host, root, $, $$, rows };
}

afterEach(() => {
  mounted?.unmount();
  mounted = null;
});

describe('panel host', () => {
  it('puts one open shadow host on <html>, leaving <body> as it was', () => {
    const { host, panel, $ } = setup();
    expect(host.parentNode).toBe(document.documentElement);
    expect(document.querySelectorAll(OWN_UI_TAG)).toHaveLength(1);
    expect(document.body.innerHTML).toBe('<p>正文</p>');
    expect($('style')!.textContent).toContain(':host');
    expect($('aside')!.getAttribute('role')).toBe('complementary');
    expect($('aside')!.getAttribute('aria-label')).toContain('公文透镜');
    panel.unmount();
    mounted = null;
    expect(document.querySelector(OWN_UI_TAG)).toBeNull();
  });

  it('re-renders with new props', async () => {
    const { panel, props, $ } = setup();
    await act(() => panel.update({ ...props, lang: 'en', message: { kind: 'ok', text: 'Saved 12 clips' } }));
    expect($('h2').textContent).toBe('Gongwen Lens');
    expect($('[role=status]').textContent).toBe('Saved 12 clips');
    expect($('[role=status]').getAttribute('aria-live')).toBe('polite');
  });
});

describe('panel content', () => {
  it('shows kind, official badge and metadata that is present', () => {
    const { $, $$ } = setup();
    expect($$('.badge').map((b) => b.textContent)).toEqual(['通知', '公文']);
    expect($$('.meta dt').map((d) => d.textContent)).toEqual(['标题', '日期', '机构', '发文字号']);
    expect($$('.meta dd').map((d) => d.textContent)).toContain('鄂科协办〔2019〕22号');
  });

  it('lists tasks by level and statistics with their parsed values', () => {
    const { rows } = setup();
    const tasks = [...rows(0)];
    expect(tasks.map((li) => li.getAttribute('aria-level'))).toEqual(['1', '2', '3']);
    expect(tasks.map((li) => li.querySelector('.lead')!.textContent)).toEqual(['一、', '（一）', '1.']);
    expect((tasks[2] as HTMLElement).style.paddingInlineStart).toBe('28px');
    const stats = [...rows(1)];
    expect(stats.map((li) => li.querySelector('.lead')!.textContent)).toEqual(['200人', '30%', '1,000–2,000元']);
    expect(stats[0].querySelector('.qualifier')!.textContent).toBe('近');
  });

  it('renders markup in item text as text', () => {
    const { root, rows } = setup();
    expect(root.querySelector('img')).toBeNull();
    expect(rows(0)[2].querySelector('.text')!.textContent).toBe('<img src=x onerror="window.pwned=1">完善制度');
  });

  it('cuts long texts and shows them whole on "more"', async () => {
    const long = '加'.repeat(120);
    const { rows } = setup({ analysis: { ...ANALYSIS, tasks: [task('一、', 1, long)] } });
    const row = rows(0)[0];
    expect(row.querySelector('.text')!.textContent!.length).toBeLessThan(long.length);
    const more = row.querySelector('.more')!;
    expect(more.getAttribute('aria-expanded')).toBe('false');
    await act(async () => click(more));
    expect(row.querySelector('.text')!.textContent).toBe(long);
    expect(more.getAttribute('aria-expanded')).toBe('true');
  });

  it('marks clipped items', () => {
    const { rows } = setup({ clipped: new Map([['task:1', null], ['stat:2', null]]) });
    expect([...rows(0)].map((li) => li.classList.contains('clipped'))).toEqual([false, true, false]);
    expect([...rows(1)].map((li) => li.querySelector('.clip')!.textContent)).toEqual(['摘录', '摘录', '已摘录']);
  });

  it('has every string in all three languages', () => {
    expect(missingKeys(PANEL_STRINGS)).toEqual([]);
  });
});

describe('panel actions', () => {
  it('clips one item, or all of a kind, with the right indices', async () => {
    const { props, rows, $$ } = setup();
    await act(async () => click(rows(0)[1].querySelector('.clip')!));
    expect(props.onClip).toHaveBeenLastCalledWith('task', [1]);
    await act(async () => click(rows(1)[2].querySelector('.clip')!));
    expect(props.onClip).toHaveBeenLastCalledWith('statistic', [2]);
    const [allTasks, allStats] = $$('.group-head button');
    await act(async () => click(allTasks));
    expect(props.onClip).toHaveBeenLastCalledWith('task', [0, 1, 2]);
    await act(async () => click(allStats));
    expect(props.onClip).toHaveBeenLastCalledWith('statistic', [0, 1, 2]);
    expect(props.onClip).toHaveBeenCalledTimes(4);
  });

  it('reveals an item when its text is activated', async () => {
    const { props, rows } = setup();
    await act(async () => click(rows(1)[1].querySelector('.reveal')!));
    expect(props.onReveal).toHaveBeenCalledWith('statistic', 1);
  });

  it('ignores events a page script makes', async () => {
    const { props, rows, $, $$ } = setup();
    const clip = rows(0)[0].querySelector('.clip') as HTMLElement;
    await act(() => {
      clip.click();
      clip.dispatchEvent(new MouseEvent('click', { bubbles: true }));
      (rows(0)[0].querySelector('.reveal') as HTMLElement).click();
      $$('.group-head button')[0].click();
      $('.close').click();
      $('aside').dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    });
    expect(props.onClip).not.toHaveBeenCalled();
    expect(props.onReveal).not.toHaveBeenCalled();
    expect(props.onClose).not.toHaveBeenCalled();
  });

  it('closes on Escape and on the close button', async () => {
    const { props, rows, $ } = setup();
    await act(() => key(rows(0)[0].querySelector('.reveal')!, 'Escape'));
    expect(props.onClose).toHaveBeenCalledTimes(1);
    await act(async () => click($('.close')));
    expect(props.onClose).toHaveBeenCalledTimes(2);
  });

  it('waits for a clip to finish before taking another, and while busy', async () => {
    let finish!: () => void;
    const onClip = vi.fn(() => new Promise<void>((resolve) => (finish = resolve)));
    const { panel, props, rows, $ } = setup({ onClip });
    const clipButton = () => rows(0)[0].querySelector('.clip') as HTMLButtonElement;
    await act(async () => click(clipButton()));
    expect(clipButton().disabled).toBe(true);
    await act(async () => finish());
    expect(clipButton().disabled).toBe(false);
    await act(() => panel.update({ ...props, onClip, busy: '正在保存…' }));
    expect(clipButton().disabled).toBe(true);
    expect($('[role=status]').textContent).toBe('正在保存…');
  });
});

describe('panel keyboard', () => {
  it('keeps one row in the tab order and moves along the list with arrows, Home and End', async () => {
    const { root, rows } = setup();
    const tabbable = () => [...rows(0)].map((li) => (li.querySelector('.reveal') as HTMLElement).tabIndex);
    expect(tabbable()).toEqual([0, -1, -1]);
    await act(() => key(rows(0)[0].querySelector('.reveal')!, 'ArrowDown'));
    expect(root.activeElement).toBe(rows(0)[1].querySelector('.reveal'));
    expect(tabbable()).toEqual([-1, 0, -1]);
    await act(() => key(rows(0)[1].querySelector('.reveal')!, 'End'));
    expect(root.activeElement).toBe(rows(0)[2].querySelector('.reveal'));
    await act(() => key(rows(0)[2].querySelector('.clip')!, 'Home'));
    expect(root.activeElement).toBe(rows(0)[0].querySelector('.clip'));
    expect(tabbable()).toEqual([0, -1, -1]);
  });
});

describe('trusted', () => {
  it('runs the handler for trusted events only', () => {
    const handler = vi.fn();
    const guarded = trusted(handler);
    guarded(new Event('click'));
    expect(handler).not.toHaveBeenCalled();
    const real = trustedEvent(new Event('click'));
    guarded(real);
    expect(handler).toHaveBeenCalledWith(real);
  });
});
