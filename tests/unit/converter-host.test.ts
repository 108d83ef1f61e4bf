// The background's view of Chrome's offscreen converter: whether pages reach it directly.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

type Runtime = { getContexts?: (filter: unknown) => Promise<unknown[]> };

async function freshHost(documents: unknown[]) {
  (fakeBrowser.runtime as unknown as Runtime).getContexts = async () => documents;
  vi.resetModules();
  const { converterHost } = await import('../../lib/platform/converter-host');
  await new Promise((resolve) => setTimeout(resolve, 0));
  return converterHost;
}

beforeEach(() => fakeBrowser.reset());

describe('converter host (offscreen)', () => {
  it('a worker started again finds the document up and leaves pages to it', async () => {
    expect((await freshHost([{ contextType: 'OFFSCREEN_DOCUMENT' }])).answersPagesDirectly()).toBe(true);
  });

  it('without a document, the background carries pages\' batches', async () => {
    expect((await freshHost([])).answersPagesDirectly()).toBe(false);
  });
});

describe('converter host: what a request says of the document', () => {
  it('stays up while a request is on its way, and is down once one goes unanswered', async () => {
    const host = await freshHost([{ contextType: 'OFFSCREEN_DOCUMENT' }]);
    let answer!: (reply: unknown) => void;
    (fakeBrowser.runtime as unknown as { sendMessage: () => Promise<unknown> }).sendMessage = () =>
      new Promise((resolve) => (answer = resolve));
    const pending = host.convert('tw', ['发展']);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(host.answersPagesDirectly()).toBe(true);
    answer(undefined);
    await expect(pending).rejects.toThrow('did not answer');
    expect(host.answersPagesDirectly()).toBe(false);
  });
});
