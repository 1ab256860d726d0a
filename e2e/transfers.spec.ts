import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { docxText } from '../test/office';
import { expectAccessible, expectNoHorizontalOverflow, memberLinks, signIn } from './helpers';

test('a cell secretary starts a transfer from a profile, issues the letter and downloads it', async ({
  page,
}, info) => {
  await signIn(page, 'secretary');
  // Official members only: candidates (added by other journeys) cannot be transferred.
  await page.goto('/members?status=official');
  await expect(page.getByRole('heading', { level: 1, name: 'Đảng viên' })).toBeVisible();
  const links = memberLinks(page);
  await expect(links.first()).toBeVisible();
  // A different member for each screen size, far enough apart that members taken out of the official list by
  // other journeys (exemptions) do not make the two runs meet the same open transfer.
  const chosen = links.nth(info.project.name === 'phone' ? 8 : 4);
  const name = ((await chosen.textContent()) ?? '').trim();
  await chosen.click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();

  await page.getByRole('button', { name: 'Chuyển sinh hoạt đảng' }).click();
  const dialog = page.getByRole('dialog');
  // The most common reason, a new job, is already chosen.
  await expect(dialog.getByText('Chuyển công tác', { exact: true })).toBeVisible();
  const field = dialog.locator('.ant-form-item').filter({ hasText: 'Chi bộ / đảng bộ nơi đến' });
  // Search results arrive while the list is open: retry until a unit is really chosen ("name — parent").
  await expect(async () => {
    await dialog.getByLabel('Chi bộ / đảng bộ nơi đến').fill('chi bo', { timeout: 3000 });
    await page
      .locator('.ant-select-item-option')
      .filter({ hasText: /^Chi bộ/ })
      .filter({ hasNotText: 'Văn phòng' })
      .first()
      .click({ timeout: 3000 });
    await expect(field).toContainText(' — ', { timeout: 1000 });
  }).toPass({ timeout: 20_000 });
  await expectAccessible(page);
  await dialog.getByRole('button', { name: 'Lưu bản nháp' }).click();
  await expect(page.getByText(`Đã lưu việc chuyển sinh hoạt của đồng chí ${name}`)).toBeVisible();

  await page.goto('/transfers');
  await expect(page.getByRole('heading', { level: 1, name: 'Chuyển sinh hoạt đảng' })).toBeVisible();
  const row = page.getByRole('row').filter({ hasText: name });
  await expect(row).toContainText('Cấp giấy trước');
  await expectAccessible(page);
  if (info.project.name === 'phone') await expectNoHorizontalOverflow(page);

  await row.getByRole('button', { name: 'Cấp giấy giới thiệu' }).click();
  const issue = page.getByRole('dialog');
  await expect(issue).toContainText('Hạn cấp giấy giới thiệu');
  await issue.getByLabel('Họ tên người ký').fill('Nguyễn Văn Bí Thư');
  await issue.getByRole('button', { name: 'Cấp giấy' }).click();
  await expect(page.getByText(`Đã cấp giấy giới thiệu cho đồng chí ${name}`)).toBeVisible();
  await expect(row).toContainText('Xuất trình trước');
  await expect(row).toContainText(/\d+-GGT\/CB/);

  const downloading = page.waitForEvent('download');
  await row.getByRole('link', { name: `Tải giấy giới thiệu của đồng chí ${name}` }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toContain('Giấy giới thiệu sinh hoạt đảng');
  const text = await docxText(readFileSync(await download.path()));
  expect(text).toContain('GIẤY GIỚI THIỆU SINH HOẠT ĐẢNG');
  expect(text).toContain(name);
  expect(text).toContain('đã đóng đảng phí đến hết tháng');
  await expectAccessible(page);

  // The member's profile shows the transfer under way, with the letter to download again.
  await row.getByRole('link', { name, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  const section = page.locator('.ant-card').filter({
    has: page.getByRole('heading', { level: 2, name: 'Chuyển sinh hoạt đảng' }),
  });
  await expect(section).toContainText('Xuất trình trước');
  await expect(section.getByRole('link', { name: `Tải giấy giới thiệu của đồng chí ${name}` })).toBeVisible();
  await expectAccessible(page);
});
