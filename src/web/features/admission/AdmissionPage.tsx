import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import { Alert, Button, Card, Form, Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../app/auth';
import { errorText } from '../../app/errors';
import { formatDate } from '../../app/format';
import { PageHeader } from '../../components/PageHeader';
import { UnitTreeSelect } from '../../components/UnitTreeSelect';
import { type AdmissionBoardItem, boardQuery, canNominate, canSetTargets, defaultCellFor } from './api';
import { DueText } from './DueText';
import { useAdmissionLabels } from './labels';
import { NominateModal } from './NominateModal';
import { OpenCaseModal } from './OpenCaseModal';
import { TargetsCard } from './TargetsCard';

/** "Phát triển đảng viên": the open cases, what is due next first (overdue in red), and the yearly targets. */
export function AdmissionPage() {
  const { t } = useTranslation();
  const me = useMe();
  const search = useSearch({ from: '/app/admission' });
  const navigate = useNavigate({ from: '/admission' });
  const board = useQuery(boardQuery(search.unitId));
  const labels = useAdmissionLabels();
  const [adding, setAdding] = useState(false);
  const [opening, setOpening] = useState(false);

  const columns: ColumnsType<AdmissionBoardItem> = [
    {
      title: t('admission.columns.name'),
      key: 'name',
      render: (_, item) => (
        <Link to="/admission/cases/$caseId" params={{ caseId: item.id }} className="strong break-anywhere">
          {item.fullName}
        </Link>
      ),
    },
    { title: t('admission.columns.cell'), dataIndex: 'unitName', key: 'unit' },
    {
      title: t('admission.columns.next'),
      key: 'next',
      render: (_, item) =>
        item.progress.next ? labels.step(item.progress.next) : labels.stage(item.progress.stage),
    },
    {
      title: t('admission.columns.due'),
      key: 'due',
      render: (_, item) => <DueText progress={item.progress} />,
    },
    {
      title: t('admission.columns.stage'),
      key: 'stage',
      render: (_, item) => labels.stage(item.progress.stage),
    },
    {
      title: t('admission.columns.nominatedOn'),
      key: 'nominatedOn',
      render: (_, item) => formatDate(item.nominatedOn),
    },
  ];

  return (
    <>
      <PageHeader
        title={t('admission.title')}
        intro={t('admission.intro')}
        extra={
          canNominate(me) ? (
            <>
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)}>
                {t('admission.add')}
              </Button>
              <Button onClick={() => setOpening(true)}>{t('admission.openExisting')}</Button>
            </>
          ) : null
        }
      />
      <Card>
        <Form layout="vertical" style={{ maxWidth: 480 }}>
          <Form.Item label={t('admission.filterUnit')} htmlFor="admission-unit">
            <UnitTreeSelect
              id="admission-unit"
              value={search.unitId}
              onChange={(unitId) => void navigate({ search: { unitId }, replace: true })}
              placeholder={t('admission.allUnits')}
            />
          </Form.Item>
        </Form>
        {board.isError ? <Alert type="error" showIcon title={errorText(board.error)} /> : null}
        {board.data?.truncated ? <Alert type="info" showIcon title={t('admission.truncated')} /> : null}
        <Table<AdmissionBoardItem>
          rowKey="id"
          columns={columns}
          dataSource={board.data?.items ?? []}
          loading={board.isPending}
          pagination={false}
          scroll={{ x: 'max-content' }}
          rowClassName={(item) => (item.progress.overdue ? 'admission-overdue' : '')}
          className="admission-table"
          locale={{ emptyText: t('admission.empty') }}
          aria-label={t('admission.boardLabel')}
        />
      </Card>
      {canSetTargets(me) ? <TargetsCard unitId={search.unitId} /> : null}
      <OpenCaseModal
        open={opening}
        defaultUnitId={defaultCellFor(me, search.unitId)}
        onClose={() => setOpening(false)}
        onSaved={(id) => {
          setOpening(false);
          void navigate({ to: '/admission/cases/$caseId', params: { caseId: id } });
        }}
      />
      <NominateModal
        open={adding}
        defaultUnitId={defaultCellFor(me, search.unitId)}
        onClose={() => setAdding(false)}
        onSaved={(id) => {
          setAdding(false);
          void navigate({ to: '/admission/cases/$caseId', params: { caseId: id } });
        }}
      />
    </>
  );
}
