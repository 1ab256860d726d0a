import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { Alert, Switch, Table, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../app/errors';
import { formatDate, formatNumber } from '../../app/format';
import { childUnitsQuery, type Unit } from './api';
import { UnitFlags } from './UnitFacts';

/** The units directly below this one, with their member counts and warnings. */
export function SubUnitsTab({ unit }: { unit: Unit }) {
  const { t } = useTranslation();
  const [includeDissolved, setIncludeDissolved] = useState(false);
  const children = useQuery(childUnitsQuery(unit.id, { includeDissolved }));

  const columns: TableColumnsType<Unit> = [
    {
      key: 'name',
      title: t('org.name'),
      render: (_, child) => (
        <div>
          <Link to="/org/units/$unitId" params={{ unitId: child.id }} className="strong break-anywhere">
            {child.name}
          </Link>
          <div className="muted">
            {t(`unitKinds.${child.kind}`)} · <span className="mono">{child.code}</span>
          </div>
        </div>
      ),
    },
    {
      key: 'official',
      title: t('org.counts.officialHead'),
      align: 'right',
      render: (_, child) => formatNumber(child.counts.official),
    },
    {
      key: 'probationary',
      title: t('org.counts.probationaryHead'),
      align: 'right',
      render: (_, child) => formatNumber(child.counts.probationary),
    },
    {
      key: 'total',
      title: t('org.counts.totalHead'),
      align: 'right',
      render: (_, child) => <strong>{formatNumber(child.counts.total)}</strong>,
    },
    {
      key: 'founded',
      title: t('org.foundedOn'),
      render: (_, child) => <span className="nowrap">{formatDate(child.foundedOn)}</span>,
    },
    {
      key: 'flags',
      title: t('org.flagsLabel'),
      render: (_, child) => <UnitFlags unit={child} emptyText="—" />,
    },
  ];

  return (
    <div className="stack">
      <label className="switch-row" htmlFor="subunits-dissolved">
        <Switch id="subunits-dissolved" checked={includeDissolved} onChange={setIncludeDissolved} />
        <span>{t('org.showDissolved')}</span>
      </label>
      {children.error ? <Alert type="error" showIcon title={errorText(children.error)} /> : null}
      <Table<Unit>
        rowKey="id"
        columns={columns}
        dataSource={children.data ?? []}
        loading={children.isPending}
        pagination={false}
        scroll={{ x: 760 }}
        size="middle"
        locale={{ emptyText: t('org.noChildren') }}
        summary={(rows) =>
          rows.length > 1 ? (
            <Table.Summary.Row>
              <Table.Summary.Cell index={0}>
                <strong>{t('org.childrenTotal', { n: formatNumber(rows.length) })}</strong>
              </Table.Summary.Cell>
              <Table.Summary.Cell index={1} align="right">
                {formatNumber(sum(rows, 'official'))}
              </Table.Summary.Cell>
              <Table.Summary.Cell index={2} align="right">
                {formatNumber(sum(rows, 'probationary'))}
              </Table.Summary.Cell>
              <Table.Summary.Cell index={3} align="right">
                <strong>{formatNumber(sum(rows, 'total'))}</strong>
              </Table.Summary.Cell>
              <Table.Summary.Cell index={4} colSpan={2} />
            </Table.Summary.Row>
          ) : null
        }
      />
    </div>
  );
}

const sum = (rows: readonly Unit[], key: 'official' | 'probationary' | 'total') =>
  rows.reduce((total, row) => total + row.counts[key], 0);
