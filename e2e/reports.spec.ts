import { readFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import mammoth from 'mammoth';
import {
  expectAccessible,
  expectNoHorizontalOverflow,
  pickOption,
  pickUnit,
  signIn,
  typeInPicker,
} from './helpers';

/** The month `back` months before this one in Asia/Ho_Chi_Minh: its key, label, year and last day. */
function monthBack(back: number) {
  const now = new Date(Date.now() + 7 * 3_600_000);
  const first = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - back, 1));
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0));
  const mm = String(first.getUTCMonth() + 1).padStart(2, '0');
  const year = first.getUTCFullYear();
  return {
    key: `${year}-${mm}`,
    label: `Tháng ${mm}/${year}`,
    year,
    lastShown: `${String(last.getUTCDate()).padStart(2, '0')}/${mm}/${year}`,
  };
}

interface Unit {
  id: string;
  name: string;
  kind: string;
}

/** The committee's cells: the demo secretary's own (Chi bộ Văn phòng) and two others. */
async function committeeCells(page: Page) {
  const me = await (await page.request.get('/api/auth/me')).json();
  const committeeId = me.roles.find((r: { role: string }) => r.role === 'committee').unitId as string;
  const children = await (await page.request.get(`/api/units?parentId=${committeeId}&limit=200`)).json();
  const cells = (children.items as Unit[]).filter((u) => u.kind === 'cell');
  const office = cells.find((c) => c.name === 'Chi bộ Văn phòng') as Unit;
  const others = cells.filter((c) => c.id !== office.id).slice(0, 2);
  return { committeeId, office, first: others[0] as Unit, second: others[1] as Unit };
}

/** Fills the two fields of the journey's form and waits for the autosave. */
async function fillReport(page: Page, members: string, results: string) {
  const main = page.getByRole('main');
  await main.getByLabel('Tổng số đảng viên').fill(members);
  await main.getByLabel('Kết quả nổi bật').fill(results);
  await expect(main.getByText(/Đã lưu lúc/).first()).toBeVisible({ timeout: 15_000 });
}

async function send(page: Page, receivedOn?: string) {
  await page.getByRole('main').getByRole('button', { name: 'Gửi báo cáo' }).click();
  const dialog = page.getByRole('dialog');
  if (receivedOn) await typeInPicker(dialog, 'Ngày nhận báo cáo giấy', receivedOn);
  await dialog.getByRole('button', { name: 'Gửi báo cáo' }).click();
  await expect(page.getByText('Đã gửi báo cáo lên cấp trên.')).toBeVisible();
}

/** The office enters a cell's paper report, received on the period's last day (on time); answers its id. */
async function enterPaperReport(page: Page, cell: Unit, form: string, period: ReturnType<typeof monthBack>) {
  await page.goto('/reports');
  await page.getByRole('button', { name: 'Nhập báo cáo giấy' }).click();
  const dialog = page.getByRole('dialog');
  await pickUnit(page, dialog, 'Đơn vị gửi báo cáo', cell.name);
  await pickOption(page, dialog, 'Biểu mẫu', form);
  await pickOption(page, dialog, 'Kỳ báo cáo', period.label);
  await dialog.getByRole('button', { name: 'Mở báo cáo' }).click();
  await expect(page).toHaveURL(/\/reports\/[0-9a-f-]{36}/);
  const id = new URL(page.url()).pathname.split('/').at(-1) as string;
  await fillReport(page, '20', `${cell.name} duy trì sinh hoạt đều đặn.`);
  await send(page, period.lastShown);
  await expect(page.getByRole('main').getByText('Đúng hạn').first()).toBeVisible();
  return id;
}

async function review(page: Page, id: string, action: 'Tiếp nhận' | 'Trả lại', comment?: string) {
  await page.goto(`/reports/${id}`);
  await page.getByRole('main').getByRole('button', { name: action }).click();
  const dialog = page.getByRole('dialog');
  if (comment) await dialog.getByRole('textbox').fill(comment);
  await dialog.getByRole('button', { name: action }).click();
  // Accepting writes the decision, its audit rows and the notices: allow for a slow machine.
  await expect(dialog).toBeHidden({ timeout: 30_000 });
  await expect(
    page
      .getByRole('main')
      .getByText(action === 'Tiếp nhận' ? 'Đã tiếp nhận' : 'Bị trả lại')
      .first(),
  ).toBeVisible();
}

