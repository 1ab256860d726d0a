import { Card, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ProgramDetail } from './api';

type Quarter = ProgramDetail['quarters'][number];

/** The share of items done on time, per quarter (items not yet due do not count). */
export function QuarterShares({ quarters }: { quarters: Quarter[] }) {
  const { t } = useTranslation();
  const percent = (q: Quarter) =>
    q.share === null ? t('programs.shares.none') : `${Math.round(q.share * 100)}%`;
  return (
    <Card size="small" title={t('programs.shares.title')} className="program-shares">
      <Table<Quarter>
        size="small"
        pagination={false}
        rowKey="quarter"
        dataSource={quarters}
        columns={[
          {
            title: t('programs.shares.quarter'),
            dataIndex: 'quarter',
            render: (q: number) => t('programs.quarter', { quarter: q }),
          },
          { title: t('programs.shares.onTime'), render: (_, q) => `${q.onTime}/${q.counted}` },
          { title: t('programs.shares.share'), render: (_, q) => percent(q) },
        ]}
      />
    </Card>
  );
}
