// Our UI inside web pages: one <gongwen-lens-ui> element on <html> (so <body> serialises as
// before) with an open shadow root; every part of the UI (panel, clip button) is a child of
// that root with its own styles there. The page model never reads the host element.
import { h, render } from 'preact';
import { Panel, type PanelProps } from '../../components/panel/Panel';
import { PANEL_CSS } from '../../components/panel/styles';
import { OWN_UI_TAG } from '../page/model';

export type { PanelProps };

// `all: initial` keeps page styles for custom elements (display, fonts, transforms) off the host.
const HOST_CSS = ':host { all: initial !important; }';

const roots = new WeakMap<Document, ShadowRoot>();

/** The shadow root all our in-page UI lives in, created on first use. */
export function getUiRoot(doc: Document): ShadowRoot {
  const known = roots.get(doc);
  if (known?.host.isConnected) return known;
  if (known) {
    // The page took our host out (rewrote <html>'s children): put it back.
    doc.documentElement.appendChild(known.host);
    return known;
  }
  const host = doc.createElement(OWN_UI_TAG);
  const root = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = HOST_CSS;
  root.appendChild(style);
  doc.documentElement.appendChild(host);
  roots.set(doc, root);
  return root;
}

/** A part of our UI: a container in the shadow root with the part's styles beside it. */
export function addUiPart(doc: Document, name: string, css: string): { element: HTMLElement; remove(): void } {
  const root = getUiRoot(doc);
  const style = doc.createElement('style');
  style.setAttribute('data-part', name);
  style.textContent = css;
  const element = doc.createElement('div');
  element.setAttribute('data-part', name);
  root.append(style, element);
  return {
    element,
    remove() {
      style.remove();
      element.remove();
      // The last part gone, the host goes too: the page is left as we found it.
      if (!root.querySelector('[data-part]')) {
        root.host.remove();
        roots.delete(doc);
      }
    },
  };
}

export function mountPanel(
  doc: Document,
  props: PanelProps,
): { update(props: PanelProps): void; unmount(): void; element: HTMLElement } {
  const part = addUiPart(doc, 'panel', PANEL_CSS);
  render(h(Panel, props), part.element);
  return {
    element: part.element,
    update(next) {
      render(h(Panel, next), part.element);
    },
    unmount() {
      render(null, part.element);
      part.remove();
    },
  };
}
