import { PlusOutlined, PrinterOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useParams } from '@tanstack/react-router';
import { Alert, Button, Card, Empty, Space, Spin, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../app/errors';
import { PageHeader } from '../../components/PageHeader';
import { type ProgramItem, programQuery } from './api';
import { ItemModal } from './ItemModal';
import { groupByMonth } from './months';
import { ProgramCounts } from './ProgramCounts';
import { ProgramItemRow } from './ProgramItemRow';
import { QuarterShares } from './QuarterShares';
import './programs.css';

/** One program by month: late items in red and marked, the on-time share per quarter. */
export function ProgramPage() {
  const { t } = useTranslation();
  const { programId } = useParams({ from: '/app/programs/$programId' });
  const query = useQuery(programQuery(programId));
  const [editing, setEditing] = useState<ProgramItem | 'new' | null>(null);

  if (query.isPending) return <Spin />;
  if (query.isError) return <Alert type="error" showIcon title={errorText(query.error)} />;
  const p = query.data;
  const groups = groupByMonth(p.items);

  return (
    <div className="program-page">
      <PageHeader
        title={p.title}
        intro={p.body ? `${p.body.name} – ${p.unit.name}` : p.unit.name}
        extra={
          <Space wrap className="program-no-print">
            <Button icon={<PrinterOutlined aria-hidden />} onClick={() => window.print()}>
              {t('programs.print')}
            </Button>
            {p.canEdit ? (
              <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setEditing('new')}>
                {t('programs.item.add')}
              </Button>
            ) : null}
          </Space>
        }
      />
      <Space wrap size={[12, 4]} style={{ marginBottom: 12 }}>
        <ProgramCounts program={p} />
      </Space>
      {p.note ? <Typography.Paragraph>{p.note}</Typography.Paragraph> : null}
      <QuarterShares quarters={p.quarters} />
      {p.items.length === 0 ? <Empty description={t('programs.noItems')} /> : null}
      {groups.map((g) =>
        p.items.length === 0 ? null : (
          <Card
            key={g.key}
            size="small"
            className="program-month"
            title={
              g.month
                ? t('programs.month', { month: g.month })
                : t('programs.quarterItems', { quarter: g.quarter })
            }
          >
            {g.items.length === 0 ? (
              <Typography.Text type="secondary">{t('programs.nothingThisMonth')}</Typography.Text>
            ) : (
              <ul className="program-items">
                {g.items.map((item) => (
                  <ProgramItemRow key={item.id} program={p} item={item} onEdit={() => setEditing(item)} />
                ))}
              </ul>
            )}
          </Card>
        ),
      )}
      <ItemModal program={p} item={editing} onClose={() => setEditing(null)} />
    </div>
  );
}
