// Where the one converter of the browser lives. Chrome MV3: an offscreen document, because the
// service worker is stopped after 30 s idle and rebuilding the S→T dictionaries costs hundreds of
// ms and ~40 MB each time. Firefox: its persistent background page. One adapter, chosen at build
// time, so no other code checks which browser it runs in.
import { browser, type Browser } from 'wxt/browser';
import { replyValue, type Failed } from '../messages';
import type { Target } from '../types';

export interface ConverterHost {
  convert(target: Target, texts: string[]): Promise<string[]>;
  /** Build the converter for a target ahead of need (a toggle is likely soon). */
  prepare(target: Target): Promise<void>;
  /**
   * Whether content scripts' `convert` messages reach the converter without the background: true
   * while Chrome's offscreen document is known to be up (it answers them itself), so the
   * background stays out of the way instead of carrying every batch a second time.
   */
  answersPagesDirectly(): boolean;
}

/** Message the offscreen document answers; nothing else listens for `to: 'offscreen'`. */
export type OffscreenRequest =
  | { to: 'offscreen'; type: 'convert'; target: Target; texts: string[] }
  | { to: 'offscreen'; type: 'prepare'; target: Target };

type OffscreenReply = { ok: true; value: string[] | null } | Failed;

const OFFSCREEN_PATH = '/offscreen.html';

function offscreenHost(): ConverterHost {
  let creating: Promise<void> | null = null;
  /** Whether the document answered this worker's last request (or was up when it started). */
  let knownUp = false;

  async function hasDocument(): Promise<boolean> {
    const contexts = await browser.runtime.getContexts({
      contextTypes: ['OFFSCREEN_DOCUMENT' as Browser.runtime.ContextType],
      documentUrls: [browser.runtime.getURL(OFFSCREEN_PATH)],
    });
    return contexts.length > 0;
  }

  // A worker started again after idling (30 s) finds the document still up: know it at once,
  // or every batch of the next toggle would be converted twice (by the document directly, and
  // through this worker) until the first one came back.
  hasDocument().then(
    (up) => {
      if (up) knownUp = true;
    },
    () => {},
  );

  async function ensureDocument(): Promise<void> {
    // Check and create under one guard: two batches arriving together must not both find no
    // document and both try to create one (Chrome allows a single offscreen document).
    creating ??= (async () => {
      if (await hasDocument()) return;
      await browser.offscreen.createDocument({
        url: OFFSCREEN_PATH,
        reasons: ['DOM_PARSER' as Browser.offscreen.Reason],
        justification: 'Keeps the Chinese script converter built once for all tabs.',
      });
    })().finally(() => {
      creating = null;
    });
    await creating;
  }

  async function request(message: OffscreenRequest): Promise<string[] | null> {
    await ensureDocument();
    let reply: OffscreenReply | undefined;
    try {
      reply = (await browser.runtime.sendMessage(message)) as OffscreenReply | undefined;
    } finally {
      // Up exactly when it answered; while a request is on its way it stays what it was, so
      // pages' batches are not carried here too and converted twice.
      knownUp = reply !== undefined;
    }
    return replyValue(reply, () => new Error('The converter did not answer'));
  }

  return {
    async convert(target, texts) {
      return (await request({ to: 'offscreen', type: 'convert', target, texts })) ?? [];
    },
    async prepare(target) {
      await request({ to: 'offscreen', type: 'prepare', target });
    },
    answersPagesDirectly: () => knownUp,
  };
}

function inProcessHost(): ConverterHost {
  // Loaded only by the Firefox build (import.meta.env.FIREFOX is a build-time constant).
  const engine = import('../convert/engine');
  return {
    async convert(target, texts) {
      return (await engine).convertTexts(target, texts);
    },
    async prepare(target) {
      (await engine).getConverter(target);
    },
    answersPagesDirectly: () => false,
  };
}

export const converterHost: ConverterHost = import.meta.env.FIREFOX ? inProcessHost() : offscreenHost();
