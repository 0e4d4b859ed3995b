import { render } from 'preact';
import { PopupApp } from './PopupApp';
import '@/components/page.css';

render(<PopupApp />, document.getElementById('app')!);
