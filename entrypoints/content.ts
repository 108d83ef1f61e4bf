// The boot script, injected into every page: it must cost almost nothing. It only looks for Han
// characters and, when there are some, asks the background to load the reader. Pages without
// Chinese never load a dictionary, an analyzer or a UI.
import { browser } from 'wxt/browser';
import { contentGlobal, NEEDS_READER, type BootState } from '../lib/content/boot-state';
import type { ToContent } from '../lib/messages';
import type { PageStatus } from '../lib/types';

const startedAt = performance.now();
const HAN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;

function emptyStatus(boot: BootState): PageStatus {
  return {
    url: location.href,
    script: 'none',
    converted: null,
    offer: null,
    isOfficial: false,
    kind: 'other',
    meta: { title: null, date: null, source: null, org: null, docNumber: null },
    counts: { tasks: 0, stats: 0, clipped: 0 },
    highlights: false,
    panel: false,
    skippedFrames: 0,
    injectMs: boot.injectMs,
    timings: {},
  };
}

export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_idle',
  main() {
    if (contentGlobal.__gongwenBoot) return;
    const boot: BootState = {
      hasChinese: HAN.test(document.title) || HAN.test(document.body?.textContent ?? ''),
      injectMs: 0,
    };
    contentGlobal.__gongwenBoot = boot;
    browser.runtime.onMessage.addListener((message: unknown, _sender, sendResponse) => {
      if (contentGlobal.__gongwenReader || (message as ToContent)?.type !== 'act') return false;
      const { act } = message as ToContent;
      if (act.action === 'status' && !boot.hasChinese) sendResponse({ ok: true, value: emptyStatus(boot) });
      else sendResponse({ ok: false, error: NEEDS_READER });
      return false;
    });
    if (boot.hasChinese) browser.runtime.sendMessage({ type: 'hello', hasChinese: true }).catch(() => {});
    boot.injectMs = performance.now() - startedAt;
  },
});
