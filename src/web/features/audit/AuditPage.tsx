import { ClearOutlined, FilterOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useNavigate, useSearch } from '@tanstack/react-router';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  Collapse,
  DatePicker,
  Empty,
  Form,
  Input,
  Row,
  Select,
  Skeleton,
  Table,
  type TableColumnsType,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { ParseKeys } from 'i18next';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiPost } from '../../app/api';
import { hasModule, useMe } from '../../app/auth';
import { errorText } from '../../app/errors';
import { DATE_FORMAT, formatNumber, formatTimestamp, toIsoDate } from '../../app/format';
import type { AuditSearch } from '../../app/router';
import { useBusy } from '../../app/useBusy';
import { useIsPhone } from '../../app/useMediaQuery';
import { JobProgress } from '../../components/JobProgress';
import { LoadMoreFooter } from '../../components/LoadMoreFooter';
import { PageHeader } from '../../components/PageHeader';
import { findUsers } from '../admin/api';
import { AuditDiff } from './AuditDiff';
import { type AuditEntry, auditQuery, isVerifyResult } from './api';

const knownEntities = ['unit', 'user', 'session', 'notification', 'notification_prefs'] as const;
type KnownEntity = (typeof knownEntities)[number];
const isKnownEntity = (value: string): value is KnownEntity =>
  (knownEntities as readonly string[]).includes(value);

/** "unit" → "Tổ chức"; an entity kind the catalog does not know is shown as it is. */
export function useEntityLabel() {
  const { t } = useTranslation();
  return (entity: string) => (isKnownEntity(entity) ? t(`audit.entities.${entity}` as ParseKeys) : entity);
}

interface FilterValues {
  entity?: string;
  entityId?: string;
  actorId?: string;
  action?: string;
  from?: Dayjs | null;
  to?: Dayjs | null;
}

const clean = (value: string | undefined) => value?.trim() || undefined;

export function AuditPage() {
  const { t } = useTranslation();
  const search = useSearch({ from: '/app/admin/audit' });
  const list = useInfiniteQuery(auditQuery(search));
  const entries = list.data?.pages.flatMap((page) => page.items) ?? [];
  const total = list.data?.pages[0]?.total ?? 0;
  const columns = useAuditColumns();
  const isPhone = useIsPhone();
  const hasFilters = Object.values(search).some((value) => value !== undefined);

  return (
    <>
      <PageHeader title={t('audit.title')} intro={t('audit.intro')} />
      <div className="stack">
        <VerifyCard />
        {isPhone ? (
          <Collapse
            defaultActiveKey={hasFilters ? ['filters'] : []}
            items={[
              { key: 'filters', label: t('audit.filters'), children: <AuditFilters search={search} /> },
            ]}
          />
        ) : (
          <Card title={<h2 className="card-title">{t('audit.filters')}</h2>}>
            <AuditFilters search={search} />
          </Card>
        )}
        <Card>
          {list.error ? (
            <Alert type="error" showIcon title={errorText(list.error)} style={{ marginBottom: 12 }} />
          ) : null}
          {isPhone ? (
            <AuditCards entries={entries} loading={list.isPending} />
          ) : (
            <Table<AuditEntry>
              rowKey="id"
              columns={columns}
              dataSource={entries}
              loading={list.isPending}
              pagination={false}
              scroll={{ x: 960 }}
              size="middle"
              locale={{ emptyText: t('audit.empty') }}
              expandable={{
                expandedRowRender: (entry) => <AuditDiff entry={entry} />,
                columnTitle: <span className="visually-hidden">{t('common.details')}</span>,
              }}
            />
          )}
          <LoadMoreFooter shown={entries.length} total={total} list={list} />
        </Card>
      </div>
    </>
  );
}

