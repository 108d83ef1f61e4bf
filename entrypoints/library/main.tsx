import { render } from 'preact';
import { App, type LibraryHook } from '../../components/library/App';
import { loadLang, loadTheme } from '../../components/library/prefs';
import '../../components/library/library.css';
import { toSimplified } from '../../lib/convert/simplified';
import type { CsvScript } from '../../lib/export/csv';
import { importBackup } from '../../lib/export/backup';
import { buildCsv } from '../../lib/library/export';
import { skipUnchanged } from '../../lib/library/unchanged';
import { listClips } from '../../lib/store/clips';
import { libraryStore } from './store';

/** Bench hook: the Transfer tab's import and export, timed here so the bench sees no transfer cost. */
interface TransferHook {
  /** Imports a JSON backup the way the Transfer tab does; `ms` covers parsing, validation and the write. */
  importJson(text: string): Promise<{ ms: number; added: number }>;
  /** Builds the CSV of every clip (no download); `ms` covers building the text, not reading the store. */
  exportCsv(script?: CsvScript): Promise<{ ms: number; bytes: number }>;
}

declare global {
  interface Window {
    /** Test/bench hook; exists only in this extension page, which no web page can script. */
    __gongwenLibrary?: LibraryHook & TransferHook;
  }
}

const transferHook: TransferHook = {
  async importJson(text) {
    const start = performance.now();
    const { added } = await importBackup(text);
    return { ms: performance.now() - start, added };
  },
  async exportCsv(script = 'asClipped') {
    const clips = await listClips();
    const start = performance.now();
    // As in the Transfer tab, the S→T dictionaries are built only for a Traditional export.
    const convert = script === 'traditional' ? (await import('../../lib/convert/engine')).getConverter('tw') : undefined;
    const csv = await buildCsv(clips, { script, convert });
    return { ms: performance.now() - start, bytes: new Blob([csv]).size };
  },
};

render(
  <App
    store={libraryStore}
    simplify={skipUnchanged(toSimplified)}
    initialLang={loadLang()}
    initialTheme={loadTheme()}
    onHook={(hook) => {
      window.__gongwenLibrary = { ...hook, ...transferHook };
    }}
  />,
  document.getElementById('app')!,
);
