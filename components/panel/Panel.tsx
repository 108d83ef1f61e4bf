// The in-page panel: what the analyzer found on this page, each item clickable (show it in the
// page) and clippable. Rendered into our shadow root by lib/content/panel-host.ts.
import { useState } from 'preact/hooks';
import { makeT, type Lang } from '../../lib/i18n';
import type { Analysis, PageMeta } from '../../lib/types';
import { formatValue } from './format';
import { ItemList, type ItemRow } from './ItemList';
import { PANEL_STRINGS } from './strings';
import { trusted } from './trusted';

export type ItemKind = 'task' | 'statistic';

export interface PanelProps {
  lang: Lang;
  analysis: Analysis;
  /** Items already clipped, as 'task:3' / 'stat:5', with the colour (#rrggbb) of their tag or null. */
  clipped?: ReadonlyMap<string, string | null>;
  onReveal(kind: ItemKind, index: number): void;
  onClip(kind: ItemKind, indices: number[]): Promise<void>;
  onClose(): void;
  /** Work in progress, shown in the status line; clipping waits meanwhile. */
  busy?: string;
  message?: { kind: 'ok' | 'error'; text: string };
}

const META_FIELDS: ReadonlyArray<keyof PageMeta> = ['title', 'date', 'source', 'org', 'docNumber'];
const MIN_WIDTH = 280;
const DEFAULT_WIDTH = 380;
const RESIZE_STEP = 20;

function maxWidth(): number {
  return Math.max(MIN_WIDTH, Math.min(900, (globalThis.innerWidth || 1200) - 40));
}

export function Panel(props: PanelProps) {
  const { analysis, lang } = props;
  const t = makeT(PANEL_STRINGS, lang);
  const [pending, setPending] = useState(false);
  const [width, setWidth] = useState(DEFAULT_WIDTH);
  const clipped = props.clipped ?? new Map<string, string | null>();
  const disabled = pending || Boolean(props.busy);

  const clip = async (kind: ItemKind, indices: number[]) => {
    if (disabled || !indices.length) return;
    setPending(true);
    try {
      await props.onClip(kind, indices);
    } finally {
      setPending(false);
    }
  };
  const all = (n: number) => Array.from({ length: n }, (_, i) => i);
  const resizeTo = (w: number) => setWidth(Math.round(Math.min(maxWidth(), Math.max(MIN_WIDTH, w))));

  const taskRows: ItemRow[] = analysis.tasks.map((task, i) => ({
    id: `task:${i}`,
    level: task.level,
    lead: task.marker,
    text: task.text,
    clipped: clipped.has(`task:${i}`),
    color: clipped.get(`task:${i}`) ?? undefined,
  }));
  const statRows: ItemRow[] = analysis.stats.map((stat, i) => ({
    id: `stat:${i}`,
    lead: formatValue(stat, lang),
    text: ` ${stat.text}`,
    extra: stat.qualifier ? (
      <span class="qualifier" title={t('qualifier')}>
        {stat.qualifier}
      </span>
    ) : undefined,
    clipped: clipped.has(`stat:${i}`),
    color: clipped.get(`stat:${i}`) ?? undefined,
  }));
  const meta = META_FIELDS.filter((field) => analysis.meta[field]);

  return (
    <aside
      class="panel"
      role="complementary"
      aria-label={t('panelLabel')}
      lang={lang}
      style={{ width: `${width}px` }}
      onKeyDown={trusted((event: KeyboardEvent) => {
        if (event.key === 'Escape') props.onClose();
      })}
    >
      <div
        class="resize"
        role="separator"
        aria-orientation="vertical"
        aria-label={t('resize')}
        aria-valuenow={width}
        aria-valuemin={MIN_WIDTH}
        aria-valuemax={maxWidth()}
        tabIndex={0}
        onKeyDown={trusted((event: KeyboardEvent) => {
          const step = { ArrowLeft: RESIZE_STEP, ArrowRight: -RESIZE_STEP }[event.key];
          if (step) resizeTo(width + step);
        })}
        onPointerDown={trusted((down: PointerEvent) => {
          // The panel is anchored right: dragging its left edge leftwards widens it.
          const from = down.clientX;
          const start = width;
          const target = down.currentTarget as HTMLElement;
          target.setPointerCapture?.(down.pointerId);
          const move = (e: PointerEvent) => resizeTo(start + from - e.clientX);
          const up = () => {
            target.removeEventListener('pointermove', move);
            target.removeEventListener('pointerup', up);
          };
          target.addEventListener('pointermove', move);
          target.addEventListener('pointerup', up);
        })}
      />
      <header class="head">
        <h2>{t('appName')}</h2>
        <button type="button" class="close" aria-label={t('close')} onClick={trusted(() => props.onClose())}>
          ×
        </button>
      </header>
      <p class="badges">
        <span class="badge kind">{t(`kind_${analysis.kind}`)}</span>
        <span class={analysis.isOfficial ? 'badge official' : 'badge'}>
          {t(analysis.isOfficial ? 'official' : 'notOfficial')}
        </span>
      </p>
      {meta.length > 0 && (
        <dl class="meta" aria-label={t('metaLabel')}>
          {meta.map((field) => (
            <div key={field}>
              <dt>{t(`meta_${field}`)}</dt>
              <dd>{analysis.meta[field]}</dd>
            </div>
          ))}
        </dl>
      )}
      <section class="group" aria-labelledby="gwl-tasks">
        <div class="group-head">
          <h3 id="gwl-tasks">{t('tasks', { n: analysis.tasks.length })}</h3>
          {taskRows.length > 0 && (
            <button
              type="button"
              disabled={disabled}
              onClick={trusted(() => void clip('task', all(taskRows.length)))}
            >
              {t('clipAllTasks')}
            </button>
          )}
        </div>
        {taskRows.length ? (
          <ItemList
            label={t('tasks', { n: taskRows.length })}
            rows={taskRows}
            t={t}
            disabled={disabled}
            onReveal={(i) => props.onReveal('task', i)}
            onClip={(i) => void clip('task', [i])}
          />
        ) : (
          <p class="empty">{t('noTasks')}</p>
        )}
      </section>
      <section class="group" aria-labelledby="gwl-stats">
        <div class="group-head">
          <h3 id="gwl-stats">{t('stats', { n: analysis.stats.length })}</h3>
          {statRows.length > 0 && (
            <button
              type="button"
              disabled={disabled}
              onClick={trusted(() => void clip('statistic', all(statRows.length)))}
            >
              {t('clipAllStats')}
            </button>
          )}
        </div>
        {statRows.length ? (
          <ItemList
            label={t('stats', { n: statRows.length })}
            rows={statRows}
            t={t}
            disabled={disabled}
            onReveal={(i) => props.onReveal('statistic', i)}
            onClip={(i) => void clip('statistic', [i])}
          />
        ) : (
          <p class="empty">{t('noStats')}</p>
        )}
      </section>
      <p class={props.message?.kind === 'error' && !props.busy ? 'status error' : 'status'} role="status" aria-live="polite">
        {props.busy ?? props.message?.text ?? ''}
      </p>
    </aside>
  );
}
