import { DownloadOutlined, ImportOutlined } from '@ant-design/icons';
import { useInfiniteQuery } from '@tanstack/react-query';
import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import { Alert, Button, Card, Radio, Space, Table, type TableColumnsType, Tabs } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../app/auth';
import { errorText } from '../../app/errors';
import { formatDate } from '../../app/format';
import { useIsPhone } from '../../app/useMediaQuery';
import { ButtonLink } from '../../components/ButtonLink';
import { LoadMoreFooter } from '../../components/LoadMoreFooter';
import { PageHeader } from '../../components/PageHeader';
import { canWriteMembers, defaultUnitFor } from '../members/api';
import { letterHref, type Transfer, type TransferView, transfersQuery } from './api';
import { DueText } from './DueText';
import { CancelModal, IncomingModal, IssueModal, ReceiveModal } from './TransferModals';
import './transfers.css';

const views: readonly TransferView[] = ['outgoing', 'incoming', 'temporary', 'history'];

type Action = { kind: 'issue' | 'receive' | 'cancel'; transfer: Transfer } | null;

function TransferTable({ view, onAction }: { view: TransferView; onAction: (a: Action) => void }) {
  const { t } = useTranslation();
  const list = useInfiniteQuery(transfersQuery(view));
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];
  const total = list.data?.pages[0]?.total ?? 0;
  const place = (unit: string | null, external: string | null) =>
    unit ?? (external ? `${external} (${t('transfers.outside')})` : '—');

  const columns: TableColumnsType<Transfer> = [
    {
      key: 'name',
      title: t('transfers.columns.name'),
      render: (_, r) =>
        r.memberId ? (
          <Link to="/members/$memberId" params={{ memberId: r.memberId }} className="strong">
            {r.fullName}
          </Link>
        ) : (
          r.fullName
        ),
    },
    {
      key: 'route',
      title: t('transfers.columns.route'),
      render: (_, r) => (
        <span>
          {place(r.fromUnitName, r.externalSender)} → {place(r.toUnitName, r.externalReceiver)}
        </span>
      ),
    },
    {
      key: 'kind',
      title: t('transfers.columns.kind'),
      render: (_, r) => (
        <span>
          {t(`transfers.kind.${r.kind}`)}
          <br />
          <span className="muted">{t(`transfers.purpose.${r.purpose}`)}</span>
          {r.kind === 'temporary' && r.periodFrom && r.periodTo ? (
            <>
              <br />
              <span className="muted">
                {formatDate(r.periodFrom)} – {formatDate(r.periodTo)}
              </span>
            </>
          ) : null}
        </span>
      ),
    },
    {
      key: 'due',
      title: view === 'history' ? t('transfers.columns.result') : t('transfers.columns.due'),
      render: (_, r) =>
        view === 'history' ? (
          <span>
            {t(`transfers.status.${r.status}`)}
            {r.receivedOn ? ` ${formatDate(r.receivedOn)}` : ''}
          </span>
        ) : (
          <DueText transfer={r} />
        ),
    },
    {
      key: 'letter',
      title: t('transfers.columns.letter'),
      render: (_, r) =>
        r.letterNumber ? (
          <span>
            {r.letterNumber}
            <br />
            <span className="muted">{formatDate(r.letterDate)}</span>
          </span>
        ) : (
          <span className="muted">{t('transfers.noLetter')}</span>
        ),
    },
    {
      key: 'actions',
      title: t('transfers.columns.actions'),
      render: (_, r) => (
        <Space wrap>
          {r.canIssue ? (
            <Button type="primary" onClick={() => onAction({ kind: 'issue', transfer: r })}>
              {t('transfers.actions.issue')}
            </Button>
          ) : null}
          {r.canReceive ? (
            <Button type="primary" onClick={() => onAction({ kind: 'receive', transfer: r })}>
              {t(
                r.direction === 'outgoing_external'
                  ? 'transfers.actions.complete'
                  : 'transfers.actions.receive',
              )}
            </Button>
          ) : null}
          {r.hasLetter ? (
            <Button
              href={letterHref(r.id)}
              icon={<DownloadOutlined aria-hidden />}
              aria-label={t('transfers.actions.downloadFor', { name: r.fullName })}
            >
              {t('transfers.actions.download')}
            </Button>
          ) : null}
          {r.canCancel ? (
            <Button danger onClick={() => onAction({ kind: 'cancel', transfer: r })}>
              {t('transfers.actions.cancel')}
            </Button>
          ) : null}
        </Space>
      ),
    },
  ];

  if (list.error) return <Alert type="error" showIcon title={errorText(list.error)} />;
  return (
    <>
      <p className="muted">{t(`transfers.help.${view}`)}</p>
      <Table<Transfer>
        rowKey="id"
        columns={columns}
        dataSource={items}
        loading={list.isPending}
        pagination={false}
        scroll={{ x: 900 }}
        rowClassName={(r) => (r.next?.overdue ? 'transfer-row-overdue' : '')}
        locale={{ emptyText: t(`transfers.empty.${view}`) }}
        size="middle"
      />
      <LoadMoreFooter shown={items.length} total={total} list={list} />
    </>
  );
}