/** Phones: one card per entry, the change details folded under a disclosure. */
function AuditCards({ entries, loading }: { entries: AuditEntry[]; loading: boolean }) {
  const { t } = useTranslation();
  const entityLabel = useEntityLabel();
  if (loading) return <Skeleton active title={false} paragraph={{ rows: 6 }} />;
  if (entries.length === 0) return <Empty description={t('audit.empty')} />;
  return (
    <ul className="plain-list">
      {entries.map((entry) => (
        <li key={entry.id} className="list-card">
          <div className="list-card-row">
            <span className="strong">{formatTimestamp(entry.at)}</span>
            <span>{entry.actorName ?? <span className="muted">{t('audit.system')}</span>}</span>
          </div>
          <div className="list-card-row">
            <code className="mono">{entry.action}</code>
            <span>{entityLabel(entry.entity)}</span>
          </div>
          {entry.entityId ? <div className="muted mono small break-anywhere">{entry.entityId}</div> : null}
          {entry.reason ? (
            <div className="break-anywhere">
              <span className="muted">{t('audit.reason')}:</span> {entry.reason}
            </div>
          ) : null}
          <details>
            <summary>{t('common.details')}</summary>
            <AuditDiff entry={entry} />
          </details>
        </li>
      ))}
    </ul>
  );
}

function useAuditColumns(): TableColumnsType<AuditEntry> {
  const { t } = useTranslation();
  const entityLabel = useEntityLabel();
  return [
    {
      key: 'at',
      title: t('audit.at'),
      render: (_, entry) => <span className="nowrap">{formatTimestamp(entry.at)}</span>,
    },
    {
      key: 'actor',
      title: t('audit.actor'),
      render: (_, entry) => entry.actorName ?? <span className="muted">{t('audit.system')}</span>,
    },
    {
      key: 'action',
      title: t('audit.action'),
      render: (_, entry) => <code className="mono">{entry.action}</code>,
    },
    {
      key: 'entity',
      title: t('audit.entity'),
      render: (_, entry) => (
        <div>
          <div>{entityLabel(entry.entity)}</div>
          {entry.entityId ? (
            <div className="muted mono small break-anywhere entity-id">{entry.entityId}</div>
          ) : null}
        </div>
      ),
    },
    {
      key: 'reason',
      title: t('audit.reason'),
      render: (_, entry) => (entry.reason ? <span className="cell-text">{entry.reason}</span> : null),
    },
  ];
}

function AuditFilters({ search }: { search: AuditSearch }) {
  const { t } = useTranslation();
  const me = useMe();
  const navigate = useNavigate({ from: '/admin/audit' });
  const entityLabel = useEntityLabel();
  const [form] = Form.useForm<FilterValues>();

  useEffect(() => {
    form.setFieldsValue({
      entity: search.entity,
      entityId: search.entityId,
      actorId: search.actorId,
      action: search.action,
      from: search.from ? dayjs(search.from) : null,
      to: search.to ? dayjs(search.to) : null,
    });
  }, [search, form]);

  const apply = (values: FilterValues) =>
    void navigate({
      search: {
        entity: clean(values.entity),
        entityId: clean(values.entityId),
        actorId: clean(values.actorId),
        action: clean(values.action),
        from: toIsoDate(values.from),
        to: toIsoDate(values.to),
      },
      replace: true,
    });

  return (
    <Form<FilterValues>
      name="audit-filters"
      form={form}
      layout="vertical"
      className="filters-form"
      onFinish={apply}
    >
      <Row gutter={16}>
        <Col xs={24} sm={12} lg={8}>
          <Form.Item label={t('audit.entity')} name="entity">
            <Select
              allowClear
              showSearch={{ optionFilterProp: 'label' }}
              options={[...new Set([...knownEntities, ...(search.entity ? [search.entity] : [])])].map(
                (entity) => ({
                  value: entity,
                  label: entityLabel(entity),
                }),
              )}
            />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12} lg={8}>
          <Form.Item label={t('audit.entityId')} name="entityId">
            <Input allowClear className="mono" />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12} lg={8}>
          <Form.Item label={t('audit.action')} name="action">
            <Input allowClear className="mono" />
          </Form.Item>
        </Col>
        {hasModule(me, 'admin.users') ? (
          <Col xs={24} sm={12} lg={8}>
            <Form.Item label={t('audit.actor')} name="actorId">
              <ActorSelect />
            </Form.Item>
          </Col>
        ) : null}
        <Col xs={12} sm={12} lg={8}>
          <Form.Item label={t('audit.from')} name="from">
            <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={12} sm={12} lg={8}>
          <Form.Item label={t('audit.to')} name="to">
            <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
      </Row>
      <div className="form-actions">
        <Button type="primary" htmlType="submit" icon={<FilterOutlined aria-hidden />}>
          {t('audit.apply')}
        </Button>
        <Button
          icon={<ClearOutlined aria-hidden />}
          onClick={() => {
            form.resetFields();
            void navigate({ search: {}, replace: true });
          }}
        >
          {t('audit.reset')}
        </Button>
      </div>
    </Form>
  );
}

