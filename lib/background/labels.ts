// Short labels for the toolbar tooltip, in the browser's UI language.
import { browser } from 'wxt/browser';
import { detectLang, makeT } from '../i18n';
import { scriptStrings, targetStrings } from '../names';
import type { Script, Target } from '../types';

const lang = () => detectLang(browser.i18n?.getUILanguage?.());

export function scriptLabel(script: Script): string {
  return makeT(scriptStrings, lang())(script);
}

export function targetLabel(target: Target): string {
  return makeT(targetStrings, lang())(target);
}
