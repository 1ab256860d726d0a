import { queryOptions } from '@tanstack/react-query';
import dayjs from 'dayjs';
import { apiGet } from '../../app/api';
import type { Page } from '../../app/types';
import type { MeetingSummary } from '../meetings/api';

/** A study session is recorded soon after it is held: the cell's own meetings of the last six months. */
export const recentMeetingsQuery = (unitId: string) => {
  const from = dayjs().subtract(6, 'month').format('YYYY-MM-DD');
  const to = dayjs().add(1, 'day').format('YYYY-MM-DD');
  return queryOptions({
    queryKey: ['meetings', 'list', 'study', unitId, from] as const,
    queryFn: ({ signal }) =>
      apiGet<Page<MeetingSummary>>('/api/meetings', { unitId, ownOnly: true, from, to, limit: 100 }, signal),
  });
};
