// User settings in browser.storage.local under one key. Only the fields the user changed are
// stored, so defaults (some depend on the browser language) keep applying to everything else.
// Stored values are validated field by field: one bad value falls back to its default without
// discarding the rest.
import { browser } from 'wxt/browser';
import * as v from 'valibot';
import { detectLang, type Lang } from './i18n';
import type { Target } from './types';

/** Targets a Simplified page may convert to by default ('twp' is only ever chosen explicitly). */
export type DefaultTarget = Exclude<Target, 'twp'>;

export type SiteRule = { mode: 'always'; target: Target } | { mode: 'never' };

export interface Settings {
  /** What Simplified pages convert to. */
  defaultTarget: DefaultTarget;
  /** Offer Taiwan vocabulary conversion ('twp'). */
  allowTwp: boolean;
  /** Which script a mixed page is normalised to. */
  preferredScript: 'simplified' | 'traditional';
  highlightsByDefault: boolean;
  /** Leave ruby pinyin annotations hidden while converting. */
  hidePinyin: boolean;
  /** Leave code and preformatted text unconverted. */
  skipCode: boolean;
  uiLang: Lang | 'auto';
  /** Remind to back up the library every N clips (0: never). */
  backupEvery: number;
  /** Keyed by lower-case host name; a rule also covers the host's subdomains. */
  siteRules: Record<string, SiteRule>;
  /** Colour of a tag's chip in the library, as #rrggbb. */
  tagColors: Record<string, string>;
}

export const STORAGE_KEY = 'settings';

const TargetSchema = v.picklist(['tw', 'hk', 't', 'twp', 'cn']);

const SiteRuleSchema = v.variant('mode', [
  v.object({ mode: v.literal('always'), target: TargetSchema }),
  v.object({ mode: v.literal('never') }),
]);

