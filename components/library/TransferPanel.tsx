// Export (CSV of all clips or of the current view, in a chosen script; JSON backup) and import
// (JSON backup or our CSV). An import either applies fully or leaves the library as it was; the
// store guarantees that, this panel reports which one happened.
import { useState } from 'preact/hooks';
import { errorText } from '../../lib/errors';
import { importBackup } from '../../lib/export/backup';
import { importCsv } from '../../lib/export/csv-import';
import type { CsvScript } from '../../lib/export/csv';
import { buildCsv, exportFileName } from '../../lib/library/export';
import { nextTask } from '../../lib/library/schedule';
import type { Clip } from '../../lib/types';
import { downloadBackup } from '../common/backup';
import { downloadText } from './download';
import { useT } from './i18n';
import type { LibraryKey } from './strings';

interface Props {
  allClips: () => readonly Clip[];
  shownClips: () => readonly Clip[];
  allCount: number;
  shownCount: number;
  onImported: () => void;
}

// Kept as a key and values, not text, so a message follows a later change of UI language.
type Status =
  | { kind: 'info'; key: LibraryKey; vars: Record<string, string | number> }
  | { kind: 'error'; key: LibraryKey; error: unknown }
  | null;

const looksLikeCsv = (fileName: string, text: string) =>
  /\.csv$/i.test(fileName) || /^\uFEFF?id,kind,/.test(text);

export function TransferPanel({ allClips, shownClips, allCount, shownCount, onImported }: Props) {
  const t = useT();
  const [scope, setScope] = useState<'all' | 'shown'>('all');
  const [script, setScript] = useState<CsvScript>('asClipped');
  const [progress, setProgress] = useState<number | null>(null);
  const [preparing, setPreparing] = useState(false);
  const [exportStatus, setExportStatus] = useState<Status>(null);
  const [importStatus, setImportStatus] = useState<Status>(null);
  const [backupStatus, setBackupStatus] = useState<Status>(null);
  const [importing, setImporting] = useState(false);
  const [importProgress, setImportProgress] = useState<number | null>(null);

  async function exportCsv() {
    const clips = scope === 'all' ? allClips() : shownClips();
    setExportStatus(null);
    try {
      let convert: ((text: string) => string) | undefined;
      if (script === 'traditional') {
        // The Simplified→Traditional dictionaries are large: build them only now, after a paint
        // that shows why the page is busy.
        setPreparing(true);
        await nextTask();
        // The S→T dictionaries (~1.1 MB) load only for this export, not with the library page.
        const { getConverter } = await import('../../lib/convert/engine');
        convert = getConverter('tw');
        setPreparing(false);
      }
      setProgress(0);
      const csv = await buildCsv(clips, { script, convert, onProgress: setProgress });
      downloadText(csv, exportFileName(new Date(), 'csv'), 'text/csv;charset=utf-8');
      setExportStatus({ kind: 'info', key: 'exportDone', vars: { count: clips.length } });
    } catch (e) {
      setExportStatus({ kind: 'error', key: 'actionFailed', error: e });
    } finally {
      setPreparing(false);
      setProgress(null);
    }
  }

  async function exportJson() {
    setBackupStatus(null);
    try {
      setBackupStatus({ kind: 'info', key: 'backupDone', vars: { count: await downloadBackup() } });
    } catch (e) {
      setBackupStatus({ kind: 'error', key: 'actionFailed', error: e });
    }
  }

  async function importFile(input: HTMLInputElement) {
    const file = input.files?.[0];
    if (!file) return;
    setImporting(true);
    setImportStatus(null);
    try {
      const text = await file.text();
      const onProgress = (written: number, total: number) => setImportProgress(written / total);
      const result = looksLikeCsv(file.name, text) ? await importCsv(text, { onProgress }) : await importBackup(text, { onProgress });
      const { added, merged, total } = result;
      const key = 'settings' in result ? 'importSuccessSettings' : 'importSuccess';
      setImportStatus({ kind: 'info', key, vars: { added, merged, total } });
      onImported();
    } catch (e) {
      setImportStatus({ kind: 'error', key: 'importFailed', error: e });
    } finally {
      setImporting(false);
      setImportProgress(null);
      input.value = '';
    }
  }

  const busy = progress !== null || preparing;
  return (
    <div class="transfer">
      <section aria-labelledby="export-title">
        <h2 id="export-title">{t('exportTitle')}</h2>
        <fieldset>
          <legend>{t('exportScope')}</legend>
          <label>
            <input type="radio" name="scope" checked={scope === 'all'} onChange={() => setScope('all')} />
            {t('exportAll', { count: allCount })}
          </label>
          <label>
            <input type="radio" name="scope" checked={scope === 'shown'} onChange={() => setScope('shown')} />
            {t('exportFiltered', { count: shownCount })}
          </label>
        </fieldset>
        <fieldset>
          <legend>{t('exportScript')}</legend>
          {(
            [
              ['asClipped', 'scriptAsClipped'],
              ['simplified', 'scriptSimplified'],
              ['traditional', 'scriptTraditional'],
            ] as const
          ).map(([value, label]) => (
            <label key={value}>
              <input type="radio" name="script" checked={script === value} onChange={() => setScript(value)} />
              {t(label)}
            </label>
          ))}
        </fieldset>
        <button type="button" class="primary" disabled={busy} onClick={exportCsv}>
          {t('exportCsv')}
        </button>
        {preparing && <p role="status">{t('preparingConverter')}</p>}
        {progress !== null && (
          <progress max={1} value={progress} aria-label={t('exportProgress')}>
            {Math.round(progress * 100)}%
          </progress>
        )}
        {exportStatus && <StatusLine status={exportStatus} />}
      </section>

      <section aria-labelledby="backup-title">
        <h2 id="backup-title">{t('backupTitle')}</h2>
        <p class="muted">{t('backupHint')}</p>
        <button type="button" onClick={() => void exportJson()}>
          {t('exportJson')}
        </button>
        {backupStatus && <StatusLine status={backupStatus} />}
      </section>

      <section aria-labelledby="import-title">
        <h2 id="import-title">{t('importTitle')}</h2>
        <p class="muted">{t('importHint')}</p>
        <label class="file-pick">
          {t('importChoose')}
          <input
            type="file"
            accept=".json,.csv,application/json,text/csv"
            disabled={importing}
            onChange={(e) => void importFile(e.currentTarget)}
          />
        </label>
        {importing && <p role="status">{t('importing')}</p>}
        {importProgress !== null && (
          <progress max={1} value={importProgress} aria-label={t('importProgress')}>
            {Math.round(importProgress * 100)}%
          </progress>
        )}
        {importStatus && <StatusLine status={importStatus} />}
      </section>
    </div>
  );
}

function StatusLine({ status }: { status: NonNullable<Status> }) {
  const t = useT();
  const text = status.kind === 'error' ? errorText(t, status.error, status.key) : t(status.key, status.vars);
  return status.kind === 'error' ? (
    <p role="alert" class="error">
      {text}
    </p>
  ) : (
    <p role="status" class="ok">
      {text}
    </p>
  );
}
