// Edits the reader's corrections of one clip's detected fields. Each field shows what the analyzer
// detected beside it; a blank field means "as detected". Modal: focus starts in the first field,
// Tab stays inside, Escape cancels, and focus returns to where it was.
import { errorText } from '../../lib/errors';
import { useEffect, useRef, useState } from 'preact/hooks';
import {
  CORRECTION_FIELDS,
  correctionsFromDraft,
  detectedValues,
  type CorrectionField,
} from '../../lib/library/corrections';
import type { Clip, ClipCorrection } from '../../lib/types';
import { useT } from './i18n';
import type { LibraryKey } from './strings';

interface Props {
  clip: Clip;
  onSave: (corrected: ClipCorrection) => void;
  onClose: () => void;
}

const LABELS: Record<CorrectionField, LibraryKey> = {
  date: 'fieldDate',
  org: 'fieldOrg',
  docNumber: 'fieldDocNumber',
  value: 'fieldValue',
  unit: 'fieldUnit',
  qualifier: 'fieldQualifier',
};

const asText = (value: string | number | null | undefined) => (value === null || value === undefined ? '' : String(value));

export function CorrectionDialog({ clip, onSave, onClose }: Props) {
  const t = useT();
  const detected = detectedValues(clip);
  const [draft, setDraft] = useState(
    () => Object.fromEntries(CORRECTION_FIELDS.map((f) => [f, asText(clip.corrected?.[f])])) as Record<CorrectionField, string>,
  );
  const [error, setError] = useState<string | null>(null);
  const dialog = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const returnTo = document.activeElement as HTMLElement | null;
    dialog.current?.querySelector<HTMLInputElement>('input')?.focus();
    return () => returnTo?.focus();
  }, []);

  function save(e: Event) {
    e.preventDefault();
    try {
      onSave(correctionsFromDraft(clip, draft));
      onClose();
    } catch (err) {
      setError(errorText(t, err, 'correctionInvalid'));
    }
  }

  function onKeyDown(e: KeyboardEvent) {
    // Keys typed here are the dialog's: the clip list's shortcuts must not fire behind it.
    e.stopPropagation();
    if (e.key === 'Escape') {
      e.preventDefault();
      onClose();
    } else if (e.key === 'Tab') {
      const focusable = [...(dialog.current?.querySelectorAll<HTMLElement>('input, button') ?? [])];
      const [first, last] = [focusable[0], focusable[focusable.length - 1]];
      if (e.shiftKey && document.activeElement === first) {
        e.preventDefault();
        last?.focus();
      } else if (!e.shiftKey && document.activeElement === last) {
        e.preventDefault();
        first?.focus();
      }
    }
  }

  return (
    <div class="modal-backdrop">
      <div
        ref={dialog}
        class="modal correction-dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby="correction-title"
        onKeyDown={onKeyDown}
      >
        <h2 id="correction-title">{t('correctTitle')}</h2>
        <p class="muted clip-excerpt">{clip.text}</p>
        <form onSubmit={save}>
          {CORRECTION_FIELDS.map((field) => (
            <div class="correction-field" key={field}>
              <label for={`correct-${field}`}>{t(LABELS[field])}</label>
              <input
                id={`correct-${field}`}
                type={field === 'date' ? 'date' : 'text'}
                inputMode={field === 'value' ? 'decimal' : undefined}
                value={draft[field]}
                placeholder={asText(detected[field])}
                aria-describedby={`detected-${field}`}
                onInput={(e) => setDraft({ ...draft, [field]: e.currentTarget.value })}
              />
              <span id={`detected-${field}`} class="muted detected">
                {t('detectedValue', { value: asText(detected[field]) || t('detectedNone') })}
              </span>
            </div>
          ))}
          <p class="muted">{t('correctHint')}</p>
          {error && (
            <p role="alert" class="error">
              {error}
            </p>
          )}
          <div class="modal-actions">
            <button type="submit" class="primary">
              {t('saveCorrections')}
            </button>
            <button
              type="button"
              onClick={() => {
                onSave({});
                onClose();
              }}
            >
              {t('clearCorrections')}
            </button>
            <button type="button" onClick={onClose}>
              {t('cancel')}
            </button>
          </div>
        </form>
      </div>
    </div>
  );
}
