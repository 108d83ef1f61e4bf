// JSON backup of the whole library and the settings (site rules and tag colours included). Import
// is all or nothing: every record and the settings are validated before anything is written.
import { parseSettingsBackup, saveSettings, type Settings } from '../settings';
import { importClips, type ImportProgress, type ImportResult } from '../store/clips';
import { parseClip } from '../store/schema';
import type { Clip } from '../types';

export const BACKUP_FORMAT = 'gongwen-lens-backup';
export const BACKUP_VERSION = 1;

export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: number;
  exportedAt: string;
  clips: Clip[];
  settings?: Partial<Settings>;
}

export function exportBackup(clips: readonly Clip[], extra: { settings?: Partial<Settings>; now?: Date } = {}): string {
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
export function readBackup(text: string): { clips: Clip[]; settings?: Partial<Settings> } {
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
  if (file.settings === undefined) return { clips };
  try {
    return { clips, settings: parseSettingsBackup(file.settings) };
  } catch (e) {
    throw new Error(`Backup settings: ${(e as Error).message}`);
  }
}

/**
 * Import a backup: clips merge by identity (same item: keep the library's clip, later clippedAt,
 * union of tags, non-empty note); the settings the file carries replace the stored ones field by
 * field. Returns the counts and the settings applied, if any.
 */
export async function importBackup(
  text: string,
  progress: ImportProgress = {},
): Promise<ImportResult & { settings?: Partial<Settings> }> {
  const { clips, settings } = readBackup(text);
  // The clip transaction is the write that can fail (quota); settings, validated already, follow it.
  const result = await importClips(clips, progress);
  if (settings === undefined) return result;
  await saveSettings(settings);
  return { ...result, settings };
}
