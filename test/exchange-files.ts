import { eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import type { LightMyRequestResponse } from 'fastify';
import { XLSX_CONTENT_TYPE } from '../src/contracts/exchange';
import type { Db } from '../src/server/db/client';
import { jobs } from '../src/server/platform/jobs/schema';
import type { Agent } from './harness';

/** The national layout's headers (as in `modules/exchange/layout.ts`). */
export const nationalHeaders = [
  'STT',
  'Họ và tên',
  'Ngày sinh',
  'Giới tính',
  'Dân tộc',
  'Tôn giáo',
  'Số CCCD',
  'Quê quán',
  'Nơi ở hiện nay',
  'Ngày vào Đảng',
  'Ngày chính thức',
  'Số thẻ đảng viên',
  'Số lý lịch đảng viên',
  'Chi bộ',
  'Trình độ GDPT',
  'Trình độ chuyên môn',
  'Học hàm',
  'Lý luận chính trị',
  'Nghề nghiệp',
  'Đơn vị công tác',
  'Điện thoại',
  'Email',
  'Tình trạng',
];

export type Cell = string | number | Date | null | { formula: string; result?: unknown };

export interface SheetOptions {
  headers?: string[];
  merges?: string[];
  /** Lines above the header (the national export's title). */
  titleRows?: string[];
}

/** An .xlsx of member rows as a Party office keeps it (written by exceljs, an independent writer). */
export async function xlsxOf(rows: Cell[][], options: SheetOptions = {}): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Danh sách');
  for (const title of options.titleRows ?? []) sheet.addRow([title]);
  sheet.addRow(options.headers ?? nationalHeaders);
  for (const row of rows) sheet.addRow(row as ExcelJS.CellValue[]);
  for (const range of options.merges ?? []) sheet.mergeCells(range);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const cccdStart = Math.floor(Math.random() * 9e7);
let seq = 0;
/** A row of the national layout for a new official member; `over` replaces cells by header. */
export function memberRow(over: Record<string, Cell> = {}): Cell[] {
  seq++;
  const base: Record<string, Cell> = {
    STT: seq,
    'Họ và tên': `Nguyễn Văn Nhập ${seq}`,
    'Ngày sinh': '15/03/1980',
    'Giới tính': 'Nam',
    'Dân tộc': 'Kinh',
    'Tôn giáo': 'Không',
    // Unique within the process (a random start per process, then one apart): 12 digits, never truncated.
    'Số CCCD': `0790${String((cccdStart + seq) % 1e8).padStart(8, '0')}`,
    'Ngày vào Đảng': '19/05/2010',
    'Ngày chính thức': '19/05/2011',
    'Tình trạng': 'Đảng viên chính thức',
  };
  const merged = { ...base, ...over };
  return nationalHeaders.map((h) => merged[h] ?? null);
}

/** Uploads a file into a unit: the raw body with the .xlsx content type. */
export function upload(
  agent: Agent,
  unitId: string,
  file: Buffer,
  fileName = 'danh-sach.xlsx',
  contentType = XLSX_CONTENT_TYPE,
): Promise<LightMyRequestResponse> {
  return agent.request({
    method: 'POST',
    url: `/api/exchange/imports?unitId=${unitId}&fileName=${encodeURIComponent(fileName)}`,
    payload: file,
    headers: { 'content-type': contentType },
  });
}

/** Waits for a job to finish (the import's checking runs in the background). */
export async function finished(db: Db, jobId: string, timeoutMs = 60_000) {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const [job] = await db.select().from(jobs).where(eq(jobs.id, jobId));
    if (job && (job.status === 'done' || job.status === 'failed')) return job;
    if (Date.now() > until) throw new Error(`job ${jobId} did not finish`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Uploads and waits for the preview; returns the import's summary. */
export async function uploadAndCheck(agent: Agent, db: Db, unitId: string, file: Buffer, fileName?: string) {
  const res = await upload(agent, unitId, file, fileName);
  if (res.statusCode !== 202) throw new Error(`upload: ${res.statusCode} ${res.body}`);
  const { importId, jobId } = res.json() as { importId: string; jobId: string };
  await finished(db, jobId);
  return (await agent.get(`/api/exchange/imports/${importId}`)).json();
}
