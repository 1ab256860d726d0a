/** Every table of the product, for Drizzle and drizzle-kit. Modules add their schema file here. */

export * from '../modules/admission/schema';
export * from '../modules/calendar/schema';
export * from '../modules/documents/schema';
export * from '../modules/exchange/schema';
export * from '../modules/lifecycle/schema';
export * from '../modules/meetings/schema';
export * from '../modules/members/schema';
export * from '../modules/org/schema';
export * from '../modules/programs/schema';
export * from '../modules/reports/schema';
export * from '../modules/transfers/schema';
export * from '../platform/audit/schema';
export * from '../platform/auth/schema';
export * from '../platform/jobs/schema';
export * from '../platform/notifications/schema';
export * from '../platform/outbox/schema';
