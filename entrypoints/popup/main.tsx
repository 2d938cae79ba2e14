import { render } from 'preact';
import { Popup } from '@/components/popup/Popup';
import { MEASURES } from '@/lib/timing';
import '@/components/styles.css';

performance.mark(MEASURES.popupScriptStart);
render(<Popup />, document.getElementById('app')!);
