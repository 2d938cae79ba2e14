import { render } from 'preact';
import '@/components/styles.css';
import { Popup } from '@/components/popup/Popup';
import { MEASURES } from '@/lib/timing';

performance.mark(MEASURES.popupScriptStart);
render(<Popup />, document.getElementById('app')!);
