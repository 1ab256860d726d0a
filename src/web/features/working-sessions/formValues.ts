import dayjs, { type Dayjs } from 'dayjs';
import type { CreateSessionBody, SessionDetail } from './api';

export interface ParticipantValues {
  name?: string;
  title?: string | null;
}

export interface SessionFormValues {
  heldOn: Dayjs;
  superiorName: string;
  topic: string;
  place?: string | null;
  ourParticipants?: ParticipantValues[];
  theirParticipants?: ParticipantValues[];
  reportDocumentId?: string | null;
  reportSummary?: string | null;
  discussionHtml?: string;
}

const blank = (value: string | null | undefined) => {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
};

export function valuesFrom(s: SessionDetail): SessionFormValues {
  return {
    heldOn: dayjs(s.heldOn),
    superiorName: s.superiorName,
    topic: s.topic,
    place: s.place,
    ourParticipants: s.ourParticipants,
    theirParticipants: s.theirParticipants,
    reportDocumentId: s.reportDocument?.id ?? null,
    reportSummary: s.reportSummary,
    discussionHtml: s.discussionHtml,
  };
}

const people = (list: ParticipantValues[] | undefined) =>
  (list ?? []).flatMap((p) =>
    blank(p.name) ? [{ name: blank(p.name) as string, title: blank(p.title) }] : [],
  );

export function bodyFrom(v: SessionFormValues): Omit<CreateSessionBody, 'unitId'> {
  return {
    heldOn: v.heldOn.format('YYYY-MM-DD'),
    superiorName: v.superiorName.trim(),
    topic: v.topic.trim(),
    place: blank(v.place),
    ourParticipants: people(v.ourParticipants),
    theirParticipants: people(v.theirParticipants),
    reportDocumentId: v.reportDocumentId ?? null,
    reportSummary: blank(v.reportSummary),
    discussionHtml: v.discussionHtml ?? '',
  };
}
