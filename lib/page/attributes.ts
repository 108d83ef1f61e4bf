// Attributes a reader sees as text: tooltips, image descriptions, placeholders and the labels a
// screen reader speaks. Only the attribute is converted — never an input's value.
import { isInSkippedRegion, OWN_UI_TAG } from './model';
import type { Target } from '../types';

export const TEXT_ATTRIBUTES = ['title', 'alt', 'placeholder', 'aria-label'] as const;

const SELECTOR = TEXT_ATTRIBUTES.map((a) => `[${a}]`).join(',');

/**
 * Elements under `root` (itself included) carrying a text attribute, outside regions the
 * extension never touches. An <input> or <textarea> itself qualifies (its placeholder is text
 * for the reader), elements inside script-like, editable or own-UI regions do not.
 */
export function elementsWithTextAttributes(root: ParentNode & Node, skipCode: boolean): Element[] {
  const found = Array.from(root.querySelectorAll(SELECTOR));
  if (root.nodeType === 1 && (root as Element).matches(SELECTOR)) found.unshift(root as Element);
  return found.filter(
    (el) =>
      el.tagName.toLowerCase() !== OWN_UI_TAG &&
      !(el.parentNode && isInSkippedRegion(el.parentNode, skipCode)),
  );
}

/** The `lang` value that tells the browser which glyphs and fonts to use for a target. */
export const LANG_OF_TARGET: Record<Target, string> = {
  tw: 'zh-TW',
  twp: 'zh-TW',
  hk: 'zh-HK',
  t: 'zh-Hant',
  cn: 'zh-CN',
};

/** Elements under `root` whose `lang` names Chinese; their script changes with the text. */
export function chineseLangElements(root: ParentNode, skipCode: boolean): Element[] {
  return Array.from(root.querySelectorAll('[lang]')).filter(
    (el) => /^zh\b/i.test(el.getAttribute('lang') ?? '') && !isInSkippedRegion(el, skipCode),
  );
}
