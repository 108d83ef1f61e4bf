// The offscreen document: home of the browser's one script converter (Chrome build only).
import { browser } from 'wxt/browser';
import { convertTexts, getConverter } from '../../lib/convert/engine';
import { failed } from '../../lib/messages';
import type { OffscreenRequest } from '../../lib/platform/converter-host';

browser.runtime.onMessage.addListener((message: unknown, sender, sendResponse) => {
  const req = message as OffscreenRequest;
  if (req?.to !== 'offscreen' || sender.id !== browser.runtime.id) return false;
  try {
    if (req.type === 'prepare') {
      getConverter(req.target);
      sendResponse({ ok: true, value: null });
    } else {
      sendResponse({ ok: true, value: convertTexts(req.target, req.texts) });
    }
  } catch (e) {
    sendResponse(failed(e));
  }
  return false;
});
