// The reader, injected by the background into pages that have Chinese text (see entrypoints/content.ts).
import { startReader } from '../../lib/content/reader';

export default defineContentScript({
  matches: ['<all_urls>'],
  registration: 'runtime',
  main() {
    startReader(document);
  },
});
