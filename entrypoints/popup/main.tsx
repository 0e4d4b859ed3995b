import { render } from 'preact';
import { PopupApp } from './PopupApp';
import '@/components/shared/pages.css';
import '@/components/popup/popup.css';

render(<PopupApp />, document.getElementById('app')!);
