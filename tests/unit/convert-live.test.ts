// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { watchPage, type PageWatch } from '../../lib/page/live';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
let watch: PageWatch | null = null;
afterEach(() => watch?.stop());

function setup(maxDelayMs = 80, ignore?: (r: MutationRecord) => boolean) {
  document.body.innerHTML = '<div id="a"><p id="p">一<b>二</b>三</p></div>';
  const deliveries: Node[][] = [];
  watch = watchPage(document, (roots) => deliveries.push(roots), { maxDelayMs, ignore });
  return deliveries;
}

describe('watchPage', () => {
  it('reports changed text, added nodes, removals (by a neighbour) and text attributes', async () => {
    const deliveries = setup();
    const p = document.getElementById('p')!;
    (p.firstChild as Text).data = '壹';
    const added = document.createElement('span');
    p.append(added);
    p.querySelector('b')!.remove();
    p.setAttribute('title', '说明');
    p.setAttribute('class', 'ignored'); // not a text attribute
    await sleep(150);
    expect(deliveries).toHaveLength(1);
    const roots = deliveries[0];
    expect(roots).toContain(p.firstChild);
    expect(roots).toContain(added);
    expect(roots).toContain(p); // attribute change
    expect(roots.every((n) => n !== null)).toBe(true);
  });

  it('leaves out our own UI element and records the ignore callback drops', async () => {
    const deliveries = setup(80, (r) => r.type === 'characterData');
    document.body.append(document.createElement('gongwen-lens-ui'));
    (document.getElementById('p')!.firstChild as Text).data = '壹';
    await sleep(150);
    expect(deliveries).toHaveLength(0);
  });

  it('delivers while the page never stops changing (max wait, not a starving debounce)', async () => {
    const deliveries = setup(60);
    const host = document.getElementById('a')!;
    let stop = false;
    let i = 0;
    const tick = () => {
      if (stop) return;
      host.append(document.createTextNode(String(i++))); // a new node each time: the set keeps growing
      setTimeout(tick, 5);
    };
    tick();
    await sleep(400);
    const whileChanging = deliveries.length;
    stop = true;
    expect(whileChanging).toBeGreaterThanOrEqual(2);
  });

  it('records nothing of what is written unobserved, and keeps what changed before and after', async () => {
    const deliveries = setup();
    const p = document.getElementById('p')!;
    const before = p.firstChild as Text;
    const ours = p.querySelector('b')!.firstChild as Text;
    const after = p.lastChild as Text;
    before.data = '壹'; // the page's, not yet delivered
    watch!.unobserved(() => {
      ours.data = '貳';
      p.setAttribute('title', '說明');
    });
    after.data = '叁'; // the page's again
    await sleep(150);
    const delivered = deliveries.flat();
    expect(delivered).toContain(before);
    expect(delivered).toContain(after);
    expect(delivered).not.toContain(ours);
    expect(delivered).not.toContain(p);
  });

  it('watches the roots it was given again after an unobserved write', async () => {
    const deliveries = setup();
    const host = document.getElementById('a')!;
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<p>四</p>';
    watch!.observe(shadow);
    watch!.unobserved(() => {});
    const text = shadow.querySelector('p')!.firstChild as Text;
    text.data = '肆';
    await sleep(150);
    expect(deliveries.flat()).toContain(text);
  });

  it('stop() ends deliveries', async () => {
    const deliveries = setup();
    watch!.stop();
    (document.getElementById('p')!.firstChild as Text).data = '壹';
    await sleep(150);
    expect(deliveries).toHaveLength(0);
  });
});
