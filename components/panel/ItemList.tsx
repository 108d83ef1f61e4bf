// A keyboard-navigable list of items, each with a "show in page" button and a "clip" button.
// One row is in the tab order at a time (roving tabindex); arrow keys, Home and End move
// between rows and keep the column (show or clip) the focus was in.
import type { ComponentChildren } from 'preact';
import { useRef, useState } from 'preact/hooks';
import type { Translate } from '../../lib/i18n';
import { shorten, SHORT_TEXT } from './format';
import type { PanelKey } from './strings';
import { trusted } from './trusted';

export interface ItemRow {
  /** Identity as in PanelProps.clipped ('task:3', 'stat:5'). */
  id: string;
  /** Nesting level (tasks); indents the row. */
  level?: number;
  /** Bold lead-in: a task's marker, a statistic's formatted value. */
  lead: string;
  text: string;
  /** Shown after the text (a statistic's qualifier). */
  extra?: ComponentChildren;
  clipped: boolean;
  /** Colour of the clip's tag: a bar at the row's start, as the page's mark has it. */
  color?: string;
}

interface Props {
  label: string;
  rows: ItemRow[];
  t: Translate<PanelKey>;
  disabled: boolean;
  onReveal(index: number): void;
  onClip(index: number): void;
}

const COLUMNS = ['reveal', 'clip'] as const;

export function ItemList({ label, rows, t, disabled, onReveal, onClip }: Props) {
  const [active, setActive] = useState(0);
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const list = useRef<HTMLUListElement>(null);
  const current = Math.min(active, rows.length - 1);

  const focusRow = (index: number, column: string) => {
    setActive(index);
    list.current?.querySelector<HTMLElement>(`[data-row="${index}"] [data-col="${column}"]`)?.focus();
  };

  const onKeyDown = trusted((event: KeyboardEvent) => {
    const target = event.target as HTMLElement;
    const column = target.dataset.col;
    if (!column || !(COLUMNS as readonly string[]).includes(column)) return;
    const last = rows.length - 1;
    const moves: Record<string, number> = {
      ArrowDown: Math.min(current + 1, last),
      ArrowUp: Math.max(current - 1, 0),
      Home: 0,
      End: last,
    };
    if (!(event.key in moves)) return;
    event.preventDefault();
    focusRow(moves[event.key], column);
  });

  const toggle = (id: string) =>
    setExpanded((old) => {
      const next = new Set(old);
      if (!next.delete(id)) next.add(id);
      return next;
    });

  return (
    <ul class="items" role="list" aria-label={label} ref={list} onKeyDown={onKeyDown}>
      {rows.map((row, index) => {
        const tabIndex = index === current ? 0 : -1;
        const whole = `${row.lead}${row.text}`;
        const long = row.text.length > SHORT_TEXT;
        const open = expanded.has(row.id);
        return (
          <li
            key={row.id}
            role="listitem"
            aria-level={row.level}
            data-row={index}
            class={row.clipped ? 'item clipped' : 'item'}
            style={{
              ...(row.level && { paddingInlineStart: `${(row.level - 1) * 14}px` }),
              ...(row.color && { borderInlineStart: `4px solid ${row.color}` }),
            }}
          >
            <button
              type="button"
              class="reveal"
              data-col="reveal"
              tabIndex={tabIndex}
              aria-label={t('reveal', { item: shorten(whole) })}
              onFocus={() => setActive(index)}
              onClick={trusted(() => onReveal(index))}
            >
              <b class="lead">{row.lead}</b>
              <span class="text">{open || !long ? row.text : shorten(row.text)}</span>
              {row.extra}
            </button>
            <span class="actions">
              {long && (
                <button
                  type="button"
                  class="more"
                  tabIndex={tabIndex}
                  aria-expanded={open}
                  onClick={trusted(() => toggle(row.id))}
                >
                  {open ? t('less') : t('more')}
                </button>
              )}
              <button
                type="button"
                class="clip"
                data-col="clip"
                tabIndex={tabIndex}
                disabled={disabled}
                aria-label={t(row.clipped ? 'clipAgain' : 'clipItem', { item: shorten(whole) })}
                onFocus={() => setActive(index)}
                onClick={trusted(() => onClip(index))}
              >
                {row.clipped ? t('clipped') : t('clip')}
              </button>
            </span>
          </li>
        );
      })}
    </ul>
  );
}
