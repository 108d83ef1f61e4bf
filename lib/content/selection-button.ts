// A small "clip" button beside the text the reader selects in the page (mouse or keyboard).
// It lives in our shadow root; Alt+Shift+C (an extension command) does the same without it.
import { PANEL_STRINGS } from '../../components/panel/strings';
import { trusted } from '../../components/panel/trusted';
import { detectLang, makeT, type Lang } from '../i18n';
import { isInSkippedRegion } from '../page/model';
import { addUiPart } from './panel-host';

const BUTTON_CSS = `
.clip-selection {
  position: fixed; z-index: 2147483647; margin: 0; padding: 2px 10px;
  font: 13px/1.5 system-ui, "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif;
  color: #fff; background: #c62828; border: none; border-radius: 12px; cursor: pointer;
  box-shadow: 0 2px 6px rgba(0,0,0,.25);
}
.clip-selection[hidden] { display: none; }
.clip-selection:focus-visible { outline: 2px solid #1a73e8; outline-offset: 2px; }
`;
/** Wait for the selection to settle: selectionchange fires on every step of a drag. */
const SETTLE_MS = 200;
const GAP = 6;

/** The selected range worth a clip button, or null (nothing selected, or our own UI / a form). */
function clippableRange(doc: Document): Range | null {
  const selection = doc.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  if (!selection.toString().trim()) return null;
  const range = selection.getRangeAt(0);
  // Code may be clipped, so code is not a reason to stay away here.
  if (isInSkippedRegion(range.startContainer, false) || isInSkippedRegion(range.endContainer, false)) return null;
  return range;
}

export function watchSelection(doc: Document, onClip: () => void, lang?: Lang): { stop(): void } {
  const t = makeT(PANEL_STRINGS, lang ?? detectLang());
  let part: ReturnType<typeof addUiPart> | null = null;
  let button: HTMLButtonElement | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;

  const hide = () => {
    if (button) button.hidden = true;
  };

  const create = (): HTMLButtonElement => {
    part = addUiPart(doc, 'selection-button', BUTTON_CSS);
    const b = doc.createElement('button');
    b.type = 'button';
    b.className = 'clip-selection';
    b.textContent = t('clip');
    b.title = t('clipSelection');
    b.setAttribute('aria-label', t('clipSelection'));
    // Pressing the button must not collapse the selection it is about to clip.
    b.addEventListener('mousedown', (e) => e.preventDefault());
    b.addEventListener(
      'click',
      trusted(() => {
        hide();
        onClip();
      }),
    );
    part.element.appendChild(b);
    return b;
  };

  const place = () => {
    timer = null;
    const range = clippableRange(doc);
    if (!range) return hide();
    const rects = range.getClientRects();
    const last = rects.length ? rects[rects.length - 1] : range.getBoundingClientRect();
    button ??= create();
    button.hidden = false;
    const view = doc.defaultView;
    const maxX = (view?.innerWidth ?? 0) - button.offsetWidth - GAP;
    const maxY = (view?.innerHeight ?? 0) - button.offsetHeight - GAP;
    button.style.left = `${Math.max(GAP, Math.min(last.right + GAP, maxX))}px`;
    button.style.top = `${Math.max(GAP, Math.min(last.bottom + GAP, maxY))}px`;
  };

  // Page-made selectionchange and scroll events only make us look at the real selection again
  // (or hide): harmless, so only the click is held to isTrusted.
  const onSelectionChange = () => {
    if (!clippableRange(doc)) {
      if (timer !== null) clearTimeout(timer);
      timer = null;
      return hide();
    }
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(place, SETTLE_MS);
  };
  // The button is fixed where the selection was; once the page moves it is in the wrong place.
  const onScroll = hide;

  doc.addEventListener('selectionchange', onSelectionChange);
  doc.addEventListener('scroll', onScroll, { capture: true, passive: true });
  return {
    stop() {
      if (timer !== null) clearTimeout(timer);
      doc.removeEventListener('selectionchange', onSelectionChange);
      doc.removeEventListener('scroll', onScroll, { capture: true });
      part?.remove();
      part = null;
      button = null;
    },
  };
}
