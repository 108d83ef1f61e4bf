// Who answers a page's conversion batch: the offscreen document directly once the background
// knows it is up, the background otherwise, and always when the page asks it to relay.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Reply } from '../../lib/messages';

const host = vi.hoisted(() => ({ direct: false, converted: [] as string[][] }));
vi.mock('../../lib/platform/converter-host', () => ({
  converterHost: {
    convert: async (_target: string, texts: string[]) => {
      host.converted.push(texts);
      return texts.map((t) => `converted:${t}`);
    },
    prepare: async () => {},
    answersPagesDirectly: () => host.direct,
  },
}));

const { listen } = await import('../../lib/background/router');

const contentScript = { id: fakeBrowser.runtime.id, url: 'https://www.cast.org.cn/a.html', tab: { id: 7 }, frameId: 0 };
const trigger = fakeBrowser.runtime.onMessage.trigger as unknown as (
  message: unknown,
  sender: object,
  respond: (r: Reply<unknown>) => void,
) => Promise<unknown[]>;

/** The router's reply, or 'left to others' when its listener declined to answer. */
async function deliver(message: unknown): Promise<Reply<unknown> | 'left to others'> {
  let reply: Reply<unknown> | undefined;
  let answered!: () => void;
  const replied = new Promise<void>((resolve) => (answered = resolve));
  const [keptOpen] = await trigger(message, contentScript, (r) => {
    reply = r;
    answered();
  });
  if (keptOpen !== true && reply === undefined) return 'left to others';
  await replied;
  return reply!;
}

beforeEach(() => {
  fakeBrowser.reset();
  host.direct = false;
  host.converted.length = 0;
  listen();
});
afterEach(() => fakeBrowser.reset());

describe('router: page conversion batches', () => {
  const batch = { type: 'convert', target: 'tw', texts: ['发展'] };

  it('carries a batch while the offscreen document is not known to be up', async () => {
    expect(await deliver(batch)).toEqual({ ok: true, value: ['converted:发展'] });
    expect(host.converted).toEqual([['发展']]);
  });

  it('leaves a batch to the offscreen document once it is up', async () => {
    host.direct = true;
    expect(await deliver(batch)).toBe('left to others');
    expect(host.converted).toEqual([]);
  });

  it('carries a batch the page asks it to relay, even with the document up', async () => {
    host.direct = true;
    expect(await deliver({ ...batch, relay: true })).toEqual({ ok: true, value: ['converted:发展'] });
  });

  it('refuses a relay flag that is not `true`', async () => {
    const reply = await deliver({ ...batch, relay: 'yes' });
    expect(reply).toMatchObject({ ok: false });
    expect(host.converted).toEqual([]);
  });
});
