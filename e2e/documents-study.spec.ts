import { expect, type Page, test } from '@playwright/test';
import { expectAccessible, expectNoHorizontalOverflow, signIn } from './helpers';

/** dd/mm/yyyy in Asia/Ho_Chi_Minh, `days` from today. */
function vnDay(days: number) {
  const iso = new Date(Date.now() + days * 86_400_000 + 7 * 3_600_000).toISOString();
  return `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
}

async function typeDate(page: Page, label: string, value: string) {
  const input = page.getByLabel(label, { exact: true });
  await input.click();
  await input.fill(value);
  await input.press('Enter');
  await expect(input).toHaveValue(value);
}

/** The office registers an incoming directive from its number line and lands on its page. */
async function registerDirective(page: Page, number: number, summary: string) {
  await page.goto('/documents/new?direction=incoming');
  await expect(page.getByRole('heading', { level: 1, name: 'Vào sổ văn bản đến' })).toBeVisible();
  await page.getByLabel('Số, ký hiệu').fill(`Số ${number}-CT/TW ngày 05/03/2026`);
  // "Điền" waits for the issuer list the form loads (it stays disabled until then).
  await page.getByRole('button', { name: 'Điền' }).click();
  await expect(page.getByRole('main').getByTitle(/^TW — /)).toBeVisible();
  await expect(page.getByLabel('Số', { exact: true })).toHaveValue(String(number));
  await page.getByLabel('Trích yếu', { exact: true }).fill(summary);
  await page.getByRole('button', { name: 'Vào sổ', exact: true }).click();
  await expect(page).toHaveURL(/\/documents\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { level: 1, name: `Chỉ thị ${number}-CT/TW` })).toBeVisible();
}

test('the office assigns a directive to every cell; a secretary records the study; the dashboard shows it', async ({
  page,
}, info) => {
  // Three users one after another: longer than one page's journey.
  test.setTimeout(150_000);
  const phone = info.project.name === 'phone';
  // The projects and other journeys share one demo database: a number of its own for each run and project,
  // above those the registry's journeys take (10.000–90.000).
  const number = 90_001 + Math.floor(Math.random() * 4999) * 2 + (phone ? 1 : 0);
  const numberText = `${number}-CT/TW`;
  const summary = `Về tăng cường công tác học tập, quán triệt nghị quyết (${phone ? 'điện thoại' : 'máy tính'})`;

  await signIn(page, 'committee');
  await registerDirective(page, number, summary);

  // The office gives it to every cell under the committee, due in two weeks.
  const section = page.getByRole('main');
  await page.getByRole('button', { name: 'Giao học tập, quán triệt' }).click();
  const dialog = page.getByRole('dialog', { name: 'Giao học tập, quán triệt' });
  await expect(dialog.getByRole('radio', { name: 'Tất cả chi bộ trực thuộc' })).toBeChecked();
  await typeDate(page, 'Hạn hoàn thành', vnDay(14));
  if (phone) await expectNoHorizontalOverflow(page);
  await dialog.getByRole('button', { name: 'Giao học tập' }).click();
  await expect(dialog).toBeHidden();
  await expect(section.getByText(/^Chi bộ đã học: 0\/\d+$/).first()).toBeVisible();
  await expect(section.getByText(`Hạn: ${vnDay(14)}`).first()).toBeVisible();

  // A member of a cell confirms having read it.
  await page.context().clearCookies();
  await signIn(page, 'member');
  await page.goto('/study');
  const toRead = page.getByRole('list', { name: 'Văn bản cần đọc' });
  const reading = toRead.getByRole('listitem').filter({ hasText: numberText });
  await reading.getByRole('button', { name: `Tôi đã đọc: ${numberText}` }).click();
  await expect(reading.getByText(`Đã đọc ngày ${vnDay(0)}`)).toBeVisible();
  if (phone) await expectNoHorizontalOverflow(page);

  // The secretary of the office's cell records the session: everyone present but one.
  await page.context().clearCookies();
  await signIn(page, 'secretary');
  const me = await (await page.request.get('/api/auth/me')).json();
  const cellName: string = me.roles.find((r: { role: string }) => r.role === 'cell_secretary').unitName;
  await page.goto('/study');
  await expect(page.getByRole('heading', { level: 1, name: 'Học tập nghị quyết' })).toBeVisible();
  const toRecord = page.getByRole('list', { name: 'Chi bộ cần ghi kết quả' });
  const item = toRecord.getByRole('listitem').filter({ hasText: numberText });
  await expect(item.getByText('Chưa học')).toBeVisible();
  await expectAccessible(page);
  if (phone) await expectNoHorizontalOverflow(page);
  await item.getByRole('button', { name: /^Ghi kết quả học tập/ }).click();
  const drawer = page.getByRole('dialog', { name: 'Ghi kết quả học tập' });
  await expect(drawer.getByLabel('Ngày học tập', { exact: true })).toHaveValue(vnDay(0));
  const present = drawer.getByRole('group', { name: 'Đảng viên có mặt' });
  await present.getByRole('button', { name: 'Tất cả có mặt' }).click();
  const boxes = present.getByRole('checkbox');
  const total = await boxes.count();
  expect(total).toBeGreaterThan(1);
  await boxes.last().uncheck();
  await expect(present.getByText(`Có mặt ${total - 1}/${total}`)).toBeVisible();
  await drawer.getByLabel('Ghi chú (không bắt buộc)').fill('Học tập tại buổi sinh hoạt thường kỳ');
  if (phone) await expectNoHorizontalOverflow(page);
  const save = drawer.getByRole('button', { name: 'Lưu kết quả' });
  await save.click();
  await expect(page.getByText('Đã ghi kết quả học tập.')).toBeVisible();
  await expect(save).not.toHaveClass(/ant-btn-loading/);
  await drawer.getByTestId('study-plan-input').setInputFiles({
    name: 'ke-hoach-thuc-hien.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from('Kế hoạch thực hiện chỉ thị của chi bộ\n'),
  });
  await expect(drawer.getByRole('link', { name: /ke-hoach-thuc-hien\.txt/ })).toBeVisible();
  await expectAccessible(page);
  await drawer.getByRole('button', { name: 'Đóng' }).click();
  // Recorded, it leaves the secretary's to-do list.
  await expect(item).toHaveCount(0);

  // The dashboard shows that cell done, with its attendance and plan, and reminds the others.
  await page.context().clearCookies();
  await signIn(page, 'committee');
  await page.goto('/study');
  const dashboard = page.getByRole('list', { name: 'Theo dõi học tập, quán triệt' });
  const entry = dashboard.getByRole('listitem').filter({ hasText: numberText });
  await expect(entry.getByText(/^Chi bộ đã học: 1\/\d+$/)).toBeVisible();
  await expectAccessible(page);
  if (phone) await expectNoHorizontalOverflow(page);
  await entry.getByRole('link', { name: new RegExp(numberText) }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Tiến độ học tập, quán triệt' })).toBeVisible();
  await page
    .locator('.study-filter label')
    .filter({ hasText: /^Đã học/ })
    .click();
  await expect(page.getByRole('radio', { name: /^Đã học/ })).toBeChecked();
  const row = phone
    ? page
        .getByRole('list', { name: /^Tiến độ các chi bộ/ })
        .getByRole('listitem')
        .filter({ hasText: cellName })
    : page.getByRole('row').filter({ hasText: cellName });
  await expect(row.getByText('Đã học', { exact: true })).toBeVisible();
  await expect(row.getByText(`${total - 1}/${total}`)).toBeVisible();
  await expect(row.getByRole('link', { name: /ke-hoach-thuc-hien\.txt/ })).toBeVisible();
  await expectAccessible(page);
  if (phone) await expectNoHorizontalOverflow(page);
  await page.getByRole('button', { name: 'Nhắc các chi bộ chưa hoàn thành' }).click();
  await expect(page.getByText(/^Đã gửi nhắc nhở đến \d+ người\.$/)).toBeVisible();
});
