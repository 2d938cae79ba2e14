import type { Route } from '@/lib/navigation';
import { tn } from './popup-text';
import { openDashboard } from './open-dashboard';

/** "and 12 more in the dashboard", under a popup list that shows only its first lines. */
export const More = ({ count, route }: { count: number; route: Route }) =>
  count > 0 ? (
    <p class="more">
      <button type="button" class="link" onClick={() => openDashboard(route)}>
        {tn('popupMore', count)}
      </button>
    </p>
  ) : null;
