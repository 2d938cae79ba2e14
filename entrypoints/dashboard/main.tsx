import './script-start';
import { render } from 'preact';
import { Dashboard } from '@/components/dashboard/Dashboard';
import { readFirstRowsEarly } from '@/components/dashboard/invoices/data';
import '@/components/styles.css';

readFirstRowsEarly(location.hash);
render(<Dashboard />, document.getElementById('app')!);
