import { render } from 'preact';

render(<p>Gongwen Lens</p>, document.getElementById('app')!);
