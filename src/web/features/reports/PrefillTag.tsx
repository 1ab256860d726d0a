import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../app/format';
import type { PrefillState } from './formState';

/** "Tự điền: Số đảng viên (hồ sơ đảng viên) = 42", and a mark when the user changed the figure. */
export function PrefillTag({ prefill }: { prefill: PrefillState }) {
  const { t } = useTranslation();
  return (
    <span className="report-prefill">
      <Tag color="blue" className="report-tag">
        {t('reports.prefill.tag', {
          source: t(`reports.prefill.sources.${prefill.source}`),
          value: formatNumber(prefill.computed),
        })}
      </Tag>
      {prefill.changed ? (
        <Tag color="orange" className="report-tag">
          {t('reports.prefill.changed')}
        </Tag>
      ) : null}
    </span>
  );
}
