// JSON backup of the whole library (and optionally the settings). Import is all or nothing:
// every record is validated before one merge transaction writes anything.
import { importClips, type ImportResult } from '../store/clips';
import { parseClip } from '../store/schema';
import type { Clip } from '../types';

export const BACKUP_FORMAT = 'gongwen-lens-backup';
export const BACKUP_VERSION = 1;

export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: number;
  exportedAt: string;
  clips: Clip[];
  settings?: unknown;
}

export function exportBackup(clips: readonly Clip[], extra: { settings?: unknown; now?: Date } = {}): string {
  const backup: Backup = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: (extra.now ?? new Date()).toISOString(),
    clips: [...clips],
    ...(extra.settings !== undefined && { settings: extra.settings }),
  };
  return JSON.stringify(backup);
}

/** Parse and validate a backup file; throws naming the first problem (the first bad record). */
export function readBackup(text: string): { clips: Clip[]; settings?: unknown } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new Error(`Not a Gongwen Lens backup: the file is not valid JSON, or it is truncated (${(e as Error).message})`);
  }
  const file = (typeof data === 'object' && data !== null ? data : {}) as Partial<Record<keyof Backup, unknown>>;
  if (file.format !== BACKUP_FORMAT) {
    throw new Error(`Not a Gongwen Lens backup: "format" is not "${BACKUP_FORMAT}"`);
  }
  if (typeof file.version !== 'number' || !Number.isInteger(file.version) || file.version < 1) {
    throw new Error('Not a Gongwen Lens backup: "version" is missing or invalid');
  }
  if (file.version > BACKUP_VERSION) {
    throw new Error(`This backup was made by a newer Gongwen Lens (format version ${file.version}); update the extension to import it`);
  }
  if (!Array.isArray(file.clips)) throw new Error('Not a Gongwen Lens backup: "clips" is not a list');
  const records = file.clips;
  const clips = records.map((record: unknown, i) => {
    try {
      return parseClip(record);
    } catch (e) {
      const id = (record as { id?: unknown } | null)?.id;
      const named = typeof id === 'string' ? ` (id ${id.slice(0, 100)})` : '';
      throw new Error(`Backup record ${i + 1} of ${records.length}${named}: ${(e as Error).message}`);
    }
  });
  return { clips, ...(file.settings !== undefined && { settings: file.settings }) };
}

/**
 * Import a backup: clips merge by identity (same item: keep the library's clip, later clippedAt,
 * union of tags, non-empty note). Returns the counts and the settings the file carried, if any,
 * for the caller to apply.
 */
export async function importBackup(text: string): Promise<ImportResult & { settings?: unknown }> {
  const { clips, settings } = readBackup(text);
  const result = await importClips(clips);
  return { ...result, ...(settings !== undefined && { settings }) };
}
