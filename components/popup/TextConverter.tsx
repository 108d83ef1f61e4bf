// Converts text that is not a page: typed, pasted or the active tab's selection, with a copy of the
// result. No clipboardRead permission: "Paste" asks the browser, and when it says no, Ctrl+V in
// the box still works (a paste the user makes themselves needs no permission).
import { errorText } from '../../lib/errors';
import { useState } from 'preact/hooks';
import type { Translate } from '../../lib/i18n';
import { MAX_CONVERT_TEXT_CHARS } from '../../lib/messages-schema';
import type { Target } from '../../lib/types';
import type { PopupKey } from './strings';
import { activeTab, convertText, selectedText } from './tabClient';

interface Props {
  t: Translate<PopupKey>;
  targetName: (target: Target) => string;
  targets: Target[];
}

type Note = { kind: 'error' | 'info'; text: string } | null;


export function TextConverter({ t, targetName, targets }: Props) {
  const [text, setText] = useState('');
  const [target, setTarget] = useState<Target>(targets[0]);
  const [result, setResult] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [note, setNote] = useState<Note>(null);

  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    setNote(null);
    try {
      await work();
    } catch (error) {
      setNote({ kind: 'error', text: errorText(t, error, 'actionFailed') });
    } finally {
      setBusy(false);
    }
  };

  const convert = (input = text) =>
    run(async () => {
      setResult(await convertText(target, input));
    });

  const take = (input: string) => {
    setText(input);
    setResult(null);
    if (input) void convert(input);
  };

  const useSelection = () =>
    run(async () => {
      const tab = await activeTab();
      const selection = tab ? await selectedText(tab.id) : '';
      if (!selection) throw new Error(t('nothingSelected'));
      take(selection.slice(0, MAX_CONVERT_TEXT_CHARS));
    });

  const paste = async () => {
    try {
      take((await navigator.clipboard.readText()).slice(0, MAX_CONVERT_TEXT_CHARS));
    } catch {
      setNote({ kind: 'info', text: t('pasteWithKeys') });
      document.getElementById('convert-text-input')?.focus();
    }
  };

  const copy = () =>
    run(async () => {
      await navigator.clipboard.writeText(result ?? '');
      setNote({ kind: 'info', text: t('copied') });
    });

  return (
    <details class="text-converter">
      <summary>{t('convertTextTitle')}</summary>
      <label for="convert-text-input">{t('convertTextLabel')}</label>
      <textarea
        id="convert-text-input"
        rows={3}
        maxLength={MAX_CONVERT_TEXT_CHARS}
        value={text}
        onInput={(e) => {
          setText(e.currentTarget.value);
          setResult(null);
        }}
      />
      <div class="row">
        <button type="button" disabled={busy} onClick={useSelection}>
          {t('useSelection')}
        </button>
        <button type="button" disabled={busy} onClick={paste}>
          {t('pasteClipboard')}
        </button>
      </div>
      <div class="row">
        <label class="convert-target">
          {t('convertTo')}
          <select value={target} onChange={(e) => setTarget(e.currentTarget.value as Target)}>
            {targets.map((option) => (
              <option key={option} value={option}>
                {targetName(option)}
              </option>
            ))}
          </select>
        </label>
        <button type="button" class="gl-primary" disabled={busy || !text} onClick={() => void convert()}>
          {t('convertText')}
        </button>
      </div>
      {result !== null && (
        <>
          <label for="convert-text-result">{t('convertedText')}</label>
          <textarea id="convert-text-result" rows={3} readOnly value={result} />
          <button type="button" disabled={busy} onClick={copy}>
            {t('copy')}
          </button>
        </>
      )}
      {note && (
        <p class={note.kind === 'error' ? 'gl-error' : 'notice-ok'} role={note.kind === 'error' ? 'alert' : 'status'}>
          {note.text}
        </p>
      )}
    </details>
  );
}
