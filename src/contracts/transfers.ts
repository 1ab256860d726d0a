import { z } from 'zod';
import { sexes } from '../domain/member-codes';
import { transferKinds, transferPurposes, transferStatuses } from '../domain/transfer-rules';
import { line } from './common';
import { isoDate } from './dates';
import { memberFields } from './members';

export const transferKind = z.enum(transferKinds);
export const transferPurpose = z.enum(transferPurposes);
export const transferStatus = z.enum(transferStatuses);
/** Month up to which party dues are paid: yyyy-mm. */
export const duesMonth = z
  .string()
  .trim()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'dạng yyyy-mm / like yyyy-mm');

/** Within the tree, leaving it (outgoing to an organisation outside), or entering it from outside. */
export const transferDirection = z.enum(['within', 'outgoing_external', 'incoming_external']);
export type TransferDirection = z.infer<typeof transferDirection>;

export const transfer = z.object({
  id: z.uuid(),
  kind: transferKind,
  purpose: transferPurpose,
  status: transferStatus,
  direction: transferDirection,
  memberId: z.uuid().nullable(),
  fullName: z.string(),
  birthDate: isoDate,
  sex: z.enum(sexes),
  admissionDate: isoDate.nullable(),
  officialDate: isoDate.nullable(),
  cardNumber: z.string().nullable(),
  recordNumber: z.string().nullable(),
  fromUnitId: z.uuid().nullable(),
  fromUnitName: z.string().nullable(),
  externalSender: z.string().nullable(),
  toUnitId: z.uuid().nullable(),
  toUnitName: z.string().nullable(),
  externalReceiver: z.string().nullable(),
  moveDate: isoDate,
  periodFrom: isoDate.nullable(),
  periodTo: isoDate.nullable(),
  letterNumber: z.string().nullable(),
  letterDate: isoDate.nullable(),
  duesPaidThrough: z.string().nullable(),
  issueDueOn: isoDate,
  presentDueOn: isoDate.nullable(),
  lateReason: z.string().nullable(),
  receivedOn: isoDate.nullable(),
  receivingNote: z.string().nullable(),
  cancelReason: z.string().nullable(),
  note: z.string().nullable(),
  /** What is due next (issue the letter, present it, end of a temporary stay) and whether it is overdue. */
  next: z
    .object({
      kind: z.enum(['issue', 'present', 'period_end']),
      dueOn: isoDate,
      overdue: z.boolean(),
    })
    .nullable(),
  version: z.number().int(),
  canIssue: z.boolean(),
  canReceive: z.boolean(),
  canCancel: z.boolean(),
  hasLetter: z.boolean(),
});
export type Transfer = z.infer<typeof transfer>;

const external = line(300);

/** Starts an outgoing transfer of a member on the register: to a unit of the tree or to one outside it. */
export const startTransferBody = z.object({
  memberId: z.uuid(),
  kind: transferKind,
  purpose: transferPurpose,
  toUnitId: z.uuid().nullable().optional(),
  externalReceiver: external.nullable().optional(),
  moveDate: isoDate,
  periodFrom: isoDate.nullable().optional(),
  periodTo: isoDate.nullable().optional(),
  note: z.string().trim().max(2000).nullable().optional(),
});

/** Records the letter of a member coming from outside the tree, as the receiving secretary holds it. */
export const incomingTransferBody = z.object({
  toUnitId: z.uuid(),
  externalSender: external,
  kind: transferKind,
  purpose: transferPurpose,
  moveDate: isoDate,
  periodFrom: isoDate.nullable().optional(),
  periodTo: isoDate.nullable().optional(),
  fullName: memberFields.fullName,
  birthDate: isoDate,
  sex: z.enum(sexes),
  citizenId: memberFields.citizenId,
  admissionDate: isoDate,
  officialDate: isoDate.nullable().optional(),
  cardNumber: memberFields.cardNumber,
  recordNumber: memberFields.recordNumber,
  letterNumber: line(100),
  letterDate: isoDate,
  duesPaidThrough: duesMonth.nullable().optional(),
  note: z.string().trim().max(2000).nullable().optional(),
});

export const issueTransferBody = z.object({
  /** The letter's number in the issuing unit's yearly series; the next free one when left out. */
  letterSeq: z.int32().min(1).max(99999).optional(),
  letterDate: isoDate,
  /** Where the letter is signed, e.g. "Hà Nội". */
  letterPlace: line(100),
  duesPaidThrough: duesMonth,
  /** Required when the letter of an official transfer comes after the 60 working days. */
  lateReason: z.string().trim().min(1).max(1000).optional(),
  signerName: line(200),
  signerRole: line(200),
  version: z.int32().min(1),
});

export const receiveTransferBody = z.object({
  receivedOn: isoDate,
  /** Required when the letter is presented after the 30 working days. */
  note: z.string().trim().min(1).max(1000).optional(),
  version: z.int32().min(1),
});

export const cancelTransferBody = z.object({
  reason: line(1000),
  version: z.int32().min(1),
});

export const transferViews = ['outgoing', 'incoming', 'temporary', 'history'] as const;
export const transfersListQuery = z.object({
  view: z.enum(transferViews),
  /** The unit and its subtree; all units the user reaches when left out. */
  unitId: z.uuid().optional(),
  memberId: z.uuid().optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(500).optional(),
});
export const transferPage = z.object({
  items: z.array(transfer),
  nextCursor: z.string().nullable(),
  total: z.number().int(),
});

/** Units a transfer can go to (any active unit of the tree, by name), for the receiving-unit picker. */
export const destinationsQuery = z.object({ q: z.string().trim().max(200).default('') });
export const destinations = z.object({
  items: z.array(z.object({ id: z.uuid(), name: z.string(), parentName: z.string().nullable() })),
});
