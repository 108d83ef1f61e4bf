// The offscreen document: home of the browser's one script converter (Chrome build only). It
// answers the background's requests, and pages' `convert` batches directly once the background
// has seen it up (see ConverterHost.answersPagesDirectly): a batch then crosses one channel
// instead of being parsed and sent again by the service worker.
import { browser } from 'wxt/browser';
import { convertTexts, getConverter } from '../../lib/convert/engine';
import { failed } from '../../lib/messages';
import { parseToBackground } from '../../lib/messages-schema';
import type { OffscreenRequest } from '../../lib/platform/converter-host';

function answerBackground(req: OffscreenRequest): unknown {
  if (req.type === 'prepare') {
    getConverter(req.target);
    return null;
  }
  return convertTexts(req.target, req.texts);
}

browser.runtime.onMessage.addListener((message: unknown, sender, sendResponse) => {
  if (sender.id !== browser.runtime.id) return false;
  // A relayed batch is the background's to answer (the page asked it: this document was not up),
  // so it is not even validated here.
  const page = message as { type?: unknown; relay?: unknown } | null;
  const fromPage = !!sender.tab && page?.type === 'convert' && page.relay === undefined;
  if ((message as OffscreenRequest | null)?.to !== 'offscreen' && !fromPage) return false;
  try {
    if (fromPage) {
      const req = parseToBackground(message);
      if (req.type !== 'convert') return false;
      sendResponse({ ok: true, value: convertTexts(req.target, req.texts) });
    } else {
      sendResponse({ ok: true, value: answerBackground(message as OffscreenRequest) });
    }
  } catch (e) {
    sendResponse(failed(e));
  }
  return false;
});
