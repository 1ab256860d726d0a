import { expect, test } from '@playwright/test';
import { expectAccessible, expectNoHorizontalOverflow, signIn } from './helpers';

test('a member sends a proposal; the committee handles it within its authority and replies; the member sees it closed', async ({
  page,
}, info) => {
  test.setTimeout(150_000);
  const phone = info.project.name === 'phone';
  const subject = `Đề nghị bố trí tủ tài liệu cho chi bộ (${phone ? 'điện thoại' : 'máy tính'} ${Date.now()})`;

  await signIn(page, 'member');
  await page.goto('/petitions');
  await expect(page.getByRole('heading', { level: 1, name: 'Đề xuất, kiến nghị' })).toBeVisible();
  await page.getByRole('button', { name: 'Gửi đề xuất, kiến nghị' }).click();
  const dialog = page.getByRole('dialog', { name: 'Gửi đề xuất, kiến nghị' });
  await expect(dialog.getByRole('radio', { name: 'Cá nhân đảng viên' })).toBeChecked();
  // The parent committee is chosen by default once the member's cell is known.
  await expect(dialog.getByTitle(/^Đảng bộ Liên hiệp các Hội/)).toBeVisible();
  await dialog.getByLabel('Tiêu đề').fill(subject);
  await dialog
    .getByLabel('Nội dung')
    .fill('Chi bộ chưa có tủ đựng hồ sơ, tài liệu; đề nghị Đảng ủy bố trí một tủ.');
  if (phone) await expectNoHorizontalOverflow(page);
  await dialog.getByRole('button', { name: 'Gửi', exact: true }).click();
  await expect(page).toHaveURL(/\/petitions\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { level: 1, name: subject })).toBeVisible();
  await expect(page.getByText('Đã tiếp nhận').first()).toBeVisible();
  const petitionUrl = page.url();

  await page.context().clearCookies();
  await signIn(page, 'committee');
  await page.goto('/petitions');
  const register = page.getByRole('list', { name: 'Sổ theo dõi đề xuất, kiến nghị' });
  await expect(register).toBeVisible();
  // Old open ones say so in words.
  await expect(register.getByText(/Quá hạn: \d+ ngày chưa giải quyết/).first()).toBeVisible();
  await expect(page.getByText('Trên 60 ngày')).toBeVisible();
  if (phone) await expectNoHorizontalOverflow(page);
  await expectAccessible(page);
  await register.getByRole('link', { name: subject }).click();
  await expect(page).toHaveURL(petitionUrl);

  await page.getByRole('button', { name: 'Phân loại theo thẩm quyền' }).click();
  const classify = page.getByRole('dialog', { name: 'Phân loại đề xuất, kiến nghị' });
  await expect(classify.getByRole('radio', { name: 'Thuộc thẩm quyền cấp ủy' })).toBeChecked();
  await classify.getByRole('button', { name: 'Phân loại' }).click();
  await expect(classify).toBeHidden();
  await expect(page.getByText('Đang giải quyết').first()).toBeVisible();

  await page.getByRole('button', { name: 'Trả lời nơi gửi' }).click();
  const reply = page.getByRole('dialog', { name: 'Trả lời nơi gửi' });
  await reply
    .getByLabel('Nội dung trả lời')
    .fill('Văn phòng Đảng ủy sẽ chuyển một tủ tài liệu cho chi bộ trong tuần.');
  if (phone) await expectNoHorizontalOverflow(page);
  await reply.getByRole('button', { name: 'Trả lời và kết thúc' }).click();
  await expect(reply).toBeHidden();
  await expect(page.getByText('Đã trả lời').first()).toBeVisible();
  await expect(page.getByText('Trả lời nơi gửi', { exact: false }).last()).toBeVisible();
  await expectAccessible(page);

  await page.context().clearCookies();
  await signIn(page, 'member');
  await page.goto('/petitions');
  const mine = page.getByRole('list', { name: 'Đề xuất, kiến nghị của tôi' });
  const item = mine.getByRole('listitem').filter({ hasText: subject });
  await expect(item.getByText('Đã trả lời')).toBeVisible();
  if (phone) await expectNoHorizontalOverflow(page);
});
