// @vitest-environment happy-dom
import { Window } from 'happy-dom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Highlighter } from '../../lib/page/highlights';
import { blockRange, readPage, type Block } from '../../lib/page/model';

const PAGE =
  '<h1>关于印发<span>工作要点</span>的通知</h1>' +
  '<p>一、<b>加强</b>组织建设，培训<i>近200人</i>，覆盖<span>3个</span>地区。</p>' +
  '<table><tr><td>二、完善制度</td>\n  <td>增长15%</td></tr></table>';

function page(html: string): Document {
  document.documentElement.innerHTML = `<head><title>t</title></head><body>${html}</body>`;
  return document;
}

/** A range over the first occurrence of `needle` in the block whose text contains it. */
function rangeOf(blocks: Block[], needle: string): Range {
  const block = blocks.find((b) => b.text.includes(needle));
  if (!block) throw new Error(`no block has ${needle}`);
  const start = block.text.indexOf(needle);
  return blockRange(block, start, start + needle.length);
}

function marks(doc: Document): Array<[string, string]> {
  return [...doc.querySelectorAll('mark[data-gongwen-lens]')].map((m) => [
    m.getAttribute('data-gongwen-lens')!,
    m.textContent!,
  ]);
}

class FakeHighlight extends Set<AbstractRange> {
  priority = 0;
  constructor(...ranges: AbstractRange[]) {
    super(ranges);
  }
}

