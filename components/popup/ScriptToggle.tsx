import type { Translate } from '../../lib/i18n';
import type { TabAction } from '../../lib/messages';
import type { Target } from '../../lib/types';
import type { TogglePlan } from './toggle';
import type { PopupKey } from './strings';

interface Props {
  t: Translate<PopupKey>;
  targetName: (target: Target) => string;
  /** Null when the toggle cannot be used; `reason` then says why. */
  plan: TogglePlan | null;
  reason: string | null;
  choices: Target[];
  chosen: Target | null;
  onChoose: (target: Target) => void;
  converted: boolean;
  busy: boolean;
  onAct: (act: TabAction) => void;
}

export function ScriptToggle({ t, targetName, plan, reason, choices, chosen, onChoose, converted, busy, onAct }: Props) {
  return (
    <section class="toggle" aria-label={t('toggleHint')}>
      <button
        type="button"
        class="gl-primary toggle-main"
        disabled={!plan || busy}
        aria-describedby={reason ? 'toggle-reason' : undefined}
        title={t('toggleHint')}
        onClick={() => plan && onAct(plan.act)}
      >
        {plan ? (
          <>
            <span lang="zh">{plan.from}</span> <span aria-hidden="true">→</span>
            <span class="gl-visually-hidden"> / </span> <span lang="zh">{plan.to}</span>
          </>
        ) : (
          <span lang="zh">简体 ⇄ 繁體</span>
        )}
      </button>
      {reason && (
        <p id="toggle-reason" class="toggle-reason" role="status">
          {reason}
        </p>
      )}
      {plan && choices.length > 1 && chosen && (
        <label class="toggle-target">
          {t('convertTo')}
          <select value={chosen} disabled={busy} onChange={(e) => onChoose(e.currentTarget.value as Target)}>
            {choices.map((target) => (
              <option key={target} value={target}>
                {targetName(target)}
              </option>
            ))}
          </select>
        </label>
      )}
      {converted && (
        <button type="button" disabled={busy} onClick={() => onAct({ action: 'restore' })}>
          {t('restore')}
        </button>
      )}
    </section>
  );
}
