import { useState } from 'preact/hooks';
import type { Translate } from '../../lib/i18n';
import { hostOfPage, matchSiteRule, offeredTargets, setSiteRule, type Settings } from '../../lib/settings';
import type { Target } from '../../lib/types';
import { siteRuleFromValue, siteRuleValue } from '../common/siteRuleValue';
import type { PopupKey } from './strings';

interface Props {
  t: Translate<PopupKey>;
  targetName: (target: Target) => string;
  settings: Settings;
  url: string;
  onError: (error: unknown) => void;
}

/** Quick "always / never convert this site" switch for the page's host. */
export function SiteRuleSwitch({ t, targetName, settings, url, onError }: Props) {
  const [saved, setSaved] = useState(false);
  const host = hostOfPage(url);
  if (!host) return null;
  const own = settings.siteRules[host];
  const match = matchSiteRule(settings, url);
  const targets = offeredTargets(settings);
  if (own?.mode === 'always' && !targets.includes(own.target)) targets.push(own.target);

  const change = (value: string) => {
    setSaved(false);
    setSiteRule(host, siteRuleFromValue(value)).then(
      () => setSaved(true),
      (error: unknown) => onError(error),
    );
  };

  return (
    <section class="site-rule">
      <label>
        {t('siteRule', { host })}
        <select value={siteRuleValue(own)} onChange={(e) => change(e.currentTarget.value)}>
          <option value="default">{t('ruleDefault')}</option>
          {targets.map((target) => (
            <option key={target} value={`always:${target}`}>
              {t('ruleAlways', { target: targetName(target) })}
            </option>
          ))}
          <option value="never">{t('ruleNever')}</option>
        </select>
      </label>
      {!own && match && <p class="gl-muted">{t('ruleInherited', { host: match.host })}</p>}
      <p class="gl-muted" role="status">
        {saved ? t('ruleSaved') : ''}
      </p>
    </section>
  );
}
