// "Back up now" from any extension page: every clip and the changed settings as a JSON file.
import { exportBackup } from '../../lib/export/backup';
import { markBackup } from '../../lib/library/backup-reminder';
import { exportFileName } from '../../lib/library/export';
import { getChangedSettings } from '../../lib/settings';
import { listClips } from '../../lib/store/clips';
import { downloadText } from '../library/download';

/** Downloads the backup and records it (for the reminder); returns the number of clips saved. */
export async function downloadBackup(now = new Date()): Promise<number> {
  const [clips, settings] = await Promise.all([listClips(), getChangedSettings()]);
  downloadText(exportBackup(clips, { settings, now }), exportFileName(now, 'json'), 'application/json');
  await markBackup(clips.length, now);
  return clips.length;
}
