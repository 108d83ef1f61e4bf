// The boot script, injected into every page: it must cost almost nothing. It only looks for Han
// characters and, when there are some, asks the background to load the reader. A page without
// Chinese never touches an extension API, a dictionary, an analyzer or a UI; if the user acts on
// it anyway, the background injects the reader then (lib/background/tabs.ts).
import { browser } from 'wxt/browser';
import { contentGlobal } from '../lib/content/boot-state';

const startedAt = performance.now();
const HAN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;

export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_idle',
  // WXT's default also window.postMessage()s a 'script started' note naming the extension's id:
  // every page could read it (fingerprinting), and old sites' message listeners choke on it.
  noScriptStartedPostMessage: true,
  main() {
    if (contentGlobal.__gongwenBoot) return;
    const hasChinese = HAN.test(document.title) || HAN.test(document.body?.textContent ?? '');
    contentGlobal.__gongwenBoot = { hasChinese, injectMs: 0 };
    if (hasChinese) browser.runtime.sendMessage({ type: 'hello', hasChinese: true }).catch(() => {});
    contentGlobal.__gongwenBoot.injectMs = performance.now() - startedAt;
  },
});
