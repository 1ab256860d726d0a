import { expect, test } from '@playwright/test';
import { expectAccessible, expectNoHorizontalOverflow, signIn } from './helpers';

test('a committee designs a monthly form with a rule, previews it and issues version 1', async ({
  page,
}, info) => {
  test.setTimeout(120_000);
  const tag = `${Date.now() % 100_000}${info.project.name === 'phone' ? 'P' : 'D'}`;
  await signIn(page, 'committee');
  await page.goto('/reports/forms');
  await expect(page.getByRole('heading', { level: 1, name: 'Biểu mẫu báo cáo' })).toBeVisible();
  await expect(page.getByText('TT-CB')).toBeVisible();
  await expectAccessible(page);
  await expectNoHorizontalOverflow(page);

  await page.getByRole('link', { name: 'Lập biểu mẫu mới' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Lập biểu mẫu báo cáo mới' })).toBeVisible();
  await page.getByLabel('Mã biểu mẫu').fill(`BC-${tag}`);
  await page.getByLabel('Tên biểu mẫu').fill(`Báo cáo công tác tháng ${tag}`);
  await page.getByLabel('Tên phần').fill('Số liệu');
  await page.getByLabel('Nội dung cần báo cáo (tên mục)').fill('Tổng số đảng viên');
  await expect(page.getByLabel('Mã lưu số liệu').nth(1)).toHaveValue('tong_so_dang_vien');
  await page.getByRole('button', { name: 'Thêm mục số' }).click();
  await page.getByLabel('Nội dung cần báo cáo (tên mục)').nth(1).fill('Số đảng viên dự sinh hoạt');
  await page.getByRole('button', { name: 'Thêm quy tắc' }).click();
  await expectAccessible(page);
  await expectNoHorizontalOverflow(page);

  await page.getByRole('tab', { name: 'Xem trước' }).click();
  await expect(page.getByText('Số đảng viên dự sinh hoạt ≤ Tổng số đảng viên')).toBeVisible();

  await page.getByRole('button', { name: 'Lưu và ban hành biểu mẫu' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Báo cáo công tác tháng ${tag}` })).toBeVisible();
  await page.getByRole('tab', { name: 'Các phiên bản' }).click();
  await expect(page.getByText('Phiên bản 1 — đang dùng')).toBeVisible();
});

test('removing a field of a form with reports sent is refused, telling to mark it no longer used', async ({
  page,
}) => {
  await signIn(page, 'committee');
  await page.goto('/reports/forms');
  await page.getByRole('link', { name: 'Báo cáo tháng của chi bộ' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Báo cáo tháng của chi bộ' })).toBeVisible();
  await page.getByRole('button', { name: 'Xóa mục' }).last().click();
  await page.getByRole('tooltip').getByRole('button', { name: 'Xóa' }).click();
  await page.getByRole('button', { name: 'Lưu thay đổi' }).click();
  const alert = page.getByRole('alert').filter({ hasText: 'Không lưu được thay đổi này' });
  await expect(alert).toBeVisible();
  await expect(alert).toContainText('Không dùng nữa');
});