/** Picks a user by typing part of their name (needs the admin.users module). */
function ActorSelect({
  id,
  value,
  onChange,
}: {
  id?: string;
  value?: string;
  onChange?: (value?: string) => void;
}) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [debounced, setDebounced] = useState('');
  useEffect(() => {
    const timer = window.setTimeout(() => setDebounced(text), 300);
    return () => window.clearTimeout(timer);
  }, [text]);
  const users = useQuery({
    queryKey: ['admin', 'users', 'find', debounced],
    queryFn: ({ signal }) => findUsers(debounced, signal),
  });
  const options = (users.data?.items ?? []).map((user) => ({
    value: user.id,
    label: `${user.fullName} (${user.username})`,
  }));
  if (value && !options.some((option) => option.value === value)) options.unshift({ value, label: value });
  return (
    <Select
      id={id}
      value={value}
      onChange={(next?: string) => onChange?.(next)}
      showSearch={{ filterOption: false, onSearch: setText }}
      options={options}
      loading={users.isFetching}
      allowClear
      placeholder={t('audit.actorPlaceholder')}
    />
  );
}

function VerifyCard() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [jobId, setJobId] = useState<string | null>(null);
  const [running, setRunning] = useState(false);
  const { busy: starting, run } = useBusy();

  const start = () =>
    run(async () => {
      const { jobId: id } = await apiPost<{ jobId: string }>('/api/audit/verify');
      setJobId(id);
      setRunning(true);
    });

  return (
    <Card title={<h2 className="card-title">{t('audit.verifyTitle')}</h2>}>
      <Typography.Paragraph>{t('audit.verifyHelp')}</Typography.Paragraph>
      <Button
        type="primary"
        icon={<SafetyCertificateOutlined aria-hidden />}
        onClick={() => void start()}
        loading={starting || running}
        disabled={running}
      >
        {t('audit.verify')}
      </Button>
      {jobId ? (
        <div style={{ marginTop: 16 }}>
          <JobProgress
            key={jobId}
            jobId={jobId}
            name={t('audit.verifyTitle')}
            onFinished={(job) => {
              setRunning(false);
              if (job.status === 'failed') void message.error(job.message ?? t('job.failed'));
            }}
            renderResult={(job) => {
              const result = job.result;
              if (job.status !== 'done' || !isVerifyResult(result)) return null;
              return result.ok ? (
                <Alert
                  type="success"
                  showIcon
                  title={t('audit.verifyOk', { checked: formatNumber(result.checked) })}
                />
              ) : (
                <Alert
                  type="error"
                  showIcon
                  title={t('audit.verifyBad', { id: result.firstBadId ?? '?' })}
                  description={t('audit.verifyBadBody', { checked: formatNumber(result.checked) })}
                />
              );
            }}
          />
        </div>
      ) : null}
    </Card>
  );
}
