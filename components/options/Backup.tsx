// Backup: the reminder (when due), its interval, and the way to the library, which does export and import.
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { Lang, Translate } from '../../lib/i18n';
import type { Settings } from '../../lib/settings';
import { countClips } from '../../lib/store/clips';
import { BackupReminder } from '../common/BackupReminder';
import { Section } from './fields';
import type { OptionsKey } from './strings';

interface Props {
  t: Translate<OptionsKey>;
  lang: Lang;
  backupEvery: number;
  save: (patch: Partial<Settings>) => Promise<boolean>;
  onError: (error: unknown) => void;
}

export function Backup({ t, lang, backupEvery, save, onError }: Props) {
  const [invalid, setInvalid] = useState(false);
  const [clipCount, setClipCount] = useState<number | null>(null);
  useEffect(() => {
    countClips().then(setClipCount, onError);
  }, []);

  const commit = (text: string) => {
    const value = Number(text);
    const valid = text.trim() !== '' && Number.isInteger(value) && value >= 0 && value <= 100_000;
    setInvalid(!valid);
    if (valid) save({ backupEvery: value });
  };

  const openLibrary = () => {
    browser.runtime.sendMessage({ type: 'openLibrary' }).catch(onError);
  };

  return (
    <Section title={t('backup')}>
      <BackupReminder lang={lang} clipCount={clipCount} />
      <div class="field">
        <label for="backupEvery">{t('backupEvery')}</label>
        <input
          id="backupEvery"
          type="number"
          min={0}
          max={100000}
          step={1}
          // Keyed on the stored value so an outside change (or a rejected entry) resets the box.
          key={backupEvery}
          defaultValue={String(backupEvery)}
          aria-invalid={invalid ? true : undefined}
          aria-describedby="backupEvery-help"
          onChange={(e) => commit(e.currentTarget.value)}
        />
        <p id="backupEvery-help" class="help">
          {t('backupEveryHelp')}
        </p>
        {invalid && (
          <p class="gl-error" role="alert">
            {t('badNumber')}
          </p>
        )}
      </div>
      <button type="button" onClick={openLibrary}>
        {t('openLibrary')}
      </button>
    </Section>
  );
}
