// The Firefox build (.output/firefox-mv2) in Debian's headless Firefox ESR, through the same
// scenarios as the Chromium tests. CI installs firefox-esr, so a missing browser fails here.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SEED_PATHS as FIXTURES } from '../fixtures/seeds';
import { launchFirefox, type FirefoxHarness } from './firefox-harness';
import { clipSurvivesBackgroundRestart } from './scenarios/clips';
import { paintsAnalyzerItems, panelListsScrollsAndClips, pageScriptsCannotClickOurButtons } from './scenarios/highlights';
import { exportsCsvForExcel, searchFindsBothScripts, seedLibrary } from './scenarios/library';
import { convertsAndRestoresExactly, followsSiteRules } from './scenarios/toggle';

describe('Firefox: the MV2 build in Firefox ESR', () => {
  let ff: FirefoxHarness;
  // One browser for every scenario: starting Firefox and installing the extension takes seconds.
  beforeAll(async () => {
    ff = await launchFirefox();
  });
  afterAll(async () => {
    await ff?.close();
  });
  beforeEach(async () => {
    await ff.hook('clearLibrary');
  });

  it('runs a Firefox that the extension supports (strict_min_version 140)', () => {
    expect(Number(/(\d+)\./.exec(ff.version)?.[1])).toBeGreaterThanOrEqual(140);
  });

  for (const path of FIXTURES) {
    it(`converts ${path} to the other script and restores it byte for byte`, () => convertsAndRestoresExactly(ff, path));
  }

  it('follows site rules: always convert this site, never convert this site', () => followsSiteRules(ff));

  for (const path of FIXTURES) {
    it(`paints exactly the analyzer's items on ${path}`, () => paintsAnalyzerItems(ff, path));
  }

  it('lists items in the panel, scrolls to one, and clips from its button', () => panelListsScrollsAndClips(ff));

  it('a script that the page runs cannot click our clip buttons', () => pageScriptsCannotClickOurButtons(ff));

  it('a clip survives the background page being reloaded', () => clipSurvivesBackgroundRestart(ff));

  it('clips from several pages, finds them in either script in the library, and exports CSV', async () => {
    await seedLibrary(ff);
    const library = await ff.openLibrary();
    await searchFindsBothScripts(library);
    await exportsCsvForExcel(ff);
    await library.close();
  });
});
