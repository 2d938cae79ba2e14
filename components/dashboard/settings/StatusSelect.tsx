import type { LegalStatusId } from '@/lib/model';
import { t } from '../../text';
import { STATUS_GROUPS, STATUS_LABEL } from './legal-status';

/** The legal status, grouped by country, "not said yet" first: Settings › Your business and the welcome page. */
export const StatusSelect = ({
  value: current,
  onChange,
  ...control
}: {
  id?: string;
  'aria-invalid'?: 'true';
  'aria-describedby'?: string;
  value: LegalStatusId | '';
  onChange: (status: LegalStatusId | '') => void;
}) => (
  <select {...control} value={current} onChange={(e) => onChange(e.currentTarget.value as LegalStatusId | '')}>
    <option value="">{t('business_status_unset')}</option>
    {STATUS_GROUPS.map((group) => (
      <optgroup key={group.label} label={t(group.label)}>
        {group.statuses.map((id) => (
          <option key={id} value={id}>
            {t(STATUS_LABEL[id])}
          </option>
        ))}
      </optgroup>
    ))}
  </select>
);
