import { render } from 'preact';
import { Popup } from '@/components/popup/Popup';
import '@/components/styles.css';

render(<Popup />, document.getElementById('app')!);
