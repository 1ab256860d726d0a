import { expect, test } from '@playwright/test';
import { expectAccessible, expectNoHorizontalOverflow, memberLinks, pickOption, signIn } from './helpers';

test('a cell secretary records an exemption and sees the member tagged in the list', async ({ page }) => {
  await signIn(page, 'secretary');
  await page.goto('/members?status=official');
  await expect(page.getByRole('heading', { level: 2, name: /Tìm thấy \d[\d.]* đảng viên/ })).toBeVisible();
  const first = memberLinks(page).first();
  const name = ((await first.textContent()) ?? '').trim();
  await first.click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Tuổi đảng và Huy hiệu Đảng' })).toBeVisible();
  await expect(page.getByText(/Tuổi đảng: \d+ năm/)).toBeVisible();
  await expectNoHorizontalOverflow(page);

  await page.getByRole('button', { name: 'Miễn công tác và sinh hoạt' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByText(/Miễn công tác và sinh hoạt đảng: /)).toBeVisible();
  await pickOption(page, dialog, 'Lý do', 'Tuổi cao');
  await dialog.getByLabel('Số quyết định').fill('15-QĐ/CB');
  await expectAccessible(page);
  await dialog.getByRole('button', { name: 'Ghi quyết định' }).click();
  await expect(page.getByText(/Đã ghi quyết định miễn công tác và sinh hoạt đảng của/)).toBeVisible();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('main').getByText('Miễn sinh hoạt').first()).toBeVisible();

  await page.goto('/members?status=exempted');
  await expect(page.getByRole('heading', { level: 2, name: /Tìm thấy \d[\d.]* đảng viên/ })).toBeVisible();
  const row = page
    .getByRole('main')
    .locator('tr, li.list-card')
    .filter({ has: page.getByRole('link', { name, exact: true }) })
    .first();
  await expect(row.getByText('Miễn sinh hoạt')).toBeVisible();
  await expectAccessible(page);
});

test('the badges page lists the next four award dates with downloads', async ({ page }, info) => {
  await signIn(page, 'committee');
  await page.goto('/badges');
  await expect(page.getByRole('heading', { level: 1, name: 'Huy hiệu Đảng' })).toBeVisible();
  await expect(page).toHaveURL(/unitId=/);
  // Tabs on wide screens, buttons on phones.
  const role = info.project.name === 'phone' ? 'button' : 'tab';
  await expect(page.getByRole(role, { name: /^Đợt \d{2}\/\d{2}\/\d{4}/ })).toHaveCount(4);
  await expect(page.getByRole('link', { name: 'Tải danh sách (Excel)' }).first()).toBeVisible();
  // The demo has its past badges recorded: the lists hold who is due next, by badge.
  await expect(
    page.getByRole('heading', { level: 3, name: /^Huy hiệu \d+ năm tuổi đảng/ }).first(),
  ).toBeVisible();
  await expect(page.getByRole('link', { name: 'Tải danh sách (Excel)' }).first()).toHaveAttribute(
    'href',
    /format=xlsx/,
  );
  await expectAccessible(page);
  await expectNoHorizontalOverflow(page);
});
