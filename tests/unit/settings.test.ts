import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  STORAGE_KEY,
  defaultSettings,
  getSettings,
  hostOfPage,
  matchSiteRule,
  normalizeHost,
  offeredTargets,
  onSettingsChanged,
  ruleForUrl,
  saveSettings,
  setSiteRule,
  type Settings,
} from '../../lib/settings';

beforeEach(() => {
  fakeBrowser.reset();
});

describe('getSettings', () => {
  it('returns the defaults when nothing is stored', async () => {
    const settings = await getSettings();
    expect(settings).toEqual(defaultSettings());
    expect(settings.defaultTarget).toBe('tw');
    expect(settings.allowTwp).toBe(false);
    expect(settings.highlightsByDefault).toBe(true);
    expect(settings.backupEvery).toBe(200);
    expect(settings.siteRules).toEqual({});
  });

  it('derives the preferred script from the browser language', () => {
    expect(defaultSettings('zh-HK').preferredScript).toBe('traditional');
    expect(defaultSettings('zh-CN').preferredScript).toBe('simplified');
  });

  it('keeps valid stored fields and ignores bad ones individually', async () => {
    await fakeBrowser.storage.local.set({
      [STORAGE_KEY]: {
        defaultTarget: 'hk',
        allowTwp: 'yes',
        backupEvery: -5,
        uiLang: 'fr',
        hidePinyin: false,
        unknown: 1,
        siteRules: {
          'WWW.Gov.CN': { mode: 'never' },
          'most.gov.cn': { mode: 'always', target: 'xx' },
          'a b': { mode: 'never' },
          'cast.org.cn': { mode: 'always', target: 't' },
        },
      },
    });
    const settings = await getSettings();
    expect(settings.defaultTarget).toBe('hk');
    expect(settings.hidePinyin).toBe(false);
    expect(settings.allowTwp).toBe(false);
    expect(settings.backupEvery).toBe(200);
    expect(settings.uiLang).toBe('auto');
    expect(settings).not.toHaveProperty('unknown');
    expect(settings.siteRules).toEqual({
      'www.gov.cn': { mode: 'never' },
      'cast.org.cn': { mode: 'always', target: 't' },
    });
  });

  it('survives a stored value that is not an object', async () => {
    await fakeBrowser.storage.local.set({ [STORAGE_KEY]: 'garbage' });
    expect(await getSettings()).toEqual(defaultSettings());
  });
});

describe('saveSettings', () => {
  it('merges a patch and persists it', async () => {
    const saved = await saveSettings({ allowTwp: true, backupEvery: 50 });
    expect(saved.allowTwp).toBe(true);
    expect(saved.defaultTarget).toBe('tw');
    await saveSettings({ defaultTarget: 'cn' });
    const settings = await getSettings();
    expect(settings).toMatchObject({ allowTwp: true, backupEvery: 50, defaultTarget: 'cn' });
  });

  it('stores only changed fields so defaults keep applying', async () => {
    await saveSettings({ skipCode: false });
    const stored = await fakeBrowser.storage.local.get(STORAGE_KEY);
    expect(stored[STORAGE_KEY]).toEqual({ skipCode: false });
  });

  it('rejects an invalid patch without storing anything', async () => {
    await expect(saveSettings({ backupEvery: 1.5 })).rejects.toThrow(/backupEvery/);
    await expect(saveSettings({ defaultTarget: 'twp' as Settings['defaultTarget'] })).rejects.toThrow(
      /defaultTarget/,
    );
    await expect(saveSettings({ nope: 1 } as Partial<Settings>)).rejects.toThrow(/nope/);
    expect(await fakeBrowser.storage.local.get(STORAGE_KEY)).toEqual({});
  });
});

