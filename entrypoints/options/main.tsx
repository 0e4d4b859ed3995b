import { render } from 'preact';
import { OptionsApp } from './OptionsApp';
import '@/components/page.css';

render(<OptionsApp />, document.getElementById('app')!);
