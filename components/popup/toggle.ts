// What the popup's main button does and says: "what the page shows now → what it will show".
import type { TabAction } from '../../lib/messages';
import type { PageStatus, Script, Target } from '../../lib/types';
import { TARGET_SHORT } from '../../lib/names';

/** Targets worth offering for a page's original script, in display order. */
export function targetChoices(status: PageStatus, offered: Target[]): Target[] {
  const fitting: Record<Script, Target[]> = {
    simplified: offered.filter((target) => target !== 'cn'),
    traditional: ['cn'],
    mixed: offered,
    none: [],
  };
  const choices = fitting[status.script];
  // The page's own state is always selectable, even if settings no longer offer it (e.g. twp).
  const extra = [status.converted, status.offer].filter(
    (target): target is Target => target !== null && !choices.includes(target),
  );
  return [...choices, ...extra];
}

export interface TogglePlan {
  from: string;
  to: string;
  act: TabAction;
}

/**
 * Converts to `chosen`; when the page already shows `chosen`, goes back to the original.
 * `scriptName` names an original script (Simplified and Traditional in their own script).
 */
export function planToggle(status: PageStatus, chosen: Target, scriptName: (script: Script) => string): TogglePlan {
  const original = scriptName(status.script);
  const from = status.converted ? TARGET_SHORT[status.converted] : original;
  if (status.converted === chosen) return { from, to: original, act: { action: 'restore' } };
  return { from, to: TARGET_SHORT[chosen], act: { action: 'toggle', target: chosen } };
}
