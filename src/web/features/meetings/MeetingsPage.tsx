import { LeftOutlined, PlusOutlined, RightOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { Alert, Button, Card, Checkbox, Form, Segmented, Space, Spin } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { hasModule, useMe } from '../../app/auth';
import { errorText } from '../../app/errors';
import { ButtonLink } from '../../components/ButtonLink';
import { PageHeader } from '../../components/PageHeader';
import { UnitTreeSelect } from '../../components/UnitTreeSelect';
import { canPlanMeetings, defaultUnitFor, meetingsQuery } from './api';
import { MeetingCalendar } from './MeetingCalendar';
import { MeetingList } from './MeetingList';
import { MemberAttendanceTable } from './MemberAttendanceTable';
import type { MeetingsSearch, MeetingsView } from './search';
import { currentMonth, monthRange, shiftMonth } from './time';
import './meetings.css';

/** "Sinh hoạt chi bộ": a unit's meetings of one month, as a calendar or a list, and the button to plan one. */
export function MeetingsPage() {
  const { t } = useTranslation();
  const me = useMe();
  const search = useSearch({ from: '/app/meetings' });
  const navigate = useNavigate({ from: '/meetings' });
  const unitId = search.unitId ?? defaultUnitFor(me);
  const month = search.month ?? currentMonth();
  const view: MeetingsView = search.view ?? 'calendar';
  const subtree = search.subtree ?? false;
  const list = useQuery(meetingsQuery({ unitId, ownOnly: !subtree, ...monthRange(month) }));
  const meetings = list.data?.items ?? [];
  const setSearch = (next: Partial<MeetingsSearch>) =>
    void navigate({ search: (prev) => ({ ...prev, ...next }), replace: true });
  const monthLabel = dayjs(`${month}-01`).format('MM/YYYY');
  // Members' attendance is for readers of whole records (the same readers as the panel), one unit at a time.
  const attendanceView = hasModule(me, 'meetings.panel') && !subtree;

  return (
    <>
      <PageHeader
        title={t('meetings.title')}
        intro={t('meetings.intro')}
        extra={
          canPlanMeetings(me) && unitId ? (
            <ButtonLink
              type="primary"
              icon={<PlusOutlined aria-hidden />}
              href={`/meetings/new?unitId=${encodeURIComponent(unitId)}`}
            >
              {t('meetings.schedule')}
            </ButtonLink>
          ) : null
        }
      />
      <Card>
        <div className="stack">
          <Form layout="vertical" className="meeting-filters">
            <Form.Item label={t('meetings.unit')} htmlFor="meetings-unit" extra={t('meetings.unitHelp')}>
              <UnitTreeSelect
                id="meetings-unit"
                value={unitId}
                onChange={(next) => setSearch({ unitId: next })}
                placeholder={t('meetings.pickUnit')}
              />
            </Form.Item>
            <Checkbox
              checked={subtree}
              onChange={(e) => setSearch({ subtree: e.target.checked || undefined })}
            >
              {t('meetings.includeSubtree')}
            </Checkbox>
          </Form>
          <div className="meeting-toolbar">
            <Space.Compact>
              <Button
                icon={<LeftOutlined aria-hidden />}
                aria-label={t('meetings.previousMonth')}
                onClick={() => setSearch({ month: shiftMonth(month, -1) })}
              />
              <Button onClick={() => setSearch({ month: undefined })} title={t('meetings.thisMonth')}>
                {t('meetings.monthLabel', { month: monthLabel })}
              </Button>
              <Button
                icon={<RightOutlined aria-hidden />}
                aria-label={t('meetings.nextMonth')}
                onClick={() => setSearch({ month: shiftMonth(month, 1) })}
              />
            </Space.Compact>
            <Segmented<MeetingsView>
              className="meeting-view-switch"
              aria-label={t('meetings.viewLabel')}
              value={view}
              onChange={(next) => setSearch({ view: next === 'calendar' ? undefined : next })}
              options={[
                { value: 'calendar', label: t('meetings.viewCalendar') },
                { value: 'list', label: t('meetings.viewList') },
                ...(attendanceView
                  ? [{ value: 'attendance' as const, label: t('meetings.viewAttendance') }]
                  : []),
              ]}
            />
          </div>
          {list.isError ? <Alert type="error" showIcon title={errorText(list.error)} /> : null}
          {!unitId ? <Alert type="info" showIcon title={t('meetings.pickUnitFirst')} /> : null}
          {unitId && list.isPending ? <Spin /> : null}
          {unitId && view === 'attendance' && attendanceView ? (
            <MemberAttendanceTable unitId={unitId} month={month} />
          ) : list.data ? (
            view === 'calendar' ? (
              <>
                <MeetingCalendar month={month} meetings={meetings} showUnit={subtree} />
                {meetings.length === 0 ? <p className="muted">{t('meetings.emptyMonth')}</p> : null}
              </>
            ) : (
              <MeetingList meetings={meetings} showUnit={subtree} />
            )
          ) : null}
        </div>
      </Card>
    </>
  );
}
