// The options page: every setting, saved as soon as it changes.
import { errorMessage } from '../../lib/errors';
import { useMemo, useState } from 'preact/hooks';
import { makeT } from '../../lib/i18n';
import { saveSettings, type DefaultTarget, type Settings } from '../../lib/settings';
import { targetStrings } from '../../lib/names';
import { useDocumentTitle, useSettings, useUi } from '../common/useUi';
import { Backup } from './Backup';
import { CheckboxField, Section, SelectField } from './fields';
import { Shortcuts } from './Shortcuts';
import { SiteRules } from './SiteRules';
import { optionsStrings } from './strings';

const DEFAULT_TARGETS: DefaultTarget[] = ['tw', 'hk', 't', 'cn'];

type SaveState = { ok: true } | { ok: false; error: string } | null;

export function Options() {
  const settings = useSettings();
  const { lang, t } = useUi(optionsStrings, settings);
  const targetName = useMemo(() => makeT(targetStrings, lang), [lang]);
  useDocumentTitle(t('title'));
  const [saveState, setSaveState] = useState<SaveState>(null);

  const fail = (error: unknown) => setSaveState({ ok: false, error: errorMessage(error) });
  const save = async (patch: Partial<Settings>): Promise<boolean> => {
    try {
      await saveSettings(patch);
      setSaveState({ ok: true });
      return true;
    } catch (error) {
      fail(error);
      return false;
    }
  };

  if (!settings) return <main class="options" aria-busy="true" />;

  return (
    <main class="options">
      <header class="options-header">
        <img src="/icon/48.png" alt="" width={32} height={32} />
        <h1>{t('title')}</h1>
        <p class={saveState?.ok === false ? 'save-state gl-error' : 'save-state'} role="status">
          {saveState && (saveState.ok ? `✓ ${t('saved')}` : t('saveFailed', { error: saveState.error }))}
        </p>
      </header>

      <Section title={t('conversion')}>
        <SelectField
          id="defaultTarget"
          label={t('defaultTarget')}
          help={t('defaultTargetHelp')}
          value={settings.defaultTarget}
          options={DEFAULT_TARGETS.map((target) => [target, targetName(target)])}
          onChange={(defaultTarget) => save({ defaultTarget })}
        />
        <CheckboxField
          id="allowTwp"
          label={t('allowTwp')}
          help={t('allowTwpHelp')}
          checked={settings.allowTwp}
          onChange={(allowTwp) => save({ allowTwp })}
        />
        <SelectField
          id="preferredScript"
          label={t('preferredScript')}
          help={t('preferredScriptHelp')}
          value={settings.preferredScript}
          options={[
            ['simplified', t('scriptSimplified')],
            ['traditional', t('scriptTraditional')],
          ]}
          onChange={(preferredScript) => save({ preferredScript })}
        />
        <CheckboxField
          id="hidePinyin"
          label={t('hidePinyin')}
          help={t('hidePinyinHelp')}
          checked={settings.hidePinyin}
          onChange={(hidePinyin) => save({ hidePinyin })}
        />
        <CheckboxField
          id="skipCode"
          label={t('skipCode')}
          help={t('skipCodeHelp')}
          checked={settings.skipCode}
          onChange={(skipCode) => save({ skipCode })}
        />
      </Section>

      <Section title={t('reading')}>
        <CheckboxField
          id="highlightsByDefault"
          label={t('highlightsByDefault')}
          help={t('highlightsByDefaultHelp')}
          checked={settings.highlightsByDefault}
          onChange={(highlightsByDefault) => save({ highlightsByDefault })}
        />
        <SelectField
          id="uiLang"
          label={t('uiLang')}
          help={t('uiLangHelp')}
          value={settings.uiLang}
          options={[
            ['auto', t('uiLangAuto')],
            // Each language named in itself, so a reader finds their own in any UI language.
            ['zh-CN', '简体中文'],
            ['zh-TW', '繁體中文'],
            ['en', 'English'],
          ]}
          onChange={(uiLang) => save({ uiLang })}
        />
      </Section>

      <SiteRules t={t} targetName={targetName} settings={settings} save={save} />
      <Shortcuts t={t} />
      <Backup t={t} lang={lang} backupEvery={settings.backupEvery} save={save} onError={fail} />
    </main>
  );
}
