import { CheckOutlined } from '@ant-design/icons';
import { Alert, Button, Input, Progress } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type AttendanceStatus, attendanceRate } from '../../../domain/meeting-rules';
import { apiPut } from '../../app/api';
import { formatDateTime } from '../../app/format';
import { StatusText } from '../../components/StatusText';
import { type AttendanceRow, type MeetingDetail, meetingPath } from './api';
import { CheckInQrButton } from './CheckInQrButton';
import { attendanceCycle, attendanceTones } from './labels';
import { useMeetingSave } from './useMeetingSave';

interface Mark {
  status: AttendanceStatus | null;
  reason: string;
}

const markOf = (row: AttendanceRow): Mark => ({ status: row.status, reason: row.reason ?? '' });

const nextStatus = (status: AttendanceStatus | null): AttendanceStatus => {
  if (status === null) return 'present';
  return attendanceCycle[(attendanceCycle.indexOf(status) + 1) % attendanceCycle.length] ?? 'present';
};

/**
 * Attendance on a phone: one row per member and one tap per change. "Tất cả có mặt" marks everyone not yet
 * marked present, then a tap on a member walks through the other statuses; an excused absence asks its reason.
 */
export function AttendanceSection({ meeting }: { meeting: MeetingDetail }) {
  const { t } = useTranslation();
  const [changes, setChanges] = useState<Record<string, Mark>>({});
  const [missingReason, setMissingReason] = useState<string[]>([]);
  const { busy, error, save } = useMeetingSave(meeting.id);
  const editable = meeting.canMarkAttendance;
  const markFor = (row: AttendanceRow) => changes[row.memberId] ?? markOf(row);
  const marks = meeting.attendance.map(markFor);
  const statuses = marks.flatMap((m) => (m.status ? [m.status] : []));
  const rate = attendanceRate(statuses);
  const unmarked = marks.length - statuses.length;
  const dirty = Object.keys(changes).length > 0;

  const setMark = (memberId: string, mark: Mark) =>
    setChanges((current) => ({ ...current, [memberId]: mark }));

  const allPresent = () => {
    const next = { ...changes };
    for (const row of meeting.attendance) {
      if (markFor(row).status === null) next[row.memberId] = { status: 'present', reason: '' };
    }
    setChanges(next);
  };

  const submit = async () => {
    const lacking = meeting.attendance
      .filter((row) => {
        const mark = markFor(row);
        return mark.status === 'absent_excused' && mark.reason.trim() === '';
      })
      .map((row) => row.memberId);
    setMissingReason(lacking);
    if (lacking.length > 0) return;
    const entries = Object.entries(changes).flatMap(([memberId, mark]) =>
      mark.status
        ? [
            {
              memberId,
              status: mark.status,
              reason: mark.status === 'absent_excused' ? mark.reason.trim() : null,
            },
          ]
        : [],
    );
    if (entries.length === 0) return;
    const saved = await save(() =>
      apiPut<MeetingDetail>(meetingPath(meeting.id, '/attendance'), { entries }),
    );
    if (saved) setChanges({});
  };

  return (
    <div className="stack">
      <div className="meeting-attendance-summary" aria-live="polite">
        <Progress
          type="circle"
          size={72}
          percent={rate === null ? 0 : Math.round(rate * 100)}
          aria-label={t('meetings.attendance.rate')}
        />
        <div>
          <div className="strong">
            {rate === null
              ? t('meetings.attendance.noRate')
              : t('meetings.attendance.rateText', {
                  rate: Math.round(rate * 100),
                  present: statuses.filter((s) => s === 'present').length,
                })}
          </div>
          <div className="muted">
            {unmarked > 0
              ? t('meetings.attendance.unmarked', { n: unmarked })
              : t('meetings.attendance.allMarked')}
          </div>
        </div>
      </div>
      {editable ? (
        <div className="meeting-attendance-actions">
          <Button
            icon={<CheckOutlined aria-hidden />}
            size="large"
            onClick={allPresent}
            disabled={unmarked === 0}
          >
            {t('meetings.attendance.allPresent')}
          </Button>
          <CheckInQrButton meetingId={meeting.id} />
        </div>
      ) : null}
      {editable ? <p className="muted">{t('meetings.attendance.help')}</p> : null}
      <ul className="plain-list meeting-attendance" aria-label={t('meetings.attendance.title')}>
        {meeting.attendance.map((row) => {
          const mark = markFor(row);
          const label = mark.status
            ? t(`meetings.attendanceStatus.${mark.status}`)
            : t('meetings.attendance.notMarked');
          return (
            <li key={row.memberId} className="meeting-attendance-row">
              <div className="meeting-attendance-line">
                <span className="strong break-anywhere meeting-attendance-name">{row.fullName}</span>
                {editable ? (
                  <Button
                    size="large"
                    className={`meeting-attendance-button meeting-attendance-${mark.status ?? 'none'}`}
                    aria-label={t('meetings.attendance.tapFor', { name: row.fullName, status: label })}
                    onClick={() =>
                      setMark(row.memberId, { status: nextStatus(mark.status), reason: mark.reason })
                    }
                  >
                    {label}
                  </Button>
                ) : (
                  <StatusText tone={mark.status ? attendanceTones[mark.status] : 'off'}>{label}</StatusText>
                )}
              </div>
              {row.checkedInAt ? (
                <div className="muted">
                  {t('meetings.attendance.checkedIn', { at: formatDateTime(row.checkedInAt) })}
                </div>
              ) : null}
              {mark.status === 'absent_excused' ? (
                editable ? (
                  <div>
                    <Input
                      aria-label={t('meetings.attendance.reasonFor', { name: row.fullName })}
                      placeholder={t('meetings.attendance.reasonPlaceholder')}
                      value={mark.reason}
                      maxLength={500}
                      status={missingReason.includes(row.memberId) ? 'error' : ''}
                      onChange={(e) => setMark(row.memberId, { status: mark.status, reason: e.target.value })}
                    />
                    {missingReason.includes(row.memberId) ? (
                      <div className="field-error" role="alert">
                        {t('meetings.attendance.reasonRequired')}
                      </div>
                    ) : null}
                  </div>
                ) : (
                  <div className="muted break-anywhere">
                    {t('meetings.attendance.reasonShown', { reason: mark.reason })}
                  </div>
                )
              ) : null}
            </li>
          );
        })}
      </ul>
      {error ? <Alert type="error" showIcon title={error} /> : null}
      {editable ? (
        <div className="meeting-sticky-save">
          <Button
            type="primary"
            size="large"
            block
            loading={busy}
            disabled={!dirty}
            onClick={() => void submit()}
          >
            {t('meetings.attendance.save')}
          </Button>
        </div>
      ) : null}
    </div>
  );
}
