import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import { Alert, Button, Card, Empty, InputNumber, List, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../app/auth';
import { errorText } from '../../app/errors';
import { PageHeader } from '../../components/PageHeader';
import { UnitTreeSelect } from '../../components/UnitTreeSelect';
import { canWritePrograms, defaultUnit, programsQuery } from './api';
import { CreateProgramModal } from './CreateProgramModal';
import { ProgramCounts } from './ProgramCounts';
import './programs.css';

/** "Chương trình làm việc": the programs of a unit, its bodies and the units below it, for one year. */
export function ProgramsPage() {
  const { t } = useTranslation();
  const me = useMe();
  const search = useSearch({ from: '/app/programs' });
  const navigate = useNavigate({ from: '/programs' });
  const unitId = search.unitId ?? defaultUnit(me) ?? '';
  const year = search.year ?? new Date().getFullYear();
  const list = useQuery(programsQuery(unitId, year));
  const [creating, setCreating] = useState(false);
  const update = (patch: { unitId?: string; year?: number }) =>
    void navigate({ search: (previous) => ({ ...previous, ...patch }), replace: true });

  return (
    <>
      <PageHeader
        title={t('programs.title')}
        intro={t('programs.intro')}
        extra={
          canWritePrograms(me) && unitId ? (
            <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setCreating(true)}>
              {t('programs.create')}
            </Button>
          ) : null
        }
      />
      <Card size="small" className="programs-filters">
        <div className="programs-filters-row">
          <div className="programs-unit-picker">
            <UnitTreeSelect
              aria-label={t('programs.unit')}
              placeholder={t('programs.unit')}
              value={unitId || undefined}
              onChange={(value) => value && update({ unitId: value })}
            />
          </div>
          <InputNumber
            aria-label={t('programs.year')}
            min={2000}
            max={2100}
            value={year}
            onChange={(value) => value && update({ year: value })}
          />
        </div>
      </Card>
      {list.isError ? <Alert type="error" showIcon title={errorText(list.error)} /> : null}
      <List
        loading={list.isPending && Boolean(unitId)}
        dataSource={list.data?.items ?? []}
        locale={{ emptyText: <Empty description={t('programs.none', { year })} /> }}
        renderItem={(p) => (
          <List.Item>
            <List.Item.Meta
              title={
                <Link to="/programs/$programId" params={{ programId: p.id }}>
                  {p.title}
                </Link>
              }
              description={
                <Space wrap size={[8, 4]}>
                  <Typography.Text type="secondary">{p.unit.name}</Typography.Text>
                  <ProgramCounts program={p} />
                </Space>
              }
            />
          </List.Item>
        )}
      />
      <CreateProgramModal
        open={creating}
        unitId={unitId}
        year={year}
        onClose={() => setCreating(false)}
        onCreated={(id) => void navigate({ to: '/programs/$programId', params: { programId: id } })}
      />
    </>
  );
}
