// The boot script, injected into every page: it must cost almost nothing. It only looks for Han
// characters and, when there are some, asks the background to load the reader. A page without
// Chinese never touches an extension API, a dictionary, an analyzer or a UI; if the user acts on
// it anyway, the background injects the reader then (lib/background/tabs.ts).
//
// An unlisted script that wxt.config.ts lists in the manifest's content_scripts, not a WXT content
// script: WXT's content-script wrapper (a context that watches for newer copies of the script
// through events on the page's document) cost ~1 ms on every page, for a script that is done
// after one look.
import { browser } from 'wxt/browser';
import { contentGlobal } from '../lib/content/boot-state';

const startedAt = performance.now();
const HAN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;

export default defineUnlistedScript(() => {
  if (contentGlobal.__gongwenBoot) return;
  const hasChinese = HAN.test(document.title) || HAN.test(document.body?.textContent ?? '');
  contentGlobal.__gongwenBoot = { hasChinese, injectMs: 0 };
  if (hasChinese) browser.runtime.sendMessage({ type: 'hello', hasChinese: true }).catch(() => {});
  contentGlobal.__gongwenBoot.injectMs = performance.now() - startedAt;
});
