import { render } from 'preact';
import { OptionsApp } from './OptionsApp';
import '@/components/shared/pages.css';
import '@/components/options/options.css';

render(<OptionsApp />, document.getElementById('app')!);
