// The clip list: a virtual-scrolled grid with one fixed-height row per clip. Keyboard: arrows,
// Home/End, PageUp/PageDown move; Shift extends the selection; Space selects; Enter opens the
// source; F2 edits the note; E corrects the detected fields; Delete deletes. Only the active row
// is in the tab order.
import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { correctedValues, detectedValues, isCorrected, type CorrectionField } from '../../lib/library/corrections';
import { formatTags, parseTags } from '../../lib/library/tags';
import { safeHref } from '../../lib/library/links';
import type { ClipChanges } from '../../lib/store/clips';
import type { Clip } from '../../lib/types';
import { CorrectionDialog } from './CorrectionDialog';
import { InlineEdit } from './InlineEdit';
import { TagChips } from './TagColors';
import { useT } from './i18n';
import { useVirtualList } from './useVirtualList';

export const ROW_HEIGHT = 52;

interface Props {
  clips: readonly Clip[];
  /** Indices into `clips`, in display order. */
  rows: readonly number[];
  selected: ReadonlySet<string>;
  onSelect: (id: string, range: boolean) => void;
  onSave: (id: string, patch: ClipChanges) => void;
  onDelete: (ids: string[]) => void;
}

const isTextField = (el: EventTarget | null) =>
  (el instanceof HTMLInputElement && el.type === 'text') || el instanceof HTMLTextAreaElement;

export function ClipTable({ clips, rows, selected, onSelect, onSave, onDelete }: Props) {
  const t = useT();
  const { scrollRef, virtualizer } = useVirtualList(rows.length, ROW_HEIGHT);
  const [active, setActive] = useState(0);
  const [editNoteOf, setEditNoteOf] = useState<string | null>(null);
  const [correctOf, setCorrectOf] = useState<Clip | null>(null);
  const focusActive = useRef(false);
  const activeRow = Math.min(active, Math.max(0, rows.length - 1));

  // After a keyboard move the target row may render only once the list has scrolled to it, so the
  // request stays pending until the row exists.
  useEffect(() => {
    if (!focusActive.current) return;
    const row = scrollRef.current?.querySelector<HTMLElement>(`[data-row="${activeRow}"]`);
    if (!row) return;
    focusActive.current = false;
    row.focus();
  });

  function moveTo(index: number, extend: boolean) {
    const next = Math.max(0, Math.min(rows.length - 1, index));
    if (extend) onSelect(clips[rows[next]].id, true);
    setActive(next);
    focusActive.current = true;
    virtualizer.scrollToIndex(next);
  }

  function onKeyDown(e: KeyboardEvent) {
    if (rows.length === 0 || isTextField(e.target)) return;
    const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? ROW_HEIGHT * 10) / ROW_HEIGHT) - 1);
    const clip = clips[rows[activeRow]];
    const onRow = e.target instanceof HTMLElement && e.target.getAttribute('role') === 'row';
    switch (e.key) {
      case 'ArrowDown':
        moveTo(activeRow + 1, e.shiftKey);
        break;
      case 'ArrowUp':
        moveTo(activeRow - 1, e.shiftKey);
        break;
      case 'PageDown':
        moveTo(activeRow + page, e.shiftKey);
        break;
      case 'PageUp':
        moveTo(activeRow - page, e.shiftKey);
        break;
      case 'Home':
        moveTo(0, e.shiftKey);
        break;
      case 'End':
        moveTo(rows.length - 1, e.shiftKey);
        break;
      case ' ':
        // On a checkbox or button Space keeps its own meaning.
        if (!onRow) return;
        onSelect(clip.id, e.shiftKey);
        break;
      case 'Enter': {
        if (!onRow) return;
        const href = safeHref(clip.anchor.fragmentUrl || clip.page.url);
        if (href) openClipSource(clip.id, href);
        break;
      }
      case 'F2':
        setEditNoteOf(clip.id);
        break;
      case 'e':
      case 'E':
        if (e.ctrlKey || e.metaKey || e.altKey) return;
        setCorrectOf(clip);
        break;
      case 'Delete':
      case 'Backspace':
        onDelete(selected.size > 0 ? [...selected] : [clip.id]);
        break;
      default:
        return;
    }
    e.preventDefault();
  }

  return (
    <div class="clip-grid" role="grid" aria-label={t('tabClips')} aria-rowcount={rows.length + 1} aria-multiselectable="true" onKeyDown={onKeyDown}>
      <div class="clip-row head" role="row" aria-rowindex={1}>
        <span role="columnheader" class="c-check" />
        <span role="columnheader">{t('filterKind')}</span>
        <span role="columnheader">{t('colText')}</span>
        <span role="columnheader">{t('colOrg')}</span>
        <span role="columnheader">{t('colDate')}</span>
        <span role="columnheader">{t('colTags')}</span>
        <span role="columnheader">{t('colNote')}</span>
        <span role="columnheader" class="c-open" />
      </div>
      <div class="clip-scroll" ref={scrollRef} role="rowgroup">
        <div class="clip-canvas" style={{ height: `${virtualizer.getTotalSize()}px` }}>
          {virtualizer.getVirtualItems().map((item) => {
            const clip = clips[rows[item.index]];
            if (!clip) return null;
            return (
              <ClipRow
                key={clip.id}
                clip={clip}
                index={item.index}
                top={item.start}
                active={item.index === activeRow}
                selected={selected.has(clip.id)}
                editNote={editNoteOf === clip.id}
                onEditNoteDone={() => setEditNoteOf(null)}
                onFocusRow={() => setActive(item.index)}
                onSelect={onSelect}
                onSave={onSave}
                onCorrect={() => setCorrectOf(clip)}
              />
            );
          })}
        </div>
      </div>
      {correctOf && (
        <CorrectionDialog
          clip={correctOf}
          onSave={(corrected) => onSave(correctOf.id, { corrected })}
          onClose={() => setCorrectOf(null)}
        />
      )}
    </div>
  );
}

