// The list of per-host rules, with add, change and remove.
import { useState } from 'preact/hooks';
import type { Translate } from '../../lib/i18n';
import { normalizeHost, offeredTargets, type Settings, type SiteRule } from '../../lib/settings';
import type { Target } from '../../lib/types';
import { siteRuleFromValue, siteRuleValue } from '../common/siteRuleValue';
import { Section } from './fields';
import type { OptionsKey } from './strings';

interface Props {
  t: Translate<OptionsKey>;
  targetName: (target: Target) => string;
  settings: Settings;
  save: (patch: Partial<Settings>) => Promise<boolean>;
}

export function SiteRules({ t, targetName, settings, save }: Props) {
  const [hostInput, setHostInput] = useState('');
  const [newRule, setNewRule] = useState<string>(`always:${settings.defaultTarget}`);
  const [hostError, setHostError] = useState<string | null>(null);
  const rules = settings.siteRules;
  const hosts = Object.keys(rules).sort();

  const ruleOptions = (current?: SiteRule) => {
    const targets = offeredTargets(settings);
    if (current?.mode === 'always' && !targets.includes(current.target)) targets.push(current.target);
    return [
      ...targets.map((target) => (
        <option key={target} value={`always:${target}`}>
          {t('ruleAlways', { target: targetName(target) })}
        </option>
      )),
      <option key="never" value="never">
        {t('ruleNever')}
      </option>,
    ];
  };

  const withRule = (host: string, rule: SiteRule | null) => {
    const next = { ...rules };
    if (rule) next[host] = rule;
    else delete next[host];
    return save({ siteRules: next });
  };

  const add = async (event: Event) => {
    event.preventDefault();
    const host = normalizeHost(hostInput);
    if (!host) {
      setHostError(t('badHost', { input: hostInput }));
      return;
    }
    setHostError(null);
    if (await withRule(host, siteRuleFromValue(newRule))) setHostInput('');
  };

  return (
    <Section title={t('siteRules')}>
      <p class="help">{t('siteRulesHelp')}</p>
      {hosts.length === 0 ? (
        <p class="gl-muted">{t('noSiteRules')}</p>
      ) : (
        <table class="rules">
          <thead>
            <tr>
              <th scope="col">{t('host')}</th>
              <th scope="col">{t('rule')}</th>
              <th scope="col">
                <span class="gl-visually-hidden">{t('remove')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {hosts.map((host) => (
              <tr key={host}>
                <th scope="row">{host}</th>
                <td>
                  <select
                    aria-label={`${t('rule')}: ${host}`}
                    value={siteRuleValue(rules[host])}
                    onChange={(e) => withRule(host, siteRuleFromValue(e.currentTarget.value))}
                  >
                    {ruleOptions(rules[host])}
                  </select>
                </td>
                <td>
                  <button type="button" aria-label={t('removeRule', { host })} onClick={() => withRule(host, null)}>
                    {t('remove')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <form class="rule-add" onSubmit={add}>
        <label>
          {t('host')}
          <input
            type="text"
            value={hostInput}
            placeholder="www.gov.cn"
            spellcheck={false}
            aria-invalid={hostError ? true : undefined}
            aria-describedby={hostError ? 'host-error' : undefined}
            onInput={(e) => setHostInput(e.currentTarget.value)}
          />
        </label>
        <label>
          {t('rule')}
          <select value={newRule} onChange={(e) => setNewRule(e.currentTarget.value)}>
            {ruleOptions()}
          </select>
        </label>
        <button type="submit">{t('addRule')}</button>
      </form>
      {hostError && (
        <p id="host-error" class="gl-error" role="alert">
          {hostError}
        </p>
      )}
    </Section>
  );
}
