// State the boot script leaves for the reader in the content scripts' isolated world
// (invisible to the page's own scripts).
export interface BootState {
  hasChinese: boolean;
  injectMs: number;
}

export const NEEDS_READER = 'NEEDS_READER';

type Global = typeof globalThis & { __gongwenBoot?: BootState; __gongwenReader?: boolean };

export const contentGlobal = globalThis as Global;
