// How an item is written in the panel.
import type { Lang } from '../../lib/i18n';
import type { Stat, Task } from '../../lib/types';

/** Item text longer than this is cut in the list; the rest shows on "More". */
export const SHORT_TEXT = 80;

export function shorten(text: string): string {
  return text.length > SHORT_TEXT ? `${text.slice(0, SHORT_TEXT - 1)}…` : text;
}

export function taskLabel(task: Task): string {
  return `${task.marker}${task.text}`;
}

/** A statistic's parsed value with its unit: "200 人", "30%", "1,000–2,000 元". */
export function formatValue(stat: Stat, lang: Lang): string {
  const percent = stat.unit === '%';
  const number = new Intl.NumberFormat(lang, { maximumFractionDigits: percent ? 2 : 4 });
  const one = (v: number) => number.format(percent ? v * 100 : v);
  const value = stat.valueMax === null ? one(stat.value) : `${one(stat.value)}–${one(stat.valueMax)}`;
  if (percent) return `${value}%`;
  return lang === 'en' ? `${value} ${stat.unit}` : `${value}${stat.unit}`;
}
