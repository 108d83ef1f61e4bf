// Styles of the panel, injected into our shadow root only: page styles do not reach in and
// these do not leak out.

const FONTS_SC =
  'system-ui, -apple-system, "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC", sans-serif';
const FONTS_TC =
  'system-ui, -apple-system, "PingFang TC", "Microsoft JhengHei", "Noto Sans CJK TC", "Source Han Sans TC", sans-serif';

export const PANEL_CSS = `
.panel {
  position: fixed; top: 0; right: 0; bottom: 0; z-index: 2147483647;
  box-sizing: border-box; width: 380px; max-width: 100vw; overflow-y: auto;
  padding: 12px 14px 16px 18px; background: #fffdf8; color: #1f2328;
  border-left: 1px solid #d8d2c4; box-shadow: -4px 0 16px rgba(0,0,0,.12);
  font: 14px/1.6 ${FONTS_SC}; text-align: left; direction: ltr;
}
.panel:lang(zh-TW) { font-family: ${FONTS_TC}; }
.panel *, .panel *::before, .panel *::after { box-sizing: border-box; }
.resize { position: absolute; left: 0; top: 0; bottom: 0; width: 6px; cursor: ew-resize; }
.resize:hover, .resize:focus-visible { background: rgba(204,122,0,.35); outline: none; }
.head { display: flex; align-items: center; justify-content: space-between; gap: 8px; }
h2 { margin: 0; font-size: 16px; }
h3 { margin: 0; font-size: 14px; }
button {
  font: inherit; color: inherit; cursor: pointer; border: 1px solid #c9c2b2; border-radius: 4px;
  background: #fff; padding: 1px 8px;
}
button:disabled { cursor: default; opacity: .55; }
button:focus-visible { outline: 2px solid #1a73e8; outline-offset: 1px; }
.close { border: none; background: none; font-size: 20px; line-height: 1; padding: 2px 6px; }
.badges { display: flex; gap: 6px; margin: 8px 0; }
.badge { border-radius: 10px; padding: 0 8px; background: #ece8de; font-size: 12px; }
.badge.official { background: #c62828; color: #fff; }
.meta { margin: 0 0 10px; font-size: 13px; }
.meta div { display: flex; gap: 8px; }
.meta dt { flex: 0 0 6em; color: #6a6458; }
.meta dd { margin: 0; overflow-wrap: anywhere; }
.group { margin-top: 12px; }
.group-head { display: flex; align-items: center; justify-content: space-between; gap: 8px;
  border-bottom: 1px solid #e6e0d2; padding-bottom: 4px; margin-bottom: 4px; }
.items { list-style: none; margin: 0; padding: 0; }
.item { display: flex; align-items: flex-start; gap: 6px; padding-top: 2px; padding-bottom: 2px; }
.item .reveal { flex: 1; text-align: left; border: none; background: none; padding: 2px 4px; }
.item .reveal:hover { background: #f6efdc; }
.item .lead { font-weight: 600; margin-right: 2px; }
.item .text { overflow-wrap: anywhere; }
.item .qualifier { margin-left: 6px; font-size: 12px; color: #6a6458; }
.item .actions { display: flex; gap: 4px; flex: none; }
.item.clipped .clip { background: #e8f5e9; border-color: #81c784; }
.empty { color: #6a6458; margin: 4px 0; }
.status { min-height: 1.6em; margin: 12px 0 0; color: #2e7d32; }
.status.error { color: #c62828; }
`;
