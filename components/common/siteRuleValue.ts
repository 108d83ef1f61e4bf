// One <select> value per site rule, so rule pickers in the popup and options page agree.
import type { SiteRule } from '../../lib/settings';
import type { Target } from '../../lib/types';

/** 'never', 'always:<target>', or 'default' for no rule. */
export function siteRuleValue(rule: SiteRule | null | undefined): string {
  if (!rule) return 'default';
  return rule.mode === 'never' ? 'never' : `always:${rule.target}`;
}

export function siteRuleFromValue(value: string): SiteRule | null {
  if (value === 'never') return { mode: 'never' };
  if (value.startsWith('always:')) return { mode: 'always', target: value.slice('always:'.length) as Target };
  return null;
}
