// The reminder to back up after many new clips, shown on the library and options pages. It reads
// the interval (settings.backupEvery) itself, so a settings change re-renders only the reminder.
import { errorMessage } from '../../lib/errors';
import { useEffect, useState } from 'preact/hooks';
import { defineStrings, makeT, type Lang } from '../../lib/i18n';
import { backupReminderDue, getBackupMark, onBackupMarkChanged, type BackupMark } from '../../lib/library/backup-reminder';
import { downloadBackup } from './backup';
import { useSettings } from './useUi';

const strings = defineStrings({
  en: {
    reminder: '{count} clips since your last backup — uninstalling the extension deletes the library.',
    backUpNow: 'Back up now',
    failed: 'The backup did not work: {error}',
  },
  'zh-CN': {
    reminder: '自上次备份以来新增了 {count} 条摘录——卸载扩展会删除摘录库。',
    backUpNow: '立即备份',
    failed: '备份未成功：{error}',
  },
  'zh-TW': {
    reminder: '自上次備份以來新增了 {count} 筆摘錄——移除擴充功能會刪除摘錄庫。',
    backUpNow: '立即備份',
    failed: '備份未成功：{error}',
  },
});

interface Props {
  lang: Lang;
  /** Clips in the library now; null while unknown. */
  clipCount: number | null;
}

export function BackupReminder({ lang, clipCount }: Props) {
  const t = makeT(strings, lang);
  const backupEvery = useSettings()?.backupEvery;
  const [mark, setMark] = useState<BackupMark | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let live = true;
    const stop = onBackupMarkChanged(setMark);
    getBackupMark().then((loaded) => live && setMark(loaded));
    return () => {
      live = false;
      stop();
    };
  }, []);

  const due =
    mark && clipCount !== null && backupEvery !== undefined ? backupReminderDue(backupEvery, clipCount, mark) : null;
  if (due === null) return null;

  const backUp = async () => {
    setBusy(true);
    setError(null);
    try {
      await downloadBackup();
    } catch (e) {
      setError(t('failed', { error: errorMessage(e) }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div class="backup-reminder" role="status">
      <span>{t('reminder', { count: due })}</span>
      <button type="button" disabled={busy} onClick={() => void backUp()}>
        {t('backUpNow')}
      </button>
      {error && (
        <span role="alert" class="gl-error">
          {error}
        </span>
      )}
    </div>
  );
}
