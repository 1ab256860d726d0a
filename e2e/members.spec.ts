import { expect, type Page, test } from '@playwright/test';
import { expectAccessible, expectNoHorizontalOverflow, memberLinks, signIn } from './helpers';

/** "Phan Xuân Dũng" → "Phan Xuan Dung": what someone types without Vietnamese input. */
const unaccented = (text: string) =>
  text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');

async function openMembers(page: Page) {
  await page.goto('/members');
  await expect(page.getByRole('heading', { level: 1, name: 'Đảng viên' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: /Tìm thấy \d[\d.]* đảng viên/ })).toBeVisible();
}

test('a committee member finds a member by an unaccented name and reads the record', async ({ page }) => {
  await signIn(page, 'committee');
  await openMembers(page);
  await expectAccessible(page);
  await expectNoHorizontalOverflow(page);

  const first = memberLinks(page).first();
  const name = (await first.textContent())?.trim() ?? '';
  expect(name).not.toBe('');
  await page.getByLabel('Tìm đảng viên').fill(unaccented(name).toLowerCase());
  await page.getByLabel('Tìm đảng viên').press('Enter');
  await expect(page).toHaveURL(/q=/);
  await expect(memberLinks(page).filter({ hasText: name }).first()).toBeVisible();

  await memberLinks(page).filter({ hasText: name }).first().click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Thông tin cá nhân' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Lịch sử' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 3, name: 'Trạng thái đảng viên' })).toBeVisible();
  await expectAccessible(page);
  await expectNoHorizontalOverflow(page);
});

test('a cell secretary sees the own cell only, finds a member unaccented, edits the phone and sees it in the history', async ({
  page,
}, info) => {
  await signIn(page, 'secretary');
  await openMembers(page);
  // Every member listed is of the secretary's own cell (table cells on desktop, cards on phones).
  const units = page.getByRole('main').locator('td .cell-text, .list-card > div.break-anywhere');
  await expect(units.first()).toBeVisible();
  expect(new Set(await units.allTextContents())).toEqual(new Set(['Chi bộ Văn phòng']));

  const name = ((await memberLinks(page).last().textContent()) ?? '').trim();
  await page.getByLabel('Tìm đảng viên').fill(unaccented(name).toLowerCase());
  await page.getByLabel('Tìm đảng viên').press('Enter');
  await expect(page).toHaveURL(/q=/);
  await memberLinks(page).filter({ hasText: name }).first().click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Sửa hồ sơ' })).toBeVisible();

  const phone = `09${info.project.name === 'phone' ? '1' : '2'}${String(Date.now()).slice(-7)}`;
  await page.getByRole('button', { name: 'Sửa hồ sơ' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel(/^Điện thoại/).fill(phone);
  await dialog.getByLabel(/^Lý do sửa/).fill('Đảng viên báo số mới');
  await expectAccessible(page);
  await dialog.getByRole('button', { name: 'Lưu' }).click();
  await expect(page.getByText(/Đã lưu hồ sơ của/)).toBeVisible();
  await expect(dialog).toBeHidden();

  const change = page.locator('.history-change').filter({ hasText: phone }).first();
  await expect(change).toContainText('Điện thoại');
  await expect(change).toContainText('Đảng viên báo số mới');
  await expect(change.locator('ins')).toHaveText(phone);
});

test('the statistics panel shows charts with their numbers as tables', async ({ page }) => {
  await signIn(page, 'committee');
  await page.goto('/members/statistics');
  await expect(page.getByRole('heading', { level: 1, name: 'Thống kê đảng viên' })).toBeVisible();
  await expect(page.getByText(/Tổng số: \d[\d.]* đảng viên/)).toBeVisible();
  await expect(page).toHaveURL(/unitId=/);
  for (const title of ['Theo giới tính', 'Theo độ tuổi', 'Theo tuổi đảng', 'Theo dân tộc']) {
    await expect(page.getByRole('heading', { level: 2, name: title })).toBeVisible();
    await expect(page.getByRole('img', { name: new RegExp(`^${title}:`) })).toBeVisible();
    await expect(page.getByRole('table', { name: title })).toBeVisible();
  }
  await expectAccessible(page);
  await expectNoHorizontalOverflow(page);
});