describe('site rules', () => {
  it('normalises hosts typed by a user', () => {
    expect(normalizeHost(' WWW.Gov.cn ')).toBe('www.gov.cn');
    expect(normalizeHost('https://www.cast.org.cn:8080/art/2024/1.html')).toBe('www.cast.org.cn');
    expect(normalizeHost('*.gov.cn')).toBe('gov.cn');
    expect(normalizeHost('gov.cn.')).toBe('gov.cn');
    expect(normalizeHost('')).toBeNull();
    expect(normalizeHost('not a host')).toBeNull();
  });

  it('finds pages hosts only for http(s)', () => {
    expect(hostOfPage('https://www.gov.cn/zhengce/')).toBe('www.gov.cn');
    expect(hostOfPage('chrome://extensions/')).toBeNull();
    expect(hostOfPage('not a url')).toBeNull();
  });

  it('matches the exact host and its subdomains, most specific first', async () => {
    await setSiteRule('gov.cn', { mode: 'always', target: 'hk' });
    const settings = await setSiteRule('www.most.gov.cn', { mode: 'never' });
    expect(ruleForUrl(settings, 'https://gov.cn/')).toEqual({ mode: 'always', target: 'hk' });
    expect(ruleForUrl(settings, 'https://www.gov.cn/a.html')).toEqual({ mode: 'always', target: 'hk' });
    expect(ruleForUrl(settings, 'http://www.most.gov.cn/x')).toEqual({ mode: 'never' });
    expect(ruleForUrl(settings, 'http://a.www.most.gov.cn/x')).toEqual({ mode: 'never' });
    expect(ruleForUrl(settings, 'https://most.gov.cn/')).toEqual({ mode: 'always', target: 'hk' });
    expect(matchSiteRule(settings, 'https://a.www.most.gov.cn/')?.host).toBe('www.most.gov.cn');
    expect(matchSiteRule(settings, 'https://sub.gov.cn/')?.host).toBe('gov.cn');
  });

  it('does not match look-alike hosts or other schemes', async () => {
    const settings = await setSiteRule('gov.cn', { mode: 'never' });
    expect(ruleForUrl(settings, 'https://notgov.cn/')).toBeNull();
    expect(ruleForUrl(settings, 'https://gov.cn.example.com/')).toBeNull();
    expect(ruleForUrl(settings, 'file:///gov.cn/a.html')).toBeNull();
  });

  it('removes a rule with null', async () => {
    await setSiteRule('cast.org.cn', { mode: 'never' });
    const settings = await setSiteRule('CAST.org.cn', null);
    expect(settings.siteRules).toEqual({});
    expect(ruleForUrl(await getSettings(), 'https://cast.org.cn/')).toBeNull();
  });

  it('rejects a rule for something that is not a host', async () => {
    await expect(setSiteRule('   ', { mode: 'never' })).rejects.toThrow();
  });
});

describe('offeredTargets', () => {
  it('offers twp only when allowed', () => {
    expect(offeredTargets({ allowTwp: false })).not.toContain('twp');
    expect(offeredTargets({ allowTwp: true })).toContain('twp');
  });
});

describe('onSettingsChanged', () => {
  it('reports the new validated settings and stops after unsubscribe', async () => {
    const seen: Settings[] = [];
    const stop = onSettingsChanged((settings) => seen.push(settings));
    await saveSettings({ defaultTarget: 't' });
    await fakeBrowser.storage.local.set({ other: 1 });
    expect(seen).toHaveLength(1);
    expect(seen[0].defaultTarget).toBe('t');
    expect(seen[0].highlightsByDefault).toBe(true);
    stop();
    await saveSettings({ defaultTarget: 'hk' });
    expect(seen).toHaveLength(1);
  });

  it('reports defaults when the settings are removed', async () => {
    await saveSettings({ defaultTarget: 't' });
    const seen: Settings[] = [];
    onSettingsChanged((settings) => seen.push(settings));
    await fakeBrowser.storage.local.remove(STORAGE_KEY);
    expect(seen).toEqual([defaultSettings()]);
  });
});
