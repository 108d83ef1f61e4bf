// The one message contract between the extension's contexts. Every message is a plain object
// with a `type`; replies are `{ ok: true, value }` or `{ ok: false, error, name? }`.
// Shapes are validated on receipt (see lib/messages-schema.ts) — a malformed message is rejected.
import { errorFromReply, errorMessage, knownErrorName } from './errors';
import type { PageInput } from './analyzer/dom';
import type { ClipInput, Clip, PageStatus, Target } from './types';

/** Actions a user can take on a tab; popup, context menu, shortcuts and tests all go through these. */
export type TabAction =
  | { action: 'toggle'; target?: Target }
  | { action: 'restore' }
  | { action: 'highlights'; on?: boolean }
  | { action: 'panel'; open?: boolean }
  | { action: 'clipSelection'; tag?: string } // tag: added to the new clip's tags
  | { action: 'clipItems'; kind: 'task' | 'statistic'; indices?: number[] }
  | { action: 'reveal'; anchor: { exact: string; prefix: string; suffix: string } }
  | { action: 'status' };

/** Messages extension pages and content scripts send to the background. */
export type ToBackground =
  | { type: 'tab'; tabId: number; act: TabAction } // from popup / extension pages only
  | { type: 'openLibrary' }
  | { type: 'openClip'; clipId: string } // library: open the source at the clipped spot
  | { type: 'hello'; hasChinese: boolean } // boot content script: this page may need the reader
  // From content scripts. Chrome: the offscreen document answers directly once the background
  // knows it is up; `relay` asks the background to carry it (the document was not there).
  | { type: 'convert'; target: Target; texts: string[]; relay?: true }
  | { type: 'convertText'; target: Target; text: string } // popup's text box; replies the converted string
  | { type: 'prepareConverter'; target: Target }
  // A page of up to 50,000 characters as its reader read it, analysed here, where the analyzer's
  // code stays compiled from page to page (lib/content/reader.ts analyzeModel).
  | { type: 'analyze'; page: PageInput } // replies an Analysis
  | { type: 'saveClips'; clips: ClipInput[] }
  | { type: 'clipsForPage'; url: string }
  | { type: 'pageStatus'; status: PageStatus }; // content script reports its state (badge)

/** The port a page's reader sends its requests on (lib/content/background-channel.ts), and what goes over it. */
export const READER_PORT = 'reader';
export type PortRequest = { id: number; message: ToBackground };
export type PortReply = { id: number; reply: Reply<unknown> };

/** Messages the background sends to a tab's content script. */
export type ToContent = { type: 'act'; act: TabAction };

export type Reply<T> = { ok: true; value: T } | Failed;

/** A failure: the message, and the error's name when the UIs say it in their own words (lib/errors.ts). */
export type Failed = { ok: false; error: string; name?: string };

/** The reply for a failure: what was thrown, as text (replies cross contexts as plain data). */
export function failed(e: unknown): Failed {
  const name = knownErrorName(e);
  return { ok: false, error: errorMessage(e), ...(name && { name }) };
}

/** A reply's value: a failure is thrown as the Error it reports, no reply at all as `silence()`. */
export function replyValue<T>(reply: Reply<T> | undefined, silence: () => Error): T {
  if (!reply) throw silence();
  if (!reply.ok) throw errorFromReply(reply);
  return reply.value;
}

/** A tab's answer to an action carries the page's status after it, success or not (the badge). */
export type ActReply<T> = Reply<T> & { status?: PageStatus };

export interface SaveClipsResult {
  saved: Clip[];
}
