import { expect, test } from '@playwright/test';
import { expectAccessible, expectNoHorizontalOverflow, signIn } from './helpers';

test("the committee reads the cells' recurring themes, adds one and records its handling", async ({
  page,
}, info) => {
  test.setTimeout(150_000);
  const phone = info.project.name === 'phone';
  const name = `Nước sạch, vệ sinh môi trường (${phone ? 'điện thoại' : 'máy tính'} ${Date.now()})`;

  await signIn(page, 'committee');
  await page.goto('/reports/ideology');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Tình hình tư tưởng, dư luận xã hội' }),
  ).toBeVisible();
  const main = page.getByRole('main');
  // The demo's most raised theme comes first, marked as recurring.
  const first = main.getByRole('button', { name: 'Sắp xếp, tinh gọn tổ chức bộ máy' });
  await expect(first).toBeVisible();
  await expect(main.getByText('Lặp lại').first()).toBeVisible();
  await expect(main.getByText('Đang xử lý').first()).toBeVisible();
  if (phone) await expectNoHorizontalOverflow(page);
  await expectAccessible(page);

  await first.click();
  const drawer = page.getByRole('dialog', { name: 'Sắp xếp, tinh gọn tổ chức bộ máy' });
  const mentions = drawer.getByRole('list', { name: 'Ý kiến, dư luận của các chi bộ' });
  await expect(mentions.getByRole('listitem').first()).toBeVisible();
  await expect(mentions.getByText(/^Chi bộ .+ · Tháng \d{2}\/\d{4}$/).first()).toBeVisible();
  if (phone) await expectNoHorizontalOverflow(page);
  await drawer.getByRole('button', { name: 'Đóng' }).click();
  await expect(drawer).toBeHidden();

  await page.getByRole('button', { name: 'Thêm chủ đề' }).click();
  const dialog = page.getByRole('dialog', { name: 'Thêm chủ đề dư luận' });
  await dialog.getByLabel('Tên chủ đề').fill(name);
  await dialog.getByLabel(/^Mô tả/).fill('Ý kiến về nước sinh hoạt, thu gom rác tại khu dân cư.');
  await dialog.getByRole('button', { name: 'Thêm', exact: true }).click();
  await expect(dialog).toBeHidden();

  await main.getByRole('button', { name }).click();
  const theme = page.getByRole('dialog', { name });
  await expect(theme.getByText('Chưa có ý kiến nào về chủ đề này')).toBeVisible();
  await theme.getByRole('radio', { name: 'Đã xử lý' }).check();
  await theme.getByRole('button', { name: 'Lưu tình hình xử lý' }).click();
  await expect(theme.getByText('Ghi rõ kết quả xử lý.')).toBeVisible();
  await theme
    .getByLabel('Ghi chú xử lý')
    .fill('Đã kiến nghị Ủy ban nhân dân phường bố trí thêm điểm thu gom rác.');
  await theme.getByRole('button', { name: 'Lưu tình hình xử lý' }).click();
  await expect(theme.getByText('Ngày xử lý xong:')).toBeVisible();
  await expect(theme.locator('.ideology-facts').getByText('Đã xử lý')).toBeVisible();
  if (phone) await expectNoHorizontalOverflow(page);
  await expectAccessible(page);
});
