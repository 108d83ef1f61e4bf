// The extension's keyboard shortcuts and where to change them (browsers do not let a page link
// to their shortcut settings, so the place is given as text).
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { Translate } from '../../lib/i18n';
import { Section } from './fields';
import type { OptionsKey } from './strings';

const COMMANDS: { name: string; key: OptionsKey; suggested: string }[] = [
  { name: 'toggle-script', key: 'cmdToggleScript', suggested: 'Alt+Shift+T' },
  { name: 'toggle-panel', key: 'cmdTogglePanel', suggested: 'Alt+Shift+P' },
  { name: 'clip-selection', key: 'cmdClipSelection', suggested: 'Alt+Shift+C' },
  { name: 'clip-selection-tagged', key: 'cmdClipSelectionTagged', suggested: 'Alt+Shift+L' },
];

/** Shortcuts as the browser has them now (the user may have changed them); null if unknown. */
function useAssignedShortcuts(): Record<string, string> | null {
  const [assigned, setAssigned] = useState<Record<string, string> | null>(null);
  useEffect(() => {
    // Via then(): the API may be missing or throw at once where commands are not supported.
    Promise.resolve()
      .then(() => browser.commands.getAll())
      .then((commands) => setAssigned(Object.fromEntries(commands.map((c) => [c.name ?? '', c.shortcut ?? '']))))
      .catch(() => setAssigned(null));
  }, []);
  return assigned;
}

export function Shortcuts({ t }: { t: Translate<OptionsKey> }) {
  const assigned = useAssignedShortcuts();
  return (
    <Section title={t('shortcuts')}>
      <dl class="shortcuts">
        {COMMANDS.map(({ name, key, suggested }) => {
          const shortcut = assigned ? assigned[name] : suggested;
          return (
            <div key={name}>
              <dt>{t(key)}</dt>
              <dd>{shortcut ? <kbd>{shortcut}</kbd> : <span class="gl-muted">{t('notSet')}</span>}</dd>
            </div>
          );
        })}
      </dl>
      <p class="help">{t('shortcutsHelp')}</p>
    </Section>
  );
}