const FIELD_SCHEMAS = {
  defaultTarget: v.picklist(['tw', 'hk', 't', 'cn']),
  allowTwp: v.boolean(),
  preferredScript: v.picklist(['simplified', 'traditional']),
  highlightsByDefault: v.boolean(),
  hidePinyin: v.boolean(),
  skipCode: v.boolean(),
  uiLang: v.picklist(['auto', 'zh-CN', 'zh-TW', 'en']),
  backupEvery: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(100_000)),
  siteRules: v.record(v.string(), SiteRuleSchema),
  tagColors: v.record(
    v.pipe(v.string(), v.minLength(1), v.maxLength(100)),
    v.pipe(v.string(), v.regex(/^#[0-9a-fA-F]{6}$/, 'a colour is #rrggbb')),
  ),
} satisfies { [K in keyof Settings]: v.GenericSchema<unknown, Settings[K]> };

type SettingsKey = keyof Settings;
const SETTINGS_KEYS = Object.keys(FIELD_SCHEMAS) as SettingsKey[];

export function defaultSettings(navigatorLanguage?: string): Settings {
  return {
    defaultTarget: 'tw',
    allowTwp: false,
    preferredScript: detectLang(navigatorLanguage) === 'zh-TW' ? 'traditional' : 'simplified',
    highlightsByDefault: true,
    hidePinyin: true,
    skipCode: true,
    uiLang: 'auto',
    backupEvery: 200,
    siteRules: {},
    tagColors: {},
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Keeps the rules whose host and shape are valid; host keys come out normalised. */
function validSiteRules(value: unknown): Record<string, SiteRule> {
  if (!isRecord(value)) return {};
  const rules: Record<string, SiteRule> = {};
  for (const [key, rule] of Object.entries(value)) {
    const host = normalizeHost(key);
    const parsed = v.safeParse(SiteRuleSchema, rule);
    if (host && parsed.success) rules[host] = parsed.output;
  }
  return rules;
}

/** The valid fields of a stored (untrusted) value; unknown and invalid fields are dropped. */
function validFields(value: unknown): Partial<Settings> {
  if (!isRecord(value)) return {};
  const fields: Partial<Record<SettingsKey, unknown>> = {};
  for (const key of SETTINGS_KEYS) {
    if (!(key in value)) continue;
    if (key === 'siteRules') {
      fields.siteRules = validSiteRules(value.siteRules);
      continue;
    }
    const parsed = v.safeParse(FIELD_SCHEMAS[key], value[key]);
    if (parsed.success) fields[key] = parsed.output;
  }
  return fields as Partial<Settings>;
}

/**
 * Settings carried in a backup file, to be applied with saveSettings. Every known field must be
 * valid (throws naming the first that is not), so a restore can refuse before it writes anything;
 * unknown fields (from a newer version) are left out.
 */
export function parseSettingsBackup(value: unknown): Partial<Settings> {
  if (!isRecord(value)) throw new Error('Invalid settings: not an object');
  const fields: Partial<Record<SettingsKey, unknown>> = {};
  for (const key of SETTINGS_KEYS) {
    if (!(key in value)) continue;
    const parsed = v.safeParse(FIELD_SCHEMAS[key], value[key]);
    if (!parsed.success) throw new Error(`Invalid value for setting ${key}: ${parsed.issues[0].message}`);
    fields[key] = parsed.output;
  }
  if (fields.siteRules) {
    const rules = fields.siteRules as Record<string, SiteRule>;
    const bad = Object.keys(rules).find((host) => !normalizeHost(host));
    if (bad !== undefined) throw new Error(`Invalid value for setting siteRules: "${bad.slice(0, 100)}" is not a host name`);
    fields.siteRules = validSiteRules(rules);
  }
  return fields as Partial<Settings>;
}

async function readStored(): Promise<Partial<Settings>> {
  const stored = await browser.storage.local.get(STORAGE_KEY);
  return validFields(stored[STORAGE_KEY]);
}

/** Only the settings the user changed (what a backup carries, so defaults keep following the browser). */
export function getChangedSettings(): Promise<Partial<Settings>> {
  return readStored();
}

export function settingsFrom(stored: unknown): Settings {
  return { ...defaultSettings(), ...validFields(stored) };
}

export async function getSettings(): Promise<Settings> {
  return { ...defaultSettings(), ...(await readStored()) };
}

/** Validates and stores a change; an invalid field rejects the whole patch. */
export async function saveSettings(patch: Partial<Settings>): Promise<Settings> {
  for (const key of Object.keys(patch) as SettingsKey[]) {
    if (!(key in FIELD_SCHEMAS)) throw new Error(`Unknown setting: ${key}`);
    const parsed = v.safeParse(FIELD_SCHEMAS[key], patch[key]);
    if (!parsed.success) throw new Error(`Invalid value for setting ${key}: ${parsed.issues[0].message}`);
  }
  const next = { ...(await readStored()), ...patch };
  if (patch.siteRules) next.siteRules = validSiteRules(patch.siteRules);
  await browser.storage.local.set({ [STORAGE_KEY]: next });
  return { ...defaultSettings(), ...next };
}

/**
 * A host name from what a user typed or a URL: lower case, without scheme, port, path, a
 * leading `*.` or a trailing dot. Null when nothing host-like remains.
 */
export function normalizeHost(input: string): string | null {
  let text = input.trim().toLowerCase().replace(/^\*\./, '');
  if (!text) return null;
  if (!/^[a-z][a-z0-9+.-]*:\/\//.test(text)) text = `http://${text}`;
  let host: string;
  try {
    host = new URL(text).hostname;
  } catch {
    return null;
  }
  host = host.replace(/\.$/, '');
  return /^[a-z0-9.-]+$/.test(host) && !host.startsWith('.') && !host.includes('..') ? host : null;
}

/** The rule for a page and the host it is set for: the page's host or its nearest parent domain. */
export function matchSiteRule(settings: Settings, url: string): { host: string; rule: SiteRule } | null {
  const pageHost = hostOfPage(url);
  if (!pageHost) return null;
  const labels = pageHost.split('.');
  for (let i = 0; i < labels.length; i++) {
    const host = labels.slice(i).join('.');
    const rule = settings.siteRules[host];
    if (rule) return { host, rule };
  }
  return null;
}

export function ruleForUrl(settings: Settings, url: string): SiteRule | null {
  return matchSiteRule(settings, url)?.rule ?? null;
}

/** The host of an http(s) page, or null for other pages (extension, browser, file pages). */
export function hostOfPage(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? normalizeHost(parsed.hostname) : null;
  } catch {
    return null;
  }
}

/** Sets (or with null removes) the rule for a host and its subdomains. */
export async function setSiteRule(host: string, rule: SiteRule | null): Promise<Settings> {
  const key = normalizeHost(host);
  if (!key) throw new Error(`Not a host name: ${host}`);
  const { siteRules } = await getSettings();
  const next = { ...siteRules };
  if (rule) next[key] = rule;
  else delete next[key];
  return saveSettings({ siteRules: next });
}

/** Targets the UI offers, in display order. */
export function offeredTargets(settings: Pick<Settings, 'allowTwp'>): Target[] {
  return settings.allowTwp ? ['tw', 'hk', 't', 'twp', 'cn'] : ['tw', 'hk', 't', 'cn'];
}

/** Calls `callback` with the new settings whenever they change in any extension context. */
export function onSettingsChanged(callback: (settings: Settings) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && STORAGE_KEY in changes) callback(settingsFrom(changes[STORAGE_KEY].newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
