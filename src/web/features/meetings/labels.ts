import type { AttendanceStatus, MeetingKind, MeetingStatus } from '../../../domain/meeting-rules';
import type { StatusTone } from '../../components/StatusText';

/** Tag colours of a meeting's kind (the words carry the meaning; the colour only helps scanning). */
export const kindColors: Record<MeetingKind, string> = {
  regular: 'blue',
  thematic: 'purple',
  combined: 'geekblue',
  extraordinary: 'magenta',
};

export const statusTones: Record<MeetingStatus, StatusTone> = {
  planned: 'warn',
  closed: 'ok',
  cancelled: 'off',
};

/** The order one tap walks through: the common case first, then the absences, then the rare statuses. */
export const attendanceCycle: readonly AttendanceStatus[] = [
  'present',
  'absent_excused',
  'absent_unexcused',
  'exempted',
  'temporary_transfer',
];

export const attendanceTones: Record<AttendanceStatus, StatusTone> = {
  present: 'ok',
  absent_excused: 'warn',
  absent_unexcused: 'bad',
  exempted: 'off',
  temporary_transfer: 'off',
};

/** Kinds whose meeting has a theme (the topic is required). */
export const needsTopic = (kind: MeetingKind | undefined) => kind === 'thematic' || kind === 'combined';
