import dayjs, { type Dayjs } from 'dayjs';
import type { MeetingKind } from '../../../domain/meeting-rules';
import type { CreateMeetingBody, DraftPlan, MeetingDetail } from './api';
import { needsTopic } from './labels';
import { datePickerValue, timePickerValue, toInstant } from './time';

export interface AgendaValues {
  title?: string;
  preparedByMemberId?: string | null;
  preparation?: string | null;
  dueOn?: Dayjs | null;
}

export interface MeetingFormValues {
  kind: MeetingKind;
  topic?: string | null;
  date: Dayjs;
  startTime: Dayjs;
  endTime: Dayjs;
  place?: string | null;
  onlineLink?: string | null;
  chairMemberId?: string | null;
  minuteTakerMemberId?: string | null;
  agenda?: AgendaValues[];
}

const blank = (value: string | null | undefined) => {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
};

/** The fields of a meeting, or of a drafted plan, as the form holds them. */
export function valuesFrom(meeting: MeetingDetail | DraftPlan): MeetingFormValues {
  return {
    kind: meeting.kind,
    topic: meeting.topic ?? null,
    date: datePickerValue(meeting.startsAt),
    startTime: timePickerValue(meeting.startsAt),
    endTime: timePickerValue(meeting.endsAt),
    place: meeting.place ?? null,
    onlineLink: meeting.onlineLink ?? null,
    chairMemberId: meeting.chairMemberId ?? null,
    minuteTakerMemberId: meeting.minuteTakerMemberId ?? null,
    agenda: (meeting.agenda ?? []).map((item) => ({
      title: item.title,
      preparedByMemberId: item.preparedByMemberId ?? null,
      preparation: item.preparation ?? null,
      dueOn: item.dueOn ? dayjs(item.dueOn) : null,
    })),
  };
}

/** A new meeting's first values: the regular meeting, on the given day from 08:00 to 10:00. */
export const newMeetingValues = (today: Dayjs): Partial<MeetingFormValues> => ({
  kind: 'regular',
  date: today,
  startTime: dayjs('2000-01-01T08:00:00'),
  endTime: dayjs('2000-01-01T10:00:00'),
  agenda: [],
});

/** The fields the create and edit requests share. */
export function bodyFrom(values: MeetingFormValues): Omit<CreateMeetingBody, 'unitId'> {
  return {
    kind: values.kind,
    topic: needsTopic(values.kind) ? blank(values.topic) : null,
    startsAt: toInstant(values.date, values.startTime),
    endsAt: toInstant(values.date, values.endTime),
    place: blank(values.place),
    onlineLink: blank(values.onlineLink),
    chairMemberId: values.chairMemberId ?? null,
    minuteTakerMemberId: values.minuteTakerMemberId ?? null,
    agenda: (values.agenda ?? [])
      .filter((item) => blank(item.title))
      .map((item) => ({
        title: item.title?.trim() ?? '',
        preparedByMemberId: item.preparedByMemberId ?? null,
        preparation: blank(item.preparation),
        dueOn: item.dueOn ? item.dueOn.format('YYYY-MM-DD') : null,
      })),
  };
}

/** The API names the instants; the form has a date and two times. */
export const formFieldOf = (field: string): string =>
  field === 'startsAt' ? 'startTime' : field === 'endsAt' ? 'endTime' : field;
