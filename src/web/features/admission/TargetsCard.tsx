import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, InputNumber, Select, Space, Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiPut, isApiError } from '../../app/api';
import { useMe } from '../../app/auth';
import { errorText } from '../../app/errors';
import { useBusy } from '../../app/useBusy';
import { StatusText } from '../../components/StatusText';
import { admissionKeys, type TargetsTable, targetsQuery, targetsUnitFor } from './api';

type Row = TargetsTable['items'][number];

function TargetInput({ row, year }: { row: Row; year: number }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const { busy, run } = useBusy();
  const [value, setValue] = useState<number | null>(row.target);
  const save = () =>
    run(async () => {
      try {
        await apiPut('/api/admission/targets', {
          unitId: row.unitId,
          year,
          target: value ?? 0,
          version: row.version ?? undefined,
        });
        void message.success(t('admission.targets.saved', { unit: row.unitName }));
      } catch (error) {
        if (!isApiError(error, 'STALE_VERSION')) throw error;
        void message.warning(t('admission.targets.stale'));
      }
      await queryClient.invalidateQueries({ queryKey: admissionKeys.all });
    });
  if (!row.canEdit) return <>{row.target ?? '—'}</>;
  return (
    <Space.Compact>
      <InputNumber
        min={0}
        max={10000}
        value={value}
        onChange={(v) => setValue(v)}
        aria-label={t('admission.targets.inputLabel', { unit: row.unitName })}
        style={{ width: 90 }}
      />
      <Button onClick={() => void save()} loading={busy} disabled={value === row.target}>
        {t('common.save')}
      </Button>
    </Space.Compact>
  );
}

/** Admissions so far this year per cell against the target the committee set. */
export function TargetsCard({ unitId }: { unitId?: string }) {
  const { t } = useTranslation();
  const me = useMe();
  const thisYear = new Date().getFullYear();
  const [year, setYear] = useState(thisYear);
  const unit = targetsUnitFor(me, unitId);
  const table = useQuery({ ...targetsQuery(unit ?? '', year), enabled: Boolean(unit) });
  if (!unit) return null;
  const columns: ColumnsType<Row> = [
    { title: t('admission.targets.cell'), dataIndex: 'unitName', key: 'unit' },
    {
      title: t('admission.targets.target'),
      key: 'target',
      render: (_, row) => <TargetInput key={`${row.unitId}-${year}-${row.version}`} row={row} year={year} />,
    },
    {
      title: t('admission.targets.admitted'),
      key: 'admitted',
      render: (_, row) =>
        row.target !== null && row.admitted >= row.target ? (
          <StatusText tone="ok">{t('admission.targets.reached', { n: row.admitted })}</StatusText>
        ) : (
          row.admitted
        ),
    },
  ];
  return (
    <Card
      title={<h2 className="card-title">{t('admission.targets.title')}</h2>}
      extra={
        <Select
          aria-label={t('admission.targets.year')}
          value={year}
          onChange={setYear}
          options={[thisYear - 1, thisYear, thisYear + 1].map((y) => ({ value: y, label: String(y) }))}
        />
      }
      style={{ marginTop: 16 }}
    >
      {table.isError ? <Alert type="error" showIcon title={errorText(table.error)} /> : null}
      <Table<Row>
        rowKey="unitId"
        columns={columns}
        dataSource={table.data?.items ?? []}
        loading={table.isPending}
        pagination={false}
        locale={{ emptyText: t('admission.targets.empty') }}
        className="admission-table"
      />
    </Card>
  );
}
