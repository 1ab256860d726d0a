import { Link } from '@tanstack/react-router';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useIsPhone } from '../../app/useMediaQuery';
import type { MeetingSummary } from './api';
import { vnDate, vnTime } from './time';

interface Props {
  /** yyyy-mm */
  month: string;
  meetings: readonly MeetingSummary[];
  /** Several units are shown: each meeting names its unit. */
  showUnit: boolean;
}

const weekdays = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

/** The weeks (Monday first, as Vietnamese calendars print them) covering a month; null outside the month. */
function weeksOf(month: string): (string | null)[][] {
  const first = dayjs(`${month}-01`);
  const lead = (first.day() + 6) % 7;
  const days: (string | null)[] = Array.from({ length: lead }, () => null);
  for (let d = 0; d < first.daysInMonth(); d++) days.push(first.add(d, 'day').format('YYYY-MM-DD'));
  while (days.length % 7 !== 0) days.push(null);
  const weeks: (string | null)[][] = [];
  for (let i = 0; i < days.length; i += 7) weeks.push(days.slice(i, i + 7));
  return weeks;
}

/** A month grid of meetings: each meeting is a link showing its time (and on wide screens its kind). */
export function MeetingCalendar({ month, meetings, showUnit }: Props) {
  const { t } = useTranslation();
  const isPhone = useIsPhone();
  const today = vnDate(new Date().toISOString());
  const byDay = new Map<string, MeetingSummary[]>();
  for (const meeting of meetings) {
    const day = vnDate(meeting.startsAt);
    byDay.set(day, [...(byDay.get(day) ?? []), meeting]);
  }

  const describe = (m: MeetingSummary) =>
    [
      vnTime(m.startsAt),
      t(`meetings.kind.${m.kind}`),
      t(`meetings.status.${m.status}`),
      showUnit ? m.unitName : null,
    ]
      .filter(Boolean)
      .join(' · ');

  return (
    <table
      className="meeting-calendar"
      aria-label={t('meetings.calendarLabel', { month: dayjs(`${month}-01`).format('MM/YYYY') })}
    >
      <thead>
        <tr>
          {weekdays.map((day) => (
            <th key={day} scope="col">
              <abbr title={t(`meetings.weekday.${day}`)}>{t(`meetings.weekdayShort.${day}`)}</abbr>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {weeksOf(month).map((week) => (
          <tr key={week.find(Boolean) ?? ''}>
            {week.map((day, index) => (
              <td
                key={day ?? `empty-${index}`}
                className={day === today ? 'meeting-day meeting-today' : 'meeting-day'}
              >
                {day ? (
                  <>
                    <span className="meeting-day-number">{Number(day.slice(8))}</span>
                    {(byDay.get(day) ?? []).map((m) => (
                      <Link
                        key={m.id}
                        to="/meetings/$meetingId"
                        params={{ meetingId: m.id }}
                        className={`meeting-chip meeting-chip-${m.status} meeting-chip-${m.kind}`}
                        aria-label={describe(m)}
                        title={describe(m)}
                      >
                        {isPhone
                          ? vnTime(m.startsAt)
                          : `${vnTime(m.startsAt)} ${t(`meetings.kindShort.${m.kind}`)}`}
                      </Link>
                    ))}
                  </>
                ) : null}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
