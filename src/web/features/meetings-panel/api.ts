import { queryOptions } from '@tanstack/react-query';
import type { z } from 'zod';
import type { BehindPanel, calendarFeed, ratingScaleBody, ratingScales } from '../../../contracts/meetings';
import { api, apiGet, apiPost } from '../../app/api';

export type { BehindPanel };
export type CalendarFeed = z.infer<typeof calendarFeed>;
export type RatingScales = z.infer<typeof ratingScales>;
export type RatingScale = RatingScales['items'][number];
export type RatingScaleInput = z.input<typeof ratingScaleBody>;

export const meetingsPanelKeys = {
  behind: (unitId: string, month: string) => ['meetings', 'behind', unitId, month] as const,
  feed: ['meetings', 'calendar-feed'] as const,
  ratingScales: ['meetings', 'rating-scales'] as const,
};

export const behindQuery = (unitId: string, month: string) =>
  queryOptions({
    queryKey: meetingsPanelKeys.behind(unitId, month),
    queryFn: ({ signal }) => apiGet<BehindPanel>('/api/meetings/behind', { unitId, month }, signal),
  });

export const calendarFeedQuery = queryOptions({
  queryKey: meetingsPanelKeys.feed,
  queryFn: ({ signal }) => apiGet<CalendarFeed>('/api/calendar-feed', undefined, signal),
});

export const renewCalendarFeed = () => apiPost<CalendarFeed>('/api/calendar-feed');
export const revokeCalendarFeed = () => api<CalendarFeed>('/api/calendar-feed', { method: 'DELETE' });

export const ratingScalesQuery = queryOptions({
  queryKey: meetingsPanelKeys.ratingScales,
  queryFn: ({ signal }) => apiGet<RatingScales>('/api/meetings/rating-scales', undefined, signal),
});

export const addRatingScale = (body: RatingScaleInput) =>
  apiPost<RatingScale>('/api/meetings/rating-scales', body);
export const deleteRatingScale = (id: string) =>
  api<unknown>(`/api/meetings/rating-scales/${encodeURIComponent(id)}`, { method: 'DELETE' });
