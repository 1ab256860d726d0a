import { expect, test } from '@playwright/test';
import { expectAccessible, expectNoHorizontalOverflow, pickOption, signIn } from './helpers';

async function pickDate(page: import('@playwright/test').Page, label: RegExp | string, value: string) {
  const input = page.getByLabel(label, { exact: true });
  await input.click();
  await input.fill(value);
  await input.press('Enter');
}

test('a cell secretary adds a candidate, records the course, and sees what is due next', async ({
  page,
}, info) => {
  await signIn(page, 'secretary');
  await page.goto('/admission');
  await expect(page.getByRole('heading', { level: 1, name: 'Phát triển đảng viên' })).toBeVisible();
  await expect(page.getByRole('table').first()).toBeVisible();

  const name = `Ngô Thị Ưu Tú ${info.project.name === 'phone' ? 'Một' : 'Hai'} ${String(Date.now()).slice(-4)}`;
  await page.getByRole('button', { name: 'Thêm quần chúng ưu tú' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('combobox', { name: 'Chi bộ', exact: true })).toBeVisible();
  await dialog.getByLabel('Họ và tên').fill(name);
  await pickDate(page, 'Ngày sinh', '15/03/2000');
  await pickOption(page, dialog, 'Giới tính', 'Nữ');
  await dialog.getByLabel('Giáo dục phổ thông').fill('12/12');
  await dialog.getByRole('button', { name: 'Lưu' }).click();

  // The case page: the steps as a timeline, the course is what comes next.
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Các bước' })).toBeVisible();
  await expect(page.getByLabel('Bước cần ghi nhận')).toBeVisible();
  await page.getByLabel('Số giấy chứng nhận').fill('15/GCN-TTBDCT');
  await page.getByRole('button', { name: 'Ghi nhận: Học lớp nhận thức về Đảng' }).click();
  await expect(page.getByText('Đã ghi nhận: Học lớp nhận thức về Đảng.')).toBeVisible();
  await expect(page.getByText('Giấy chứng nhận số 15/GCN-TTBDCT')).toBeVisible();
  await expectAccessible(page);
  await expectNoHorizontalOverflow(page);

  // Back on the board the new candidate's next step is the introducers.
  await page.getByRole('link', { name: 'Về bảng theo dõi' }).click();
  const row = page.getByRole('row').filter({ hasText: name });
  await expect(row).toContainText('Đảng viên giới thiệu');
  await expectAccessible(page);
  await expectNoHorizontalOverflow(page);
  // The member register lists the person as a candidate.
  await page.goto('/members?status=candidate');
  await expect(page.getByRole('main').getByText(name).first()).toBeVisible();
});

test('the administrator reads the working-day calendar of a year with Tết in it', async ({ page }) => {
  await signIn(page, 'admin');
  await page.goto('/admin/calendar');
  await expect(page.getByRole('heading', { level: 1, name: 'Lịch ngày làm việc' })).toBeVisible();
  await expectAccessible(page);
  await pickOption(page, page.getByRole('main'), 'Năm', '2026');
  await expect(page.getByRole('cell', { name: 'Tết Nguyên đán Bính Ngọ' }).first()).toBeVisible();
  // Scan once the year list has closed and the pointer rests away from it.
  await expect(page.locator('.ant-select-dropdown:visible')).toHaveCount(0);
  await page.mouse.move(600, 700);
  await expect(page.getByRole('button', { name: 'Thêm ngày' })).toBeVisible();
  await expectAccessible(page);
  await expectNoHorizontalOverflow(page);
});