/** "Chuyển sinh hoạt đảng": letters going out, members waiting to be received, temporary attendees, history. */
export function TransfersPage() {
  const { t } = useTranslation();
  const me = useMe();
  const search = useSearch({ from: '/app/transfers' });
  const navigate = useNavigate({ from: '/transfers' });
  const view: TransferView = search.tab ?? 'outgoing';
  const setView = (tab: TransferView) => void navigate({ search: { tab }, replace: true });
  // The same queries the tabs show (shared cache): each tab's label carries how many it holds.
  const lists = [
    useInfiniteQuery(transfersQuery('outgoing')),
    useInfiniteQuery(transfersQuery('incoming')),
    useInfiniteQuery(transfersQuery('temporary')),
    useInfiniteQuery(transfersQuery('history')),
  ];
  const tabLabel = (v: TransferView, index: number) => {
    const total = lists[index]?.data?.pages[0]?.total;
    return total === undefined ? t(`transfers.tabs.${v}`) : `${t(`transfers.tabs.${v}`)} (${total})`;
  };
  const [action, setAction] = useState<Action>(null);
  const [recording, setRecording] = useState(false);
  const isPhone = useIsPhone();
  const close = () => setAction(null);

  return (
    <>
      <PageHeader
        title={t('transfers.title')}
        intro={t('transfers.intro')}
        extra={
          canWriteMembers(me) ? (
            <>
              <ButtonLink href="/members" className="transfer-wrap">
                {t('transfers.startFromMember')}
              </ButtonLink>
              <Button
                className="transfer-wrap"
                icon={<ImportOutlined aria-hidden />}
                onClick={() => setRecording(true)}
              >
                {t('transfers.recordIncoming')}
              </Button>
            </>
          ) : null
        }
      />
      <Card>
        {isPhone ? (
          // Tabs that do not fit a phone hide some behind a menu; buttons that wrap show them all.
          <div className="stack">
            <Radio.Group
              aria-label={t('transfers.title')}
              optionType="button"
              buttonStyle="solid"
              className="transfer-views"
              value={view}
              onChange={(e) => setView(e.target.value as TransferView)}
              options={views.map((v, i) => ({ value: v, label: tabLabel(v, i) }))}
            />
            <TransferTable view={view} onAction={setAction} />
          </div>
        ) : (
          <Tabs
            activeKey={view}
            onChange={(key) => setView(key as TransferView)}
            items={views.map((v, i) => ({
              key: v,
              label: tabLabel(v, i),
              children: view === v ? <TransferTable view={v} onAction={setAction} /> : null,
            }))}
          />
        )}
      </Card>
      <IssueModal transfer={action?.kind === 'issue' ? action.transfer : null} onClose={close} />
      <ReceiveModal transfer={action?.kind === 'receive' ? action.transfer : null} onClose={close} />
      <CancelModal transfer={action?.kind === 'cancel' ? action.transfer : null} onClose={close} />
      <IncomingModal
        open={recording}
        defaultUnitId={defaultUnitFor(me, undefined)}
        onClose={() => setRecording(false)}
      />
    </>
  );
}
