import { describe, expect, it } from 'vitest';
import { ERROR_STRINGS, errorFromReply, errorMessage, errorText } from '../../lib/errors';
import { LANGS, makeT } from '../../lib/i18n';
import { failed } from '../../lib/messages';
import { StorageFullError } from '../../lib/store/clips';
import { LIBRARY_STRINGS } from '../../components/library/strings';
import { PANEL_STRINGS } from '../../components/panel/strings';
import { popupStrings as POPUP_STRINGS } from '../../components/popup/strings';

const quota = () => new StorageFullError(new DOMException('quota', 'QuotaExceededError'));

describe('errors across contexts', () => {
  it('a reply keeps the message, and the name only of errors the UIs say in their own words', () => {
    expect(failed(quota())).toEqual({ ok: false, error: quota().message, name: 'StorageFullError' });
    expect(failed(new TypeError('boom'))).toEqual({ ok: false, error: 'boom' });
    expect(failed('plain')).toEqual({ ok: false, error: 'plain' });
    expect(errorMessage(42)).toBe('42');
  });

  it('rebuilds the error from a reply, named only when the name is a known one', () => {
    const e = errorFromReply(failed(quota()) as { error: string; name?: string });
    expect(e.name).toBe('StorageFullError');
    expect(e.message).toMatch(/Storage is full/);
    expect(errorFromReply({ error: 'x', name: 'TypeError' }).name).toBe('Error');
  });

  it('every UI says "storage full" in its language, and anything else with its message', () => {
    for (const lang of LANGS) {
      for (const table of [LIBRARY_STRINGS, PANEL_STRINGS, POPUP_STRINGS]) {
        const t = makeT(table as typeof LIBRARY_STRINGS, lang);
        expect(errorText(t, errorFromReply({ error: 'whatever', name: 'StorageFullError' }), 'actionFailed')).toBe(
          ERROR_STRINGS[lang].storageFull,
        );
      }
    }
    const t = makeT(LIBRARY_STRINGS, 'zh-TW');
    expect(errorText(t, new Error('壞了'), 'actionFailed')).toBe('操作失敗：壞了');
    expect(ERROR_STRINGS['zh-TW'].storageFull).not.toBe(ERROR_STRINGS['zh-CN'].storageFull);
  });
});
