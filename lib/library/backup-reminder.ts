// When the library last went into a backup, and whether it is time to remind the reader: the
// library lives only in this browser profile, so uninstalling the extension deletes it.
import { browser } from 'wxt/browser';

export const BACKUP_MARK_KEY = 'backupMark';

export interface BackupMark {
  /** ISO time of the last backup, null when there has been none. */
  lastBackupAt: string | null;
  /** How many clips the library held then. */
  clipsAtLastBackup: number;
}

const NO_BACKUP: BackupMark = { lastBackupAt: null, clipsAtLastBackup: 0 };

function validMark(value: unknown): BackupMark {
  const mark = value as Partial<BackupMark> | undefined;
  const count = mark?.clipsAtLastBackup;
  const at = mark?.lastBackupAt;
  if (typeof count !== 'number' || !Number.isInteger(count) || count < 0) return NO_BACKUP;
  return { lastBackupAt: typeof at === 'string' && !Number.isNaN(Date.parse(at)) ? at : null, clipsAtLastBackup: count };
}

export async function getBackupMark(): Promise<BackupMark> {
  const stored = await browser.storage.local.get(BACKUP_MARK_KEY);
  return validMark(stored[BACKUP_MARK_KEY]);
}

export async function markBackup(clipCount: number, now = new Date()): Promise<BackupMark> {
  const mark: BackupMark = { lastBackupAt: now.toISOString(), clipsAtLastBackup: clipCount };
  await browser.storage.local.set({ [BACKUP_MARK_KEY]: mark });
  return mark;
}

/** Calls `callback` with the new mark whenever a backup is made in any extension page. */
export function onBackupMarkChanged(callback: (mark: BackupMark) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && BACKUP_MARK_KEY in changes) callback(validMark(changes[BACKUP_MARK_KEY].newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

/**
 * Clips added since the last backup when a reminder is due (`backupEvery` of them or more), else
 * null. Deleted clips count against added ones; 0 turns reminders off.
 */
export function backupReminderDue(backupEvery: number, clipCount: number, mark: BackupMark): number | null {
  if (backupEvery <= 0) return null;
  const since = Math.max(0, clipCount - mark.clipsAtLastBackup);
  return since >= backupEvery ? since : null;
}
