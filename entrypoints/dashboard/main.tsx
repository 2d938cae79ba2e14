import { render } from 'preact';
import { Dashboard } from '@/components/dashboard/Dashboard';
import '@/components/styles.css';

render(<Dashboard />, document.getElementById('app')!);
