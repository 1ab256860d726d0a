import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { Alert, Spin, Table } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { memberAttendance } from '../../../contracts/meetings';
import { apiGet } from '../../app/api';
import { errorText } from '../../app/errors';
import { StatusText } from '../../components/StatusText';

type MemberAttendance = z.infer<typeof memberAttendance>;
type Row = MemberAttendance['items'][number];

const monthText = (month: string) => dayjs(`${month}-01`).format('MM/YYYY');

/** "Chuyên cần": each member's attendance at the cell's closed meetings over the 12 months ending with `month`. */
export function MemberAttendanceTable({ unitId, month }: { unitId: string; month: string }) {
  const { t } = useTranslation();
  const query = useQuery({
    queryKey: ['meetings', 'member-attendance', unitId, month],
    queryFn: ({ signal }) =>
      apiGet<MemberAttendance>('/api/meetings/member-attendance', { unitId, month }, signal),
  });
  if (query.isError) return <Alert type="error" showIcon title={errorText(query.error)} />;
  if (!query.data) return <Spin />;
  const { from, to, meetings, items } = query.data;
  return (
    <div className="stack">
      <p className="muted">
        {t('meetings.memberAttendance.intro', { from: monthText(from), to: monthText(to), n: meetings })}
      </p>
      <Table<Row>
        rowKey="memberId"
        size="small"
        pagination={false}
        dataSource={items}
        scroll={{ x: true }}
        columns={[
          {
            title: t('meetings.memberAttendance.member'),
            dataIndex: 'fullName',
            render: (name: string, row) => (
              <Link to="/members/$memberId" params={{ memberId: row.memberId }}>
                {name}
              </Link>
            ),
          },
          {
            title: t('meetings.memberAttendance.present'),
            key: 'present',
            render: (_, row) =>
              t('meetings.memberAttendance.presentOf', { present: row.present, expected: row.expected }),
          },
          {
            title: t('meetings.memberAttendance.rate'),
            dataIndex: 'rate',
            render: (rate: number | null) => (rate === null ? '—' : `${Math.round(rate * 100)}%`),
          },
          {
            title: t('meetings.memberAttendance.missed'),
            dataIndex: 'missedMonths',
            render: (months: string[]) =>
              months.length === 0 ? (
                '—'
              ) : (
                <StatusText tone={months.length >= 3 ? 'bad' : 'warn'}>
                  {months.map(monthText).join(', ')}
                </StatusText>
              ),
          },
        ]}
      />
    </div>
  );
}
