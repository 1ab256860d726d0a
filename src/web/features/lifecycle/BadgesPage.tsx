import { FileExcelOutlined, FileWordOutlined, TrophyOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import {
  Alert,
  App,
  Button,
  Card,
  DatePicker,
  Empty,
  Form,
  Input,
  Skeleton,
  Switch,
  Table,
  Tabs,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { previousAwardDate } from '../../../domain/party-badges';
import { apiPost } from '../../app/api';
import { useMe } from '../../app/auth';
import { errorText } from '../../app/errors';
import { DATE_FORMAT, formatDate, formatNumber, toIsoDate } from '../../app/format';
import { useBusy } from '../../app/useBusy';
import { useIsPhone } from '../../app/useMediaQuery';
import { FormModal } from '../../components/FormModal';
import { PageHeader } from '../../components/PageHeader';
import { UnitTreeSelect } from '../../components/UnitTreeSelect';
import { canWriteMembers } from '../members/api';
import { FormField } from '../members/FormField';
import { ScrollRegion } from '../members/MemberBits';
import { rootUnitsQuery } from '../org/api';
import { type BadgeEntry, type BadgeLists, badgesQuery, lifecycleKeys, proposalHref } from './api';
import { ExemptedTag } from './ExemptedTag';

/**
 * "Huy hiệu Đảng": for each of the next four award dates (03/02, 19/05, 02/09, 07/11), the members of the
 * chosen unit's subtree who reach a badge by then, early cases marked; the proposal list to download; awards
 * to record once presented.
 */
export function BadgesPage() {
  const { t } = useTranslation();
  const { unitId } = useSearch({ from: '/app/badges' });
  const navigate = useNavigate({ from: '/badges' });
  const roots = useQuery({ ...rootUnitsQuery, enabled: unitId === undefined });
  const lists = useQuery({ ...badgesQuery(unitId ?? ''), enabled: unitId !== undefined });

  useEffect(() => {
    const first = roots.data?.[0];
    if (!unitId && first) void navigate({ search: { unitId: first.id }, replace: true });
  }, [unitId, roots.data, navigate]);

  return (
    <>
      <PageHeader title={t('lifecycle.badges.title')} intro={t('lifecycle.badges.intro')} />
      <div className="stack">
        <Card>
          <label htmlFor="badges-unit" className="strong">
            {t('lifecycle.badges.unit')}
          </label>
          <div style={{ maxWidth: 480, marginTop: 4 }}>
            <UnitTreeSelect
              id="badges-unit"
              value={unitId}
              knownName={lists.data?.unitName}
              onChange={(value) => void navigate({ search: { unitId: value } })}
            />
          </div>
        </Card>
        {lists.isPending && unitId ? (
          <Card>
            <Skeleton active title={false} paragraph={{ rows: 6 }} />
          </Card>
        ) : lists.error ? (
          <Alert type="error" showIcon title={errorText(lists.error)} />
        ) : lists.data ? (
          <BadgeTabs data={lists.data} />
        ) : null}
      </div>
    </>
  );
}

/** The award dates as tabs on wide screens; on phones as buttons above the list (tabs would overflow). */
function BadgeTabs({ data }: { data: BadgeLists }) {
  const { t } = useTranslation();
  const isPhone = useIsPhone();
  const [current, setCurrent] = useState(data.awardDates[0]?.awardDate ?? '');
  // A new installation lists everybody whose badges were never recorded: shown on request.
  const [includeOverdue, setIncludeOverdue] = useState(false);
  const shown = (d: BadgeLists['awardDates'][number]) =>
    d.groups.flatMap((g) => g.members).filter((e) => includeOverdue || !e.longOverdue).length;
  const overdue = data.awardDates.reduce(
    (sum, d) => sum + d.groups.flatMap((g) => g.members).filter((e) => e.longOverdue).length,
    0,
  );
  const label = (d: BadgeLists['awardDates'][number]) =>
    t('lifecycle.badges.tab', { date: formatDate(d.awardDate), n: shown(d) });
  const list = (awardDate: string) => (
    <AwardDateList data={data} awardDate={awardDate} includeOverdue={includeOverdue} />
  );
  return (
    <Card>
      {overdue > 0 ? (
        <label htmlFor="badges-overdue" className="list-card-row" style={{ marginBottom: 12 }}>
          <Switch id="badges-overdue" checked={includeOverdue} onChange={setIncludeOverdue} />
          <span>{t('lifecycle.badges.includeOverdue', { n: formatNumber(overdue) })}</span>
        </label>
      ) : null}
      {isPhone ? (
        <div className="stack">
          <nav aria-label={t('lifecycle.badges.dates')} className="section-switch">
            {data.awardDates.map((d) => (
              <Button
                key={d.awardDate}
                type={d.awardDate === current ? 'primary' : 'default'}
                aria-pressed={d.awardDate === current}
                onClick={() => setCurrent(d.awardDate)}
              >
                {label(d)}
              </Button>
            ))}
          </nav>
          {list(current)}
        </div>
      ) : (
        <Tabs
          activeKey={current}
          onChange={setCurrent}
          items={data.awardDates.map((d) => ({
            key: d.awardDate,
            label: label(d),
            children: list(d.awardDate),
          }))}
        />
      )}
      <Typography.Paragraph className="muted" style={{ marginBottom: 0 }}>
        {t('lifecycle.badges.citation', { citation: data.citation })}
      </Typography.Paragraph>
    </Card>
  );
}

/** Rows per page of a badge's list (large committees list hundreds for the 30-year badge). */
const PAGE_SIZE = 50;

function AwardDateList({
  data,
  awardDate,
  includeOverdue,
}: {
  data: BadgeLists;
  awardDate: string;
  includeOverdue: boolean;
}) {
  const { t } = useTranslation();
  const me = useMe();
  const [selected, setSelected] = useState<string[]>([]);
  const [recording, setRecording] = useState(false);
  const list = data.awardDates.find((d) => d.awardDate === awardDate);
  if (!list) return null;
  const groups = list.groups
    .map((g) => ({ ...g, members: g.members.filter((e) => includeOverdue || !e.longOverdue) }))
    .filter((g) => g.members.length > 0);
  const entries = groups.flatMap((g) => g.members);
  const mayRecord = canWriteMembers(me);
  const columns = [
    {
      key: 'name',
      title: t('lifecycle.badges.columns.name'),
      render: (_: unknown, e: BadgeEntry) => (
        <span className="list-card-row">
          <Link to="/members/$memberId" params={{ memberId: e.memberId }} className="strong">
            {e.fullName}
          </Link>
          <ExemptedTag status={e.status} />
        </span>
      ),
    },
    {
      key: 'unit',
      title: t('lifecycle.badges.columns.unit'),
      render: (_: unknown, e: BadgeEntry) => e.unitName,
    },
    {
      key: 'admission',
      title: t('lifecycle.badges.columns.admission'),
      render: (_: unknown, e: BadgeEntry) => <span className="nowrap">{formatDate(e.admissionDate)}</span>,
    },
    {
      key: 'reaches',
      title: t('lifecycle.badges.columns.reaches'),
      render: (_: unknown, e: BadgeEntry) => <span className="nowrap">{formatDate(e.reachesOn)}</span>,
    },
    {
      key: 'early',
      title: t('lifecycle.badges.columns.note'),
      render: (_: unknown, e: BadgeEntry) =>
        e.early ? (
          <strong>{t('lifecycle.badges.early')}</strong>
        ) : e.overdue ? (
          t('lifecycle.badges.overdue')
        ) : null,
    },
  ];
  return (
    <div className="stack">
      <div className="page-header-extra">
        {/* Plain links: the browser downloads the file (the session cookie goes with them). */}
        <Button
          icon={<FileExcelOutlined aria-hidden />}
          href={proposalHref(data.unitId, awardDate, 'xlsx', includeOverdue)}
          download
        >
          {t('lifecycle.badges.downloadXlsx')}
        </Button>
        <Button
          icon={<FileWordOutlined aria-hidden />}
          href={proposalHref(data.unitId, awardDate, 'docx', includeOverdue)}
          download
        >
          {t('lifecycle.badges.downloadDocx')}
        </Button>
        {mayRecord ? (
          <Button
            type="primary"
            icon={<TrophyOutlined aria-hidden />}
            disabled={selected.length === 0}
            onClick={() => setRecording(true)}
          >
            {t('lifecycle.badges.record', { n: selected.length })}
          </Button>
        ) : null}
      </div>
      {entries.length === 0 ? (
        <Empty description={t('lifecycle.badges.empty', { date: formatDate(awardDate) })} />
      ) : (
        groups.map((group) => (
          <section key={group.years} aria-labelledby={`badge-${awardDate}-${group.years}`}>
            <h3 id={`badge-${awardDate}-${group.years}`} className="section-title">
              {t('lifecycle.badges.group', { years: group.years, n: formatNumber(group.members.length) })}
            </h3>
            <ScrollRegion
              label={t('lifecycle.badges.group', {
                years: group.years,
                n: formatNumber(group.members.length),
              })}
            >
              <Table<BadgeEntry>
                rowKey="memberId"
                size="middle"
                pagination={
                  group.members.length > PAGE_SIZE ? { pageSize: PAGE_SIZE, showSizeChanger: false } : false
                }
                columns={columns}
                dataSource={group.members}
                rowSelection={
                  mayRecord
                    ? {
                        selectedRowKeys: selected,
                        onChange: (keys) => {
                          const inGroup = new Set(group.members.map((m) => m.memberId));
                          setSelected([...selected.filter((k) => !inGroup.has(k)), ...keys.map(String)]);
                        },
                        getCheckboxProps: (e) => ({
                          'aria-label': t('lifecycle.badges.select', { name: e.fullName }),
                        }),
                      }
                    : undefined
                }
              />
            </ScrollRegion>
          </section>
        ))
      )}
      <RecordAwardsModal
        open={recording}
        awardDate={awardDate}
        entries={entries.filter((e) => selected.includes(e.memberId))}
        onClose={() => setRecording(false)}
        onSaved={() => setSelected([])}
      />
    </div>
  );
}

interface AwardValues {
  awardDate: Dayjs | null;
  decisionRef?: string;
}

function RecordAwardsModal({
  open,
  awardDate,
  entries,
  onClose,
  onSaved,
}: {
  open: boolean;
  awardDate: string;
  entries: BadgeEntry[];
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<AwardValues>();
  const { busy, run } = useBusy();
  // biome-ignore lint/correctness/useExhaustiveDependencies: reset only when the dialog opens
  useEffect(() => {
    if (!open) return;
    form.resetFields();
    // The day presented: this list's date once it has come; before that, the last award date when every
    // selected member was due by then (presented, not yet recorded); else today.
    const previous = previousAwardDate(awardDate);
    const day = dayjs(awardDate).isAfter(dayjs(), 'day')
      ? entries.every((e) => e.reachesOn <= previous)
        ? dayjs(previous)
        : dayjs()
      : dayjs(awardDate);
    form.setFieldsValue({ awardDate: day });
  }, [open]);
  const submit = (values: AwardValues) =>
    run(async () => {
      await apiPost('/api/badges/awards', {
        awardDate: toIsoDate(values.awardDate),
        decisionRef: values.decisionRef?.trim() || undefined,
        awards: entries.map((e) => ({ memberId: e.memberId, years: e.years })),
      });
      await queryClient.invalidateQueries({ queryKey: lifecycleKeys.all });
      void message.success(t('lifecycle.badges.recorded', { n: entries.length }));
      onSaved();
      onClose();
    }, form);
  return (
    <FormModal<AwardValues>
      open={open}
      title={t('lifecycle.badges.recordTitle')}
      saving={busy}
      onClose={onClose}
      name="badge-awards"
      form={form}
      onSubmit={submit}
      notice={
        <ul className="plain-list compact-list">
          {entries.map((e) => (
            <li key={e.memberId}>{t('lifecycle.badges.recordLine', { name: e.fullName, years: e.years })}</li>
          ))}
        </ul>
      }
    >
      <FormField
        label={t('lifecycle.badges.awardDate')}
        name="awardDate"
        extra={t('lifecycle.badges.awardDateHelp')}
        rules={[{ required: true, message: t('lifecycle.badges.awardDateRequired') }]}
      >
        <DatePicker
          format={DATE_FORMAT}
          disabledDate={(d) => d.isAfter(dayjs(), 'day')}
          style={{ width: '100%' }}
        />
      </FormField>
      <FormField label={`${t('lifecycle.badges.decisionRef')} (${t('common.optional')})`} name="decisionRef">
        <Input maxLength={200} />
      </FormField>
    </FormModal>
  );
}
