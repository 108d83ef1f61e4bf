// The reader, injected by the background into pages that have Chinese text (see entrypoints/boot.ts).
import { startReader } from '../../lib/content/reader';

export default defineContentScript({
  matches: ['<all_urls>'],
  registration: 'runtime',
  // WXT's default also window.postMessage()s a 'script started' note naming the extension's id:
  // every page could read it (fingerprinting), and old sites' message listeners choke on it.
  noScriptStartedPostMessage: true,
  main() {
    startReader(document);
  },
});
