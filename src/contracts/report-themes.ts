import { z } from 'zod';
import { line, namedRef, optionalText } from './common';
import { isoDate } from './dates';

/**
 * Themes of opinion (chủ đề dư luận) a committee follows across the ideological-situation reports of its units:
 * each opinion row of a report names one, and the committee tracks the theme until it is handled.
 */

export const reportThemeStatuses = ['open', 'handling', 'handled'] as const;
export const reportThemeStatus = z.enum(reportThemeStatuses);
export type ReportThemeStatus = z.infer<typeof reportThemeStatus>;

export const reportThemesQuery = z.object({
  /** The unit whose reports name the themes: those of the unit and of the committees above it. */
  unitId: z.uuid(),
});

export const reportTheme = z.object({
  id: z.uuid(),
  /** The committee that follows the theme. */
  owner: namedRef,
  name: z.string(),
  description: z.string().nullable(),
  status: reportThemeStatus,
  handlingNote: z.string().nullable(),
  handledOn: isoDate.nullable(),
  version: z.number().int(),
  /** The user writes for the owner: may rename the theme and record its handling. */
  canEdit: z.boolean(),
});
export type ReportTheme = z.infer<typeof reportTheme>;
export const reportThemeList = z.object({ items: z.array(reportTheme) });

export const createReportThemeBody = z.object({
  ownerUnitId: z.uuid(),
  name: line(200),
  description: optionalText(2000),
});

export const updateReportThemeBody = z.object({
  name: line(200),
  description: optionalText(2000),
  version: z.int32().min(1),
});

/** Handled needs what was done and the day it was done (not after today). */
export const reportThemeStatusBody = z.object({
  status: reportThemeStatus,
  handlingNote: optionalText(4000),
  handledOn: isoDate.nullable().optional(),
  version: z.int32().min(1),
});

/** A period named by its key with its label (`2026-03`, "Tháng 03/2026"). */
export const themePeriod = z.object({ key: z.string(), label: z.string() });

export const themeOverviewQuery = z.object({
  /** The committee whose subtree's reports are counted. */
  unitId: z.uuid(),
  /** Mentions of reports whose period ends on or after this day… */
  from: isoDate.optional(),
  /** …and on or before this one. */
  to: isoDate.optional(),
  status: reportThemeStatus.optional(),
});

export const themeOverviewRow = reportTheme.extend({
  /** Opinion rows naming the theme in the subtree's reports of the range. */
  mentions: z.number().int(),
  units: z.number().int(),
  periods: z.number().int(),
  firstPeriod: themePeriod.nullable(),
  lastPeriod: themePeriod.nullable(),
  /** Raised in two periods or more, or by two units or more. */
  recurring: z.boolean(),
});
export type ThemeOverviewRow = z.infer<typeof themeOverviewRow>;
export const themeOverview = z.object({ items: z.array(themeOverviewRow) });

export const themeMentionsQuery = z.object({
  /** Only mentions from this unit's subtree (the committee of the overview). */
  unitId: z.uuid().optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(500).optional(),
});

export const themeMention = z.object({
  id: z.uuid(),
  submissionId: z.uuid(),
  unit: namedRef,
  period: themePeriod,
  content: z.string(),
  proposal: z.string().nullable(),
});
export type ThemeMention = z.infer<typeof themeMention>;
export const themeMentionPage = z.object({
  items: z.array(themeMention),
  nextCursor: z.string().nullable(),
  total: z.number().int(),
});
