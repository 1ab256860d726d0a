import { documentDate, shortDate } from '../../../domain/document-dates';
import { duesMonthText } from '../../../domain/transfer-rules';
import type { Tx } from '../../db/client';
import { type PartyBlock, renderPartyDocument } from '../../platform/docx/party-document';
import { AppError } from '../../platform/errors/app-error';
import type { TransferListRow } from './queries';
import { transferUnit } from './units-read';

const purposeText: Record<TransferListRow['purpose'], string> = {
  work: 'chuyển công tác',
  residence: 'chuyển nơi cư trú',
  study: 'đi học',
  other: 'lý do khác',
};

const dateOr = (iso: string | null) => (iso ? shortDate(iso) : 'chưa ghi nhận');

/**
 * The letter of introduction of party membership (giấy giới thiệu sinh hoạt đảng) in Party layout: the issuer
 * and its superior, the letter's number, place and date; whom it introduces with their dates, card and record
 * numbers and the month dues are paid to; to whom; and by when the member must present it.
 */
export async function transferLetter(tx: Tx, row: TransferListRow): Promise<{ file: Buffer; name: string }> {
  if (!row.fromUnitId || !row.letterNumber || !row.letterDate || row.status === 'cancelled')
    throw new AppError(404, 'NOT_FOUND');
  const issuer = await transferUnit(tx, row.fromUnitId);
  if (!issuer) throw new AppError(404, 'NOT_FOUND');
  const superior = issuer.parentId ? await transferUnit(tx, issuer.parentId) : null;
  const to = row.toUnitName ?? row.externalReceiver ?? '';
  const temporary = row.kind === 'temporary';
  const body: PartyBlock[] = [
    {
      kind: 'paragraph',
      text: `${issuer.name} trân trọng giới thiệu đồng chí ${row.fullName} đến ${to} để sinh hoạt đảng ${
        temporary ? 'tạm thời' : 'chính thức'
      } (${purposeText[row.purpose]}).`,
    },
    { kind: 'field', label: 'Họ và tên', value: row.fullName },
    { kind: 'field', label: 'Ngày sinh', value: shortDate(row.birthDate) },
    { kind: 'field', label: 'Ngày vào Đảng', value: dateOr(row.admissionDate) },
    { kind: 'field', label: 'Ngày chính thức', value: dateOr(row.officialDate) },
    { kind: 'field', label: 'Số thẻ đảng viên', value: row.cardNumber ?? 'chưa có' },
    { kind: 'field', label: 'Số lý lịch đảng viên', value: row.recordNumber ?? 'chưa có' },
    {
      kind: 'field',
      label: 'Đảng phí',
      value: row.duesPaidThrough
        ? `đã đóng đảng phí đến hết tháng ${duesMonthText(row.duesPaidThrough)}`
        : 'chưa ghi nhận',
    },
    ...(temporary && row.periodFrom && row.periodTo
      ? [
          {
            kind: 'field' as const,
            label: 'Thời gian sinh hoạt tạm thời',
            value: `từ ${shortDate(row.periodFrom)} đến ${shortDate(row.periodTo)}`,
          },
        ]
      : []),
    { kind: 'field', label: 'Nơi đến', value: to },
    {
      kind: 'paragraph',
      text: row.presentDueOn
        ? `Đồng chí ${row.fullName} phải xuất trình giấy giới thiệu này với tổ chức đảng nơi đến chậm nhất ${documentDate(
            row.presentDueOn,
          )} (trong vòng 30 ngày làm việc kể từ ngày ký).`
        : 'Đồng chí phải xuất trình giấy giới thiệu này trong vòng 30 ngày làm việc kể từ ngày ký.',
    },
    { kind: 'paragraph', text: 'Đề nghị tổ chức đảng nơi đến tiếp nhận và quản lý đảng viên theo quy định.' },
  ];
  const file = await renderPartyDocument({
    superior: superior?.name,
    issuer: issuer.name,
    number: `Số ${row.letterNumber}`,
    place: row.letterPlace ?? 'Hà Nội',
    date: row.letterDate,
    title: 'Giấy giới thiệu sinh hoạt đảng',
    subject: temporary ? '(tạm thời)' : undefined,
    body,
    recipients: [to, 'Đồng chí đảng viên', 'Lưu'],
    signature: {
      onBehalfOf: `T/M ${issuer.name}`,
      role: row.signerRole ?? 'Bí thư',
      name: row.signerName ?? '',
    },
  });
  return { file, name: `Giấy giới thiệu sinh hoạt đảng - ${row.fullName} - ${row.letterNumber}.docx` };
}
