import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, DatePicker, Form, Input, Popconfirm, Select, Space, Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CalendarDay } from '../../../contracts/admission';
import { api, apiGet, apiPut, isApiError } from '../../app/api';
import { errorText } from '../../app/errors';
import { DATE_FORMAT, formatLongDate, toIsoDate } from '../../app/format';
import { useBusy } from '../../app/useBusy';
import { FormModal } from '../../components/FormModal';
import { PageHeader } from '../../components/PageHeader';
import { FormField } from '../members/FormField';

const calendarKey = (year: number) => ['calendar', year] as const;

interface Values {
  date: Dayjs | null;
  kind: CalendarDay['kind'];
  name: string;
}

function DayModal({
  open,
  day,
  year,
  onClose,
}: {
  open: boolean;
  day: CalendarDay | null;
  year: number;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const queryClient = useQueryClient();
  const { busy, run } = useBusy();

  // biome-ignore lint/correctness/useExhaustiveDependencies: reset only when the dialog opens
  useEffect(() => {
    if (!open) return;
    form.resetFields();
    form.setFieldsValue(
      day
        ? { date: dayjs(day.date), kind: day.kind, name: day.name }
        : { date: null, kind: 'day_off', name: '' },
    );
  }, [open]);

  const submit = (v: Values) =>
    run(async () => {
      try {
        await apiPut(`/api/calendar/days/${toIsoDate(v.date)}`, {
          kind: v.kind,
          name: v.name,
          version: day?.version,
        });
        void message.success(t('calendar.saved'));
        onClose();
      } catch (error) {
        if (!isApiError(error, 'STALE_VERSION')) throw error;
        void message.warning(t('calendar.stale'));
        onClose();
      }
      await queryClient.invalidateQueries({ queryKey: calendarKey(year) });
      await queryClient.invalidateQueries({ queryKey: ['admission'] });
    }, form);

  return (
    <FormModal<Values>
      open={open}
      title={day ? t('calendar.editTitle') : t('calendar.addTitle')}
      saving={busy}
      onClose={onClose}
      name="calendar-day"
      form={form}
      onSubmit={submit}
    >
      <FormField
        label={t('calendar.date')}
        name="date"
        rules={[{ required: true, message: t('calendar.dateRequired') }]}
      >
        <DatePicker format={DATE_FORMAT} disabled={Boolean(day)} style={{ width: '100%' }} />
      </FormField>
      <FormField label={t('calendar.kindLabel')} name="kind" rules={[{ required: true }]}>
        <Select
          options={[
            { value: 'day_off', label: t('calendar.kind.day_off') },
            { value: 'worked_weekend', label: t('calendar.kind.worked_weekend') },
          ]}
        />
      </FormField>
      <FormField
        label={t('calendar.name')}
        name="name"
        rules={[{ required: true, message: t('calendar.nameRequired') }]}
      >
        <Input placeholder={t('calendar.namePlaceholder')} />
      </FormField>
    </FormModal>
  );
}

/** "Lịch ngày làm việc": the public holidays, days off in lieu and worked weekend days of a year. */
export function CalendarPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const thisYear = new Date().getFullYear();
  const [year, setYear] = useState(thisYear);
  const [editing, setEditing] = useState<CalendarDay | null | 'new'>(null);
  const days = useQuery({
    queryKey: calendarKey(year),
    queryFn: ({ signal }) => apiGet<{ items: CalendarDay[] }>('/api/calendar/days', { year }, signal),
  });
  const { run } = useBusy();

  const remove = (day: CalendarDay) =>
    run(async () => {
      await api(`/api/calendar/days/${day.date}`, { method: 'DELETE', query: { version: day.version } });
      void message.success(t('calendar.deleted'));
      await queryClient.invalidateQueries({ queryKey: calendarKey(year) });
      await queryClient.invalidateQueries({ queryKey: ['admission'] });
    });

  const columns: ColumnsType<CalendarDay> = [
    { title: t('calendar.date'), key: 'date', render: (_, d) => formatLongDate(d.date) },
    { title: t('calendar.kindLabel'), key: 'kind', render: (_, d) => t(`calendar.kind.${d.kind}`) },
    { title: t('calendar.name'), dataIndex: 'name', key: 'name' },
    {
      title: t('calendar.actions'),
      key: 'actions',
      render: (_, d) => (
        <Space>
          <Button
            icon={<EditOutlined />}
            onClick={() => setEditing(d)}
            aria-label={t('calendar.editOne', { date: d.date })}
          >
            {t('calendar.edit')}
          </Button>
          <Popconfirm
            title={t('calendar.confirmDelete')}
            onConfirm={() => void remove(d)}
            okText={t('calendar.delete')}
            cancelText={t('common.cancel')}
          >
            <Button danger icon={<DeleteOutlined />} aria-label={t('calendar.deleteOne', { date: d.date })}>
              {t('calendar.delete')}
            </Button>
          </Popconfirm>
        </Space>
      ),
    },
  ];

  return (
    <>
      <PageHeader
        title={t('calendar.title')}
        intro={t('calendar.intro')}
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
            {t('calendar.add')}
          </Button>
        }
      />
      <Card
        extra={
          <Select
            aria-label={t('calendar.year')}
            value={year}
            onChange={setYear}
            options={[thisYear - 1, thisYear, thisYear + 1, thisYear + 2].map((y) => ({
              value: y,
              label: String(y),
            }))}
          />
        }
        title={<h2 className="card-title">{t('calendar.yearTitle', { year })}</h2>}
      >
        {days.isError ? <Alert type="error" showIcon title={errorText(days.error)} /> : null}
        <Table<CalendarDay>
          rowKey="date"
          columns={columns}
          dataSource={days.data?.items ?? []}
          loading={days.isPending}
          pagination={false}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: t('calendar.empty') }}
          className="admission-table"
        />
      </Card>
      <DayModal
        open={editing !== null}
        day={editing === 'new' ? null : editing}
        year={year}
        onClose={() => setEditing(null)}
      />
    </>
  );
}