interface RowProps {
  clip: Clip;
  index: number;
  top: number;
  active: boolean;
  selected: boolean;
  editNote: boolean;
  onEditNoteDone: () => void;
  onFocusRow: () => void;
  onSelect: (id: string, range: boolean) => void;
  onSave: (id: string, patch: ClipChanges) => void;
  onCorrect: () => void;
}

/** A detected field as it stands: the correction, marked, with the detected value in its title. */
function FieldValue({ clip, field }: { clip: Clip; field: CorrectionField }) {
  const t = useT();
  const shown = correctedValues(clip)[field] ?? '';
  if (!isCorrected(clip, field)) return <span title={String(shown)}>{shown}</span>;
  const detected = detectedValues(clip)[field];
  const title = t('correctedTitle', { value: detected === null ? t('detectedNone') : String(detected) });
  return (
    <span class="corrected" title={`${shown} — ${title}`}>
      {shown}
      <span class="corrected-mark" aria-label={title}>
        ✎
      </span>
    </span>
  );
}

function openClipSource(clipId: string, href: string): void {
  browser.runtime.sendMessage({ type: 'openClip', clipId }).then(
    (reply: { ok: boolean } | undefined) => {
      if (!reply?.ok) window.open(href, '_blank', 'noopener');
    },
    () => window.open(href, '_blank', 'noopener'),
  );
}

/** One clip. Every clip field is rendered as a text node, never as markup. */
export function ClipRow({ clip, index, top, active, selected, editNote, onEditNoteDone, onFocusRow, onSelect, onSave, onCorrect }: RowProps) {
  const t = useT();
  const tab = active ? 0 : -1;
  const href = safeHref(clip.anchor.fragmentUrl || clip.page.url);
  const sub = [clip.page.title, clip.context && clip.context !== clip.text ? clip.context : null].filter(Boolean).join(' · ');
  return (
    <div
      class={`clip-row${selected ? ' selected' : ''}`}
      role="row"
      aria-rowindex={index + 2}
      aria-selected={selected}
      data-row={index}
      tabIndex={tab}
      style={{ transform: `translateY(${top}px)` }}
      onFocusIn={onFocusRow}
    >
      <span role="gridcell" class="c-check">
        <input
          type="checkbox"
          aria-label={`${t('selectRow')}: ${clip.text.slice(0, 40)}`}
          checked={selected}
          tabIndex={tab}
          onClick={(e) => {
            e.preventDefault();
            onSelect(clip.id, e.shiftKey);
          }}
        />
      </span>
      <span role="gridcell" class={`c-kind kind-${clip.kind}`}>
        {clip.marker ? `${clip.marker} ` : ''}
        {t(`kind_${clip.kind}`)}
      </span>
      <span role="gridcell" class="c-text">
        <span class="clip-text" title={clip.text}>
          {clip.text}
        </span>
        <span class="clip-sub" title={sub}>
          {sub}
        </span>
      </span>
      <span role="gridcell" class="c-org">
        <FieldValue clip={clip} field="org" />
      </span>
      <span role="gridcell" class="c-date">
        <FieldValue clip={clip} field="date" />
      </span>
      <span role="gridcell" class="c-tags">
        <InlineEdit
          value={formatTags(clip.tags)}
          display={<TagChips tags={clip.tags} />}
          label={t('editTags')}
          placeholder={t('addTags')}
          hint={t('tagsHint')}
          tabIndex={tab}
          onSave={(value) => onSave(clip.id, { tags: parseTags(value) })}
        />
      </span>
      <span role="gridcell" class="c-note">
        <InlineEdit
          value={clip.note}
          label={t('editNote')}
          placeholder={t('addNote')}
          tabIndex={tab}
          startEditing={editNote}
          onEditingDone={onEditNoteDone}
          onSave={(note) => onSave(clip.id, { note })}
        />
      </span>
      <span role="gridcell" class="c-open">
        <button type="button" tabIndex={tab} aria-label={t('correctDetected')} title={t('correctDetected')} onClick={onCorrect}>
          ✎
        </button>
        {href && (
          <a
            href={href}
            target="_blank"
            rel="noopener noreferrer"
            tabIndex={tab}
            aria-label={t('openSource')}
            title={t('openSource')}
            onClick={(e) => {
              // A plain click opens the page and scrolls to the clip in either script (the
              // background re-anchors it); other clicks keep the link's own behaviour.
              if (e.button !== 0 || e.ctrlKey || e.metaKey || e.shiftKey) return;
              e.preventDefault();
              openClipSource(clip.id, href);
            }}
          >
            ↗
          </a>
        )}
      </span>
    </div>
  );
}