function registryText(registry: Map<string, FakeHighlight>): Record<string, string[]> {
  return Object.fromEntries(
    [...registry].map(([name, h]) => [name, [...h].map((r) => (r as Range).toString())]),
  );
}

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('Highlighter without the CSS Custom Highlight API (marks)', () => {
  it('wraps tasks and statistics in marks, overlapping ones split into runs', () => {
    const doc = page(PAGE);
    const text = doc.body.textContent;
    const { blocks } = readPage(doc);
    const hl = new Highlighter(doc);
    expect(hl.native).toBe(false);
    hl.show({
      tasks: [rangeOf(blocks, '加强组织建设，培训近200人'), rangeOf(blocks, '完善制度')],
      stats: [rangeOf(blocks, '近200人'), rangeOf(blocks, '15%')],
      clipped: [{ range: rangeOf(blocks, '完善制度') }],
    });
    expect(marks(doc)).toEqual([
      ['task', '加强'],
      ['task', '组织建设，培训'],
      ['task stat', '近200人'],
      ['task clipped', '完善制度'],
      ['stat', '15%'],
    ]);
    expect(doc.querySelectorAll('style[data-gongwen-lens]')).toHaveLength(1);
    expect(doc.body.textContent).toBe(text);
    expect(doc.querySelector('h1')!.innerHTML).toBe('关于印发<span>工作要点</span>的通知');
  });

  it('marks clipped items in their tag colour, and takes a colour no item has any more away', () => {
    const doc = page(PAGE);
    const { blocks } = readPage(doc);
    const hl = new Highlighter(doc);
    hl.show({
      tasks: [rangeOf(blocks, '完善制度')],
      stats: [],
      clipped: [
        { range: rangeOf(blocks, '完善制度'), color: '#D32F2F' },
        { range: rangeOf(blocks, '3个'), color: null },
        // Not #rrggbb: never written into a style sheet.
        { range: rangeOf(blocks, '15%'), color: 'red;}body{display:none' },
      ],
    });
    expect(marks(doc)).toEqual([
      ['clipped', '3个'],
      ['task tag-d32f2f', '完善制度'],
      ['clipped', '15%'],
    ]);
    const style = () => doc.querySelector('style[data-gongwen-lens]')!.textContent!;
    expect(style()).toContain('mark[data-gongwen-lens~="tag-d32f2f"]{background-color:#d32f2f40');
    expect(style()).not.toContain('display:none');
    hl.showClipped([{ range: rangeOf(blocks, '完善制度'), color: '#1565c0' }]);
    expect(marks(doc)).toEqual([['task tag-1565c0', '完善制度']]);
    expect(style()).toContain('tag-1565c0');
  });

  it('puts back the very same text nodes on clear, byte-identical', () => {
    const doc = page(PAGE);
    const before = doc.documentElement.outerHTML;
    const textBefore = doc.body.textContent;
    const { blocks } = readPage(doc);
    const nodes = blocks.flatMap((b) => b.nodes);
    const hl = new Highlighter(doc);
    hl.show({ tasks: [rangeOf(blocks, '一、加强组织建设')], stats: [rangeOf(blocks, '3个')] });
    expect(doc.documentElement.outerHTML).not.toBe(before);
    expect(doc.body.textContent).toBe(textBefore);
    hl.clear();
    expect(doc.documentElement.outerHTML).toBe(before);
    expect(readPage(doc).blocks.flatMap((b) => b.nodes)).toEqual(nodes);
    expect(nodes.every((n) => n.isConnected)).toBe(true);
  });

  it('repaints from ranges of a model read before or after the marks were put in', () => {
    const doc = page(PAGE);
    const before = doc.documentElement.outerHTML;
    const early = readPage(doc).blocks;
    const hl = new Highlighter(doc);
    hl.show({ tasks: [rangeOf(early, '一、加强组织建设，培训近200人')], stats: [] });
    // The old model's nodes are out of the page now, yet ranges across them still resolve.
    hl.show({
      tasks: [rangeOf(early, '一、加强组织建设，培训近200人')],
      stats: [rangeOf(early, '训近2')],
    });
    expect(marks(doc)).toEqual([
      ['task', '一、'],
      ['task', '加强'],
      ['task', '组织建设，培'],
      ['task stat', '训'],
      ['task stat', '近2'],
      ['task', '00人'],
    ]);
    const late = readPage(doc).blocks;
    hl.show({ tasks: [], stats: [rangeOf(late, '织建设，培训近')] });
    expect(marks(doc)).toEqual([['stat', '织建设，培训'], ['stat', '近']]);
    hl.clear();
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('recognises the nodes its marks add or move, so page observers can ignore them', async () => {
    const doc = page(PAGE);
    const { blocks } = readPage(doc);
    const stat = rangeOf(blocks, '3个');
    const statNode = stat.startContainer;
    const hl = new Highlighter(doc);
    const records: MutationRecord[] = [];
    const observer = new MutationObserver((list) => records.push(...list));
    observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });
    const touched = async () => {
      await new Promise((resolve) => setTimeout(resolve, 0));
      return records.splice(0).flatMap((r) => [...r.addedNodes, ...r.removedNodes]);
    };
    hl.show({ tasks: [rangeOf(blocks, '加强组织建设')], stats: [stat] });
    hl.show({ tasks: [rangeOf(blocks, '加强组织建设')], stats: [rangeOf(blocks, '个')] });
    const painted = await touched();
    expect(painted.length).toBeGreaterThan(4);
    expect(painted.filter((n) => !hl.owns(n))).toEqual([]);
    // A text node given back to the page is the page's again.
    hl.show({ tasks: [rangeOf(blocks, '加强组织建设')], stats: [] });
    expect((await touched()).filter((n) => !hl.owns(n))).toEqual([statNode]);
    expect(hl.owns(doc.querySelector('h1')!.firstChild!)).toBe(false);
    observer.disconnect();
  });

  it('keeps text written into its marks (a live conversion) when it clears', () => {
    const doc = page('<p>一、加强组织建设</p>');
    const { blocks } = readPage(doc);
    const original = blocks[0].nodes[0];
    const hl = new Highlighter(doc);
    hl.show({ tasks: [], stats: [rangeOf(blocks, '组织')] });
    (doc.querySelector('mark')!.firstChild as Text).data = '組織';
    hl.clear();
    expect(doc.body.innerHTML).toBe('<p>一、加强組織建设</p>');
    expect(doc.querySelector('p')!.firstChild).toBe(original);
  });

  it('flashes a range strongly, then softly, then not at all', () => {
    vi.useFakeTimers();
    const doc = page(PAGE);
    const before = doc.documentElement.outerHTML;
    const { blocks } = readPage(doc);
    const hl = new Highlighter(doc);
    hl.show({ tasks: [rangeOf(blocks, '二、完善制度')], stats: [] });
    hl.flash(rangeOf(blocks, '培训近200人，覆盖3个'));
    expect(marks(doc)).toEqual([
      ['flash', '培训'],
      ['flash', '近200人'],
      ['flash', '，覆盖'],
      ['flash', '3个'],
      ['task', '二、完善制度'],
    ]);
    vi.advanceTimersByTime(700);
    expect(marks(doc).map(([layers]) => layers)).toEqual(['fade', 'fade', 'fade', 'fade', 'task']);
    vi.advanceTimersByTime(500);
    expect(marks(doc)).toEqual([['task', '二、完善制度']]);
    hl.clear();
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('leaves no style behind once a flash ends with nothing else shown', () => {
    vi.useFakeTimers();
    const doc = page(PAGE);
    const before = doc.documentElement.outerHTML;
    const hl = new Highlighter(doc);
    hl.flash(rangeOf(readPage(doc).blocks, '完善'));
    expect(doc.querySelector('style[data-gongwen-lens]')).not.toBeNull();
    vi.advanceTimersByTime(1200);
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});

describe('Highlighter with the CSS Custom Highlight API', () => {
  let registry: Map<string, FakeHighlight>;

  beforeEach(() => {
    registry = new Map();
    vi.stubGlobal('CSS', { highlights: registry });
    vi.stubGlobal('Highlight', FakeHighlight);
  });

  it('registers each kind under its name and leaves the page text alone', () => {
    const doc = page(PAGE);
    const body = doc.body.innerHTML;
    const { blocks } = readPage(doc);
    const hl = new Highlighter(doc);
    expect(hl.native).toBe(true);
    hl.show({
      tasks: [rangeOf(blocks, '一、加强组织建设'), rangeOf(blocks, '二、完善制度')],
      stats: [rangeOf(blocks, '近200人')],
      clipped: [{ range: rangeOf(blocks, '二、完善制度') }],
    });
    expect(registryText(registry)).toEqual({
      'gongwen-task': ['一、加强组织建设', '二、完善制度'],
      'gongwen-stat': ['近200人'],
      'gongwen-clipped': ['二、完善制度'],
    });
    // Statistics paint over the tasks they lie in.
    expect(registry.get('gongwen-stat')!.priority).toBeGreaterThan(registry.get('gongwen-task')!.priority);
    expect(doc.body.innerHTML).toBe(body);
    const styles = doc.head.querySelectorAll('style[data-gongwen-lens]');
    expect(styles).toHaveLength(1);
    expect(styles[0].textContent).toContain('::highlight(gongwen-task)');
    expect(styles[0].textContent).toContain('::highlight(gongwen-stat)');
  });

  it('registers clipped items by tag colour above the plain clipped layer, and clears every colour', () => {
    const doc = page(PAGE);
    const { blocks } = readPage(doc);
    const hl = new Highlighter(doc);
    hl.show({
      tasks: [rangeOf(blocks, '二、完善制度')],
      stats: [rangeOf(blocks, '15%')],
      clipped: [
        { range: rangeOf(blocks, '二、完善制度'), color: '#2e7d32' },
        { range: rangeOf(blocks, '15%') },
      ],
    });
    expect(registryText(registry)).toEqual({
      'gongwen-task': ['二、完善制度'],
      'gongwen-stat': ['15%'],
      'gongwen-clipped': ['15%'],
      'gongwen-tag-2e7d32': ['二、完善制度'],
    });
    const priority = (name: string) => registry.get(name)!.priority;
    expect(priority('gongwen-tag-2e7d32')).toBeGreaterThan(priority('gongwen-clipped'));
    expect(priority('gongwen-tag-2e7d32')).toBeGreaterThan(priority('gongwen-stat'));
    expect(doc.head.querySelector('style[data-gongwen-lens]')!.textContent).toContain(
      '::highlight(gongwen-tag-2e7d32){background-color:#2e7d3240;text-decoration:underline solid 2px #2e7d32}',
    );
    hl.showClipped([{ range: rangeOf(blocks, '15%'), color: '#2e7d32' }]);
    expect(registryText(registry)).toMatchObject({ 'gongwen-tag-2e7d32': ['15%'] });
    expect(registry.has('gongwen-clipped')).toBe(false);
    hl.clear();
    expect(registry.size).toBe(0);
    expect(doc.querySelector('style[data-gongwen-lens]')).toBeNull();
  });

  it('keeps its style on a clear that only takes highlights down while text changes, and shows them again in it', () => {
    const doc = page(PAGE);
    const { blocks } = readPage(doc);
    const hl = new Highlighter(doc);
    hl.show({ tasks: [rangeOf(blocks, '二、完善制度')], stats: [rangeOf(blocks, '15%')] });
    const style = doc.querySelector('style[data-gongwen-lens]');
    expect(style).not.toBeNull();
    hl.clear({ keepStyles: true });
    expect(registry.size).toBe(0);
    // The same element: taking it out and putting one back would restyle the whole page twice.
    expect(doc.querySelector('style[data-gongwen-lens]')).toBe(style);
    hl.show({ tasks: [rangeOf(blocks, '二、完善制度')], stats: [] });
    expect(registryText(registry)).toEqual({ 'gongwen-task': ['二、完善制度'] });
    expect(doc.querySelectorAll('style[data-gongwen-lens]')).toHaveLength(1);
    expect(doc.querySelector('style[data-gongwen-lens]')).toBe(style);
    // A plain clear (highlights turned off) still leaves nothing of ours.
    hl.clear();
    expect(doc.querySelector('style[data-gongwen-lens]')).toBeNull();
  });

  it('replaces what it shows and removes everything on clear', () => {
    const doc = page(PAGE);
    const before = doc.documentElement.outerHTML;
    const { blocks } = readPage(doc);
    const hl = new Highlighter(doc);
    hl.show({ tasks: [rangeOf(blocks, '完善制度')], stats: [rangeOf(blocks, '15%')] });
    hl.show({ tasks: [], stats: [rangeOf(blocks, '3个')] });
    expect(registryText(registry)).toEqual({ 'gongwen-stat': ['3个'] });
    hl.clear();
    expect(registry.size).toBe(0);
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('registers a large set a slice at a time, and a later show stops an unfinished one', async () => {
    const doc = page(PAGE);
    const { blocks } = readPage(doc);
    const hl = new Highlighter(doc);
    const tasks = ['一、加强组织建设', '二、完善制度', '近200人', '15%', '3个'].map((t) => rangeOf(blocks, t));
    let pauses = 0;
    const pause = async () => {
      pauses++;
      expect(registry.get('gongwen-task')!.size).toBe(pauses * 2);
    };
    await hl.showInSlices({ tasks, stats: [] }, (r) => r, pause, 2);
    expect(pauses).toBe(2);
    expect(registryText(registry)['gongwen-task']).toEqual(['一、加强组织建设', '二、完善制度', '近200人', '15%', '3个']);

    const sliced = hl.showInSlices({ tasks, stats: [] }, (r) => r, () => Promise.resolve(), 2);
    hl.show({ tasks: [tasks[4]], stats: [] });
    await sliced;
    expect(registryText(registry)['gongwen-task']).toEqual(['3个']);
  });

  it('makes each slice\'s ranges when its turn comes, and skips items without one', async () => {
    const doc = page(PAGE);
    const { blocks } = readPage(doc);
    const hl = new Highlighter(doc);
    const texts = ['一、加强组织建设', '不在页面上', '二、完善制度', '近200人', '15%'];
    let made = 0;
    const toRange = (text: string) => {
      made++;
      return text === '不在页面上' ? null : rangeOf(blocks, text);
    };
    const madeAtPauses: number[] = [];
    await hl.showInSlices({ tasks: texts, stats: [] }, toRange, async () => void madeAtPauses.push(made), 2);
    expect(madeAtPauses).toEqual([2, 4]);
    expect(registryText(registry)['gongwen-task']).toEqual(['一、加强组织建设', '二、完善制度', '近200人', '15%']);
  });

  it('flashes under gongwen-flash, then gongwen-flash-fade, then nothing', () => {
    vi.useFakeTimers();
    const doc = page(PAGE);
    const hl = new Highlighter(doc);
    hl.flash(rangeOf(readPage(doc).blocks, '覆盖3个地区'));
    expect(registryText(registry)).toEqual({ 'gongwen-flash': ['覆盖3个地区'] });
    vi.advanceTimersByTime(700);
    expect(registryText(registry)).toEqual({ 'gongwen-flash-fade': ['覆盖3个地区'] });
    vi.advanceTimersByTime(500);
    expect(registry.size).toBe(0);
    expect(doc.querySelector('style[data-gongwen-lens]')).toBeNull();
  });

  it('registers ranges of another document (a same-origin frame) in that document', () => {
    const doc = page(PAGE);
    const frameWindow = new Window();
    const frameRegistry = new Map<string, FakeHighlight>();
    Object.defineProperty(frameWindow, 'CSS', { value: { highlights: frameRegistry } });
    Object.defineProperty(frameWindow, 'Highlight', { value: FakeHighlight });
    const frameDoc = frameWindow.document as unknown as Document;
    frameDoc.body.innerHTML = '<p>（一）框架中的任务</p>';
    const hl = new Highlighter(doc);
    hl.show({
      tasks: [rangeOf(readPage(doc).blocks, '二、完善制度'), rangeOf(readPage(frameDoc).blocks, '框架中的任务')],
      stats: [],
    });
    expect(registryText(registry)).toEqual({ 'gongwen-task': ['二、完善制度'] });
    expect(registryText(frameRegistry)).toEqual({ 'gongwen-task': ['框架中的任务'] });
    expect(frameDoc.querySelectorAll('style[data-gongwen-lens]')).toHaveLength(1);
    hl.clear();
    expect(frameRegistry.size).toBe(0);
    expect(frameDoc.querySelector('style')).toBeNull();
    void frameWindow.happyDOM.close();
  });

  it('styles text in an open shadow root inside that root', () => {
    const doc = page('<div id="host"></div>');
    const shadow = doc.getElementById('host')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<p>三、影子里的任务</p>';
    const hl = new Highlighter(doc);
    hl.show({ tasks: [rangeOf(readPage(doc).blocks, '影子里的任务')], stats: [] });
    expect(shadow.querySelectorAll('style[data-gongwen-lens]')).toHaveLength(1);
    expect(doc.head.querySelector('style[data-gongwen-lens]')).toBeNull();
    hl.clear();
    expect(shadow.innerHTML).toBe('<p>三、影子里的任务</p>');
  });
});
