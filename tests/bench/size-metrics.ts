// What every page pays: the content scripts the manifest injects on all URLs.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { EXTENSION_DIR } from '../e2e/harness';
import type { Metric } from './types';

interface ContentScriptEntry {
  matches?: string[];
  js?: string[];
}

const EVERY_PAGE = ['<all_urls>', '*://*/*', 'http://*/*', 'https://*/*'];

function everyPageScripts(): Buffer[] {
  const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as {
    content_scripts?: ContentScriptEntry[];
  };
  const files = (manifest.content_scripts ?? [])
    .filter((entry) => entry.matches?.some((m) => EVERY_PAGE.includes(m)))
    .flatMap((entry) => entry.js ?? []);
  if (files.length === 0) throw new Error('the manifest injects no content script on every page');
  return [...new Set(files)].map((file) => readFileSync(join(EXTENSION_DIR, file)));
}

const kb = (bytes: number) => bytes / 1024;

export const sizeMetrics: Metric[] = [
  {
    name: 'extension.bundle.content.kb',
    measure: async () => ({ value: kb(everyPageScripts().reduce((sum, b) => sum + b.length, 0)), unit: 'kb' }),
  },
  {
    name: 'extension.bundle.content.kb.gz',
    measure: async () => ({
      value: kb(everyPageScripts().reduce((sum, b) => sum + gzipSync(b, { level: 9 }).length, 0)),
      unit: 'kb',
    }),
  },
];