test('a form is created, three cells report (one late), the committee reviews, sees 2 of 3 on time and drafts its report', async ({
  page,
  browser,
}, info) => {
  test.setTimeout(300_000);
  const tag = `${Date.now().toString(36).slice(-5).toUpperCase()}${info.project.name === 'phone' ? 'P' : 'D'}`;
  const code = `E2E-${tag}`;
  const name = `Báo cáo nhanh tháng ${tag}`;
  // Two months back: the window is over, so the secretary's report sent today is late.
  const period = monthBack(2);

  await signIn(page, 'committee');
  await page.goto('/reports/forms');
  await page.getByRole('link', { name: 'Lập biểu mẫu mới' }).click();
  await page.getByLabel('Mã biểu mẫu').fill(code);
  await page.getByLabel('Tên biểu mẫu').fill(name);
  await typeInPicker(page.getByRole('main'), 'Áp dụng từ ngày', `01/01/${period.year}`);
  await page.getByLabel('Tên phần').fill('Kết quả thực hiện');
  await page.getByLabel('Nội dung cần báo cáo (tên mục)').fill('Tổng số đảng viên');
  await page.getByRole('button', { name: 'Thêm mục văn bản' }).click();
  await page.getByLabel('Nội dung cần báo cáo (tên mục)').nth(1).fill('Kết quả nổi bật');
  await page.getByRole('button', { name: 'Lưu và ban hành biểu mẫu' }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(page).toHaveURL(/\/reports\/forms\/[0-9a-f-]{36}/);
  const formId = new URL(page.url()).pathname.split('/').at(-1) as string;

  const cells = await committeeCells(page);
  const formOption = `${code} — ${name}`;
  const returnedId = await enterPaperReport(page, cells.first, formOption, period);
  const acceptedId = await enterPaperReport(page, cells.second, formOption, period);

  const secretaryContext = await browser.newContext({
    baseURL: info.project.use.baseURL,
    viewport: info.project.use.viewport,
  });
  const secretary = await secretaryContext.newPage();
  await signIn(secretary, 'secretary');
  await secretary.goto('/reports');
  await expect(secretary.getByRole('heading', { name: 'Cần nộp' })).toBeVisible();
  await secretary.waitForLoadState('networkidle');
  // A long list of due reports folds after the first few (other journeys add forms to the shared demo).
  const more = secretary.getByRole('button', { name: /^Xem thêm \d+ báo cáo/ });
  if (await more.isVisible()) await more.click();
  await secretary.getByRole('button', { name: `Lập báo cáo: ${name} — ${period.label}` }).click();
  await expect(secretary).toHaveURL(/\/reports\/[0-9a-f-]{36}/);
  const lateId = new URL(secretary.url()).pathname.split('/').at(-1) as string;
  await fillReport(secretary, '15', 'Chi bộ Văn phòng hoàn thành nhiệm vụ tháng.');
  await expectAccessible(secretary);
  await expectNoHorizontalOverflow(secretary);
  await send(secretary);
  await expect(secretary.getByRole('main').getByText('Trễ hạn').first()).toBeVisible();
  await secretaryContext.close();

  // The three wait for the committee's review (the page folds a long queue; the API lists it whole).
  await page.goto('/reports');
  await expect(page.getByRole('heading', { name: 'Chờ duyệt' })).toBeVisible();
  const queue = await (await page.request.get('/api/report-submissions/review-queue')).json();
  const waiting = queue.items.map((i: { id: string }) => i.id);
  for (const id of [returnedId, acceptedId, lateId]) expect(waiting).toContain(id);
  await review(page, returnedId, 'Trả lại', 'Đề nghị bổ sung kết quả học tập nghị quyết.');
  await review(page, acceptedId, 'Tiếp nhận');
  await review(page, lateId, 'Tiếp nhận');

  // Completeness: three sent (the returned one still counts as sent), two on time, one late.
  await page.goto(
    `/reports/completeness?unitId=${cells.committeeId}&formId=${formId}&periodKey=${period.key}`,
  );
  const figures = page.getByRole('list', { name: 'Số liệu tổng hợp' });
  const figure = (label: string) =>
    figures.getByRole('listitem').filter({ hasText: label }).locator('.rc-figure-value');
  await expect(figure('Đã nộp')).toHaveText('3');
  await expect(figure('Đúng hạn')).toHaveText('2');
  await expect(figure('Trễ hạn')).toHaveText('1');
  await expectAccessible(page);
  await expectNoHorizontalOverflow(page);

  // The committee's year review compiles the form: the accepted reports' texts, with their cells.
  await page.goto(
    `/reports/synthesis?unitId=${cells.committeeId}&period=%22${period.year}%22&forms=${formId}`,
  );
  await expect(page.getByText('Số liệu thống kê của kỳ')).toBeVisible();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Tải dự thảo (.docx)' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/\.docx$/);
  const bytes = readFileSync(await file.path());
  const { value: text } = await mammoth.extractRawText({ buffer: bytes });
  expect(text).toContain(`${cells.second.name} duy trì sinh hoạt đều đặn.`);
  expect(text).toContain('Chi bộ Văn phòng hoàn thành nhiệm vụ tháng.');
  // The returned report is not accepted: its text stays out.
  expect(text).not.toContain(`${cells.first.name} duy trì sinh hoạt đều đặn.`);
});
