import { queryOptions } from '@tanstack/react-query';
import type { z } from 'zod';
import type { Me } from '../../../contracts/auth';
import type {
  checkInLink,
  checkInResult,
  createMeetingBody,
  draftPlan,
  MeetingDetail,
  MeetingSummary,
  minutesVersions,
} from '../../../contracts/meetings';
import type { Role } from '../../../contracts/roles';
import { apiGet } from '../../app/api';
import { queryClient } from '../../app/queryClient';
import type { Page } from '../../app/types';
import { uploadRaw } from '../../app/upload';

export type { MeetingDetail, MeetingSummary };
export type CreateMeetingBody = z.input<typeof createMeetingBody>;
export type DraftPlan = z.infer<typeof draftPlan>;
export type CheckInLink = z.infer<typeof checkInLink>;
export type CheckInResult = z.infer<typeof checkInResult>;
export type MinutesVersions = z.infer<typeof minutesVersions>;
export type AttendanceRow = MeetingDetail['attendance'][number];
export type MeetingDocument = MeetingDetail['documents'][number];
export type Conclusion = MeetingDetail['conclusions'][number];

export interface MeetingsRange {
  unitId: string | undefined;
  ownOnly: boolean;
  from: string;
  to: string;
}

export const meetingKeys = {
  all: ['meetings'] as const,
  list: (range: MeetingsRange) => ['meetings', 'list', range] as const,
  one: (id: string) => ['meetings', 'one', id] as const,
  versions: (id: string) => ['meetings', 'versions', id] as const,
  nextPlan: (id: string) => ['meetings', 'next-plan', id] as const,
};

export const meetingPath = (id: string, rest = '') => `/api/meetings/${encodeURIComponent(id)}${rest}`;

/** A month holds at most a few meetings per unit; 500 covers a committee's whole subtree for the month. */
export const meetingsQuery = (range: MeetingsRange) =>
  queryOptions({
    queryKey: meetingKeys.list(range),
    queryFn: ({ signal }) =>
      apiGet<Page<MeetingSummary>>(
        '/api/meetings',
        { unitId: range.unitId, ownOnly: range.ownOnly, from: range.from, to: range.to, limit: 500 },
        signal,
      ),
    enabled: Boolean(range.unitId),
  });

export const meetingQuery = (id: string) =>
  queryOptions({
    queryKey: meetingKeys.one(id),
    queryFn: ({ signal }) => apiGet<MeetingDetail>(meetingPath(id), undefined, signal),
  });

export const minutesVersionsQuery = (id: string) =>
  queryOptions({
    queryKey: meetingKeys.versions(id),
    queryFn: ({ signal }) => apiGet<MinutesVersions>(meetingPath(id, '/minutes/versions'), undefined, signal),
  });

export const nextPlanQuery = (id: string) =>
  queryOptions({
    queryKey: meetingKeys.nextPlan(id),
    queryFn: ({ signal }) => apiGet<DraftPlan>(meetingPath(id, '/next-plan'), undefined, signal),
    staleTime: 0,
  });

/** After a write answered with the meeting: show it everywhere without another request, refresh the lists. */
export function storeMeeting(meeting: MeetingDetail): void {
  queryClient.setQueryData(meetingKeys.one(meeting.id), meeting);
  void queryClient.invalidateQueries({ queryKey: ['meetings', 'list'] });
  void queryClient.invalidateQueries({ queryKey: meetingKeys.versions(meeting.id) });
}

export const refetchMeeting = (id: string) => queryClient.fetchQuery({ ...meetingQuery(id), staleTime: 0 });

/** Roles that plan meetings (the server decides per unit; this only decides whether to offer the button). */
const plannerRoles: readonly Role[] = ['admin', 'committee', 'cell_secretary'];
export const canPlanMeetings = (me: Me): boolean => me.roles.some((g) => plannerRoles.includes(g.role));

/** The unit whose calendar opens first: the secretary's cell, the committee's unit, else the member's cell. */
export const defaultUnitFor = (me: Me): string | undefined =>
  (me.roles.find((g) => plannerRoles.includes(g.role)) ?? me.roles[0])?.unitId;

/** Sends the file itself as the body; the server stores it under its own name and content type. */
export function uploadDocument(meetingId: string, file: File): Promise<MeetingDetail> {
  return uploadRaw<MeetingDetail>(meetingPath(meetingId, '/documents'), file);
}

export const documentHref = (meetingId: string, documentId: string) =>
  meetingPath(meetingId, `/documents/${encodeURIComponent(documentId)}`);
