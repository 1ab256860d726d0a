import { expect, test } from '@playwright/test';
import { expectAccessible, signIn } from './helpers';

test('the committee adds a cell to the tree, and the admin finds it in an intact audit trail', async ({
  page,
  browser,
}, info) => {
  const name = `Chi bộ Thử nghiệm ${info.project.name}`;
  await signIn(page, 'committee');
  await page.goto('/org');
  await expect(
    page
      .getByRole('heading', { level: 2, name: /Đảng bộ Liên hiệp/ })
      .or(page.getByText('Thông tin tổ chức')),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Thêm tổ chức trực thuộc' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Loại tổ chức').click();
  await page.getByTitle('Chi bộ', { exact: true }).click();
  await dialog.getByLabel('Tên tổ chức').fill(name);
  await dialog.getByLabel('Mã').fill(`TN-${info.project.name}`);
  await dialog.getByRole('button', { name: 'Lưu' }).click();
  await expect(page.getByText(`Đã thêm tổ chức ${name}.`)).toBeVisible();
  await expect(dialog).toBeHidden();

  const adminContext = await browser.newContext({ baseURL: info.project.use.baseURL, locale: 'vi-VN' });
  const admin = await adminContext.newPage();
  await signIn(admin, 'admin');
  await admin.goto('/admin/audit');
  await expect(admin.getByRole('main')).toContainText('committee');
  await expectAccessible(admin);
  await admin.getByRole('button', { name: 'Kiểm tra tính toàn vẹn' }).click();
  await expect(admin.getByText(/Chuỗi nhật ký toàn vẹn \([\d.]+ bản ghi\)/)).toBeVisible({ timeout: 30_000 });
  await adminContext.close();
});

test('a new member changes the initial password and signs in with the new one', async ({
  page,
  request,
}, info) => {
  // Set-up through the API as the admin: a fresh account, so no other test depends on this one.
  const admin = await request.post('/api/auth/login', { data: { username: 'admin', password: 'demo1234' } });
  const { csrfToken } = await admin.json();
  const units = await (await request.get('/api/units')).json();
  const cells = await (await request.get(`/api/units?parentId=${units.items[0].id}&limit=500`)).json();
  const office = cells.items.find((u: { name: string }) => u.name === 'Chi bộ Văn phòng');
  const user = `dv.${info.project.name}.${Date.now()}`;
  const created = await request.post('/api/admin/users', {
    headers: { 'x-csrf-token': csrfToken },
    data: {
      username: user,
      fullName: 'Nguyễn Thị Mai',
      password: 'mat-khau-ban-dau',
      roles: [{ role: 'member', unitId: office.id }],
    },
  });
  expect(created.status()).toBe(201);

  await page.goto('/login');
  await page.getByLabel('Tên đăng nhập').fill(user);
  await page.getByLabel('Mật khẩu').fill('mat-khau-ban-dau');
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Xin chào/ })).toBeVisible();
  await page.goto('/account');
  await page.getByLabel('Mật khẩu hiện tại').fill('mat-khau-ban-dau');
  await page.getByLabel('Mật khẩu mới', { exact: true }).fill('mat-khau-moi-2026');
  await page.getByLabel('Nhập lại mật khẩu mới').fill('mat-khau-moi-2026');
  await page.getByRole('button', { name: 'Đổi mật khẩu' }).click();
  await expect(page.getByText(/Đã đổi mật khẩu/)).toBeVisible();
  await page.context().clearCookies();
  await page.goto('/login');
  await page.getByLabel('Tên đăng nhập').fill(user);
  await page.getByLabel('Mật khẩu').fill('mat-khau-moi-2026');
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Xin chào/ })).toBeVisible();
});
