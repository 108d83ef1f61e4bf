// Thrown values as text, one way everywhere: in replies that cross contexts, and in every UI.
// An error the user can act on (storage full) keeps its name across contexts, so that each UI
// says it in its own language instead of showing the English message of another context.
import { defineStrings, type Translate } from './i18n';

export const STORAGE_FULL = 'StorageFullError';

/** Error names a reply carries along with the message. */
const NAMED = new Set([STORAGE_FULL]);

/** The one conversion of a thrown value to text. */
export function errorMessage(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/** The name of `e` if it is one of the errors the UIs say in their own words. */
export function knownErrorName(e: unknown): string | undefined {
  const name = (e as { name?: unknown } | null | undefined)?.name;
  return typeof name === 'string' && NAMED.has(name) ? name : undefined;
}

/** The error a failed reply stands for, named as it was thrown if the UIs know that name. */
export function errorFromReply(reply: { error: string; name?: string }): Error {
  const e = new Error(reply.error);
  if (reply.name && NAMED.has(reply.name)) e.name = reply.name;
  return e;
}

/** The sentences of the known errors; every UI's string table includes them. */
export const ERROR_STRINGS = defineStrings({
  en: {
    storageFull: 'Storage is full: nothing was saved. Free disk space, or export clips and delete some.',
  },
  'zh-CN': {
    storageFull: '存储空间已满，未能保存。请释放磁盘空间，或导出摘录后删除一部分。',
  },
  'zh-TW': {
    storageFull: '儲存空間已滿，未能儲存。請釋放磁碟空間，或匯出摘錄後刪除一部分。',
  },
});

type ErrorKey = keyof (typeof ERROR_STRINGS)['en'];

/**
 * What to tell the user about `e`: the sentence of a known error, or else `key` of the caller's
 * table with the error's message as `{error}`.
 */
export function errorText<K extends string>(t: Translate<K | ErrorKey>, e: unknown, key: K | ErrorKey): string {
  return knownErrorName(e) === STORAGE_FULL ? t('storageFull') : t(key, { error: errorMessage(e) });
}
