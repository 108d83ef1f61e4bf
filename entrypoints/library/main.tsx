import { render } from 'preact';
import { App, type LibraryHook } from '../../components/library/App';
import { loadLang, loadTheme } from '../../components/library/prefs';
import '../../components/library/library.css';
import { toSimplified } from '../../lib/convert/simplified';
import { skipUnchanged } from '../../lib/library/unchanged';
import { libraryStore } from './store';

declare global {
  interface Window {
    /** Test/bench hook; exists only in this extension page, which no web page can script. */
    __gongwenLibrary?: LibraryHook;
  }
}

render(
  <App
    store={libraryStore}
    simplify={skipUnchanged(toSimplified)}
    initialLang={loadLang()}
    initialTheme={loadTheme()}
    onHook={(hook) => {
      window.__gongwenLibrary = hook;
    }}
  />,
  document.getElementById('app')!,
);
