import { expect, test } from '@playwright/test';
import { expectAccessible, expectNoHorizontalOverflow, signIn } from './helpers';

const adminPages = [
  { path: '/', heading: /Xin chào/ },
  { path: '/org', heading: 'Tổ chức' },
  { path: '/notifications', heading: 'Thông báo' },
  { path: '/account', heading: /Tài khoản/ },
  { path: '/admin/users', heading: 'Người dùng' },
  { path: '/admin/audit', heading: 'Nhật ký hệ thống' },
];

test('the sign-in page is in Vietnamese, accessible, and refuses a wrong password clearly', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page).toHaveURL(/\/login/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
  await expect(page.getByRole('heading', { name: 'Đăng nhập' })).toBeVisible();
  await expectAccessible(page);
  await expectNoHorizontalOverflow(page);
  await page.getByLabel('Tên đăng nhập').fill('admin');
  await page.getByLabel('Mật khẩu').fill('sai-mat-khau');
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page.getByText('Tên đăng nhập hoặc mật khẩu không đúng.')).toBeVisible();
});

test('the demo admin signs in and every page of the shell passes the accessibility scan', async ({
  page,
}) => {
  // Six full accessibility scans, the audit log among them.
  test.slow();
  await signIn(page, 'admin');
  for (const { path, heading } of adminPages) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
    await expect(page.getByText('Đang tải…')).toHaveCount(0);
    await expectAccessible(page);
    await expectNoHorizontalOverflow(page);
  }
  await page.goto('/khong-co-trang-nay');
  await expect(page.getByRole('main')).toContainText(/Không tìm thấy|404/);
});

test('a cell secretary sees the own cell only and no administration', async ({ page }) => {
  await signIn(page, 'secretary');
  await page.goto('/org');
  await expect(page.getByRole('tree')).toContainText('Chi bộ Văn phòng');
  await expect(page.getByRole('tree')).not.toContainText('Chi bộ Hội Hóa học Việt Nam');
  await page.goto('/admin/users');
  await expect(page.getByRole('main')).not.toContainText('w-admin');
  await expect(page.getByRole('main')).toContainText(/không có quyền|Không tìm thấy/i);
});

test('the language switch turns the shell into English and back', async ({ page }) => {
  await signIn(page, 'member');
  await page.getByRole('button', { name: /Menu tài khoản/ }).click();
  await page.getByText('English').click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toContainText(/Hello|Welcome/);
  await expectAccessible(page);
  await page.getByRole('button', { name: /Account menu/ }).click();
  await page.getByText('Tiếng Việt').click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
});

test('dates are shown as dd/mm/yyyy', async ({ page }) => {
  await signIn(page, 'member');
  await page.goto('/notifications');
  await expect(page.getByRole('main')).toContainText(/\b\d{2}\/\d{2}\/\d{4}\b/);
});
