// State the boot script leaves for the reader in the content scripts' isolated world
// (invisible to the page's own scripts).
export interface BootState {
  hasChinese: boolean;
  /** Milliseconds the boot script took on this page (bench: content.inject.ms). */
  injectMs: number;
}

type Global = typeof globalThis & { __gongwenBoot?: BootState; __gongwenReader?: boolean };

export const contentGlobal = globalThis as Global;
