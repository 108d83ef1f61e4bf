// Sites with an "always convert" rule get the reader at document_start, so their pages are
// converted before the reader sees them (no flash of the other script). Every other page keeps
// paying only for the tiny boot script at document_idle.
import { browser } from 'wxt/browser';
import { getSettings, onSettingsChanged, type Settings } from '../settings';

const SCRIPT_ID = 'gongwen-lens-auto-convert';
const READER_FILE = 'content-scripts/reader.js';

/** Match patterns for a rule's host and its subdomains (a rule covers both). */
export function matchPatternsFor(settings: Pick<Settings, 'siteRules'>): string[] {
  const patterns: string[] = [];
  for (const [host, rule] of Object.entries(settings.siteRules)) {
    if (rule.mode !== 'always') continue;
    patterns.push(`*://${host}/*`);
    // IP addresses have no subdomains (and `*.` before one is not a valid pattern).
    if (/[a-z]/.test(host)) patterns.push(`*://*.${host}/*`);
  }
  return patterns;
}

async function register(settings: Settings): Promise<void> {
  const matches = matchPatternsFor(settings);
  const [existing] = await browser.scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] });
  // The worker wakes often: leave a registration that is already right alone.
  if (existing && [...(existing.matches ?? [])].sort().join() === [...matches].sort().join()) return;
  if (existing) await browser.scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
  if (!matches.length) return;
  await browser.scripting.registerContentScripts([
    { id: SCRIPT_ID, js: [READER_FILE], matches, runAt: 'document_start', allFrames: false, persistAcrossSessions: true },
  ]);
}

/** Keep the registration in step with the site rules, now and whenever they change. */
export function syncAutoConvert(): void {
  const report = (e: unknown) => console.warn('Gongwen Lens: auto-convert registration failed', e);
  // Serialised: two quick changes must not interleave unregister/register.
  let queue = Promise.resolve();
  const enqueue = (settings: Settings | Promise<Settings>) => {
    queue = queue.then(async () => register(await settings)).catch(report);
  };
  enqueue(getSettings());
  onSettingsChanged(enqueue);
}
