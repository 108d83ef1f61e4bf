// The toolbar popup: the active tab's status and the actions a reader takes on it.
import { errorMessage, errorText } from '../../lib/errors';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { makeT } from '../../lib/i18n';
import type { TabAction } from '../../lib/messages';
import { offeredTargets } from '../../lib/settings';
import type { Clip, PageStatus, Script, Target } from '../../lib/types';
import { targetStrings } from '../../lib/names';
import { useDocumentTitle, useSettings, useUi } from '../common/useUi';
import { ScriptToggle } from './ScriptToggle';
import { SiteRuleSwitch } from './SiteRuleSwitch';
import { StatusSummary } from './StatusSummary';
import { TextConverter } from './TextConverter';
import { popupStrings, type PopupKey } from './strings';
import { activeTab, fetchStatus, openLibrary, openOptions, tabAction, type ActiveTab } from './tabClient';
import { planToggle, targetChoices } from './toggle';

type View =
  | { phase: 'loading' }
  | { phase: 'unavailable'; error: string }
  | { phase: 'ready'; tab: ActiveTab; status: PageStatus };

type Notice = { kind: 'error' | 'info'; text: string };

const SCRIPT_KEYS: Record<Script, PopupKey> = {
  simplified: 'scriptSimplified',
  traditional: 'scriptTraditional',
  mixed: 'scriptMixed',
  none: 'scriptNone',
};

export function Popup() {
  const settings = useSettings();
  const { lang, t } = useUi(popupStrings, settings);
  const targetName = useMemo(() => makeT(targetStrings, lang), [lang]);
  useDocumentTitle(t('appName'));
  const [view, setView] = useState<View>({ phase: 'loading' });
  const [chosen, setChosen] = useState<Target | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    (async () => {
      try {
        const tab = await activeTab();
        if (!tab) throw new Error('No active tab');
        const status = await fetchStatus(tab.id);
        setChosen(status.converted ?? status.offer);
        setView({ phase: 'ready', tab, status });
      } catch (error) {
        setView({ phase: 'unavailable', error: errorMessage(error) });
      }
    })();
  }, []);

  const fail = (error: unknown) => setNotice({ kind: 'error', text: errorText(t, error, 'actionFailed') });

  /** Runs an action on the tab, then shows the page's new status. False when it failed. */
  const act = async (action: TabAction): Promise<boolean> => {
    if (view.phase !== 'ready') return false;
    setBusy(true);
    setNotice(null);
    try {
      const result = await tabAction<unknown>(view.tab.id, action);
      if (action.action === 'clipSelection') {
        setNotice({ kind: 'info', text: t('clippedCount', { n: (result as Clip[]).length }) });
      }
      const status = await fetchStatus(view.tab.id);
      setView({ ...view, status });
      return true;
    } catch (error) {
      fail(error);
      return false;
    } finally {
      setBusy(false);
    }
  };

  /** Opens another extension page; the popup has done its job then. */
  const openPage = (open: () => Promise<void>) => () => {
    open().then(() => window.close(), fail);
  };
  const showPanel = async () => {
    if (await act({ action: 'panel', open: true })) window.close();
  };

  // The script names a reader sees on the page itself: 简体 and 繁體 in their own script.
  const scriptName = (script: Script) =>
    script === 'simplified' ? '简体' : script === 'traditional' ? '繁體' : t(SCRIPT_KEYS[script]);

  const status = view.phase === 'ready' && settings ? view.status : null;
  const choices = status && settings ? targetChoices(status, offeredTargets(settings)) : [];
  const plan = status && chosen && choices.includes(chosen) ? planToggle(status, chosen, scriptName) : null;
  const reason =
    view.phase === 'unavailable' ? t('cantRun') : status && !plan && status.script === 'none' ? t('noChinese') : null;

  const loading = view.phase === 'loading' || !settings;

  return (
    <main class="popup" aria-busy={busy || loading}>
      <header class="popup-header">
        <img src="/icon/32.png" alt="" width={20} height={20} />
        <h1>{t('appName')}</h1>
      </header>

      {loading ? (
        <p role="status">{t('loading')}</p>
      ) : (
        <ScriptToggle
          t={t}
          targetName={targetName}
          plan={plan}
          reason={reason}
          choices={choices}
          chosen={chosen}
          onChoose={setChosen}
          converted={!!status?.converted}
          busy={busy}
          onAct={act}
        />
      )}

      {view.phase === 'unavailable' && (
        <div class="unavailable">
          <p class="gl-muted">{t('cantRunHelp')}</p>
          <p class="gl-muted detail">{t('errorDetail', { error: view.error })}</p>
        </div>
      )}

      {notice && (
        <p class={notice.kind === 'error' ? 'gl-error' : 'notice-ok'} role={notice.kind === 'error' ? 'alert' : 'status'}>
          {notice.text}
        </p>
      )}

      {status && (
        <>
          {status.script !== 'none' && (
            <section class="page-actions">
              <label class="switch">
                <input
                  type="checkbox"
                  checked={status.highlights}
                  disabled={busy}
                  onChange={(e) => act({ action: 'highlights', on: e.currentTarget.checked })}
                />
                {t('highlights')}
              </label>
              <div class="row">
                <button type="button" disabled={busy} onClick={showPanel}>
                  {t('showPanel')}
                </button>
                <button type="button" disabled={busy} onClick={() => act({ action: 'clipSelection' })}>
                  {t('clipSelection')}
                </button>
              </div>
            </section>
          )}
          <StatusSummary t={t} status={status} scriptLabel={t(SCRIPT_KEYS[status.script])} targetName={targetName} />
          {settings && (
            <SiteRuleSwitch t={t} targetName={targetName} settings={settings} url={status.url} onError={fail} />
          )}
        </>
      )}

      {settings && <TextConverter t={t} targetName={targetName} targets={offeredTargets(settings)} />}

      <footer class="popup-footer">
        <button type="button" onClick={openPage(openLibrary)}>
          {t('openLibrary')}
        </button>
        <button type="button" class="gl-link" onClick={openPage(openOptions)}>
          {t('settings')}
        </button>
      </footer>
    </main>
  );
}
