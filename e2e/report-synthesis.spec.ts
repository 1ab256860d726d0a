import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { expectAccessible, expectNoHorizontalOverflow, signIn } from './helpers';

test('a committee previews its year review, downloads the Word draft and registers the edited final', async ({
  page,
}, info) => {
  test.setTimeout(120_000);
  const phone = info.project.name === 'phone';
  await signIn(page, 'committee');
  await page.goto('/reports/synthesis');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Dự thảo báo cáo sơ kết, tổng kết' }),
  ).toBeVisible();
  const review = page.locator('.synthesis-review');
  await review.getByText('6 tháng đầu năm', { exact: true }).click();
  await expect(page).toHaveURL(/period=\d{4}-H1(&|$)/);
  await review.getByText('Cả năm', { exact: true }).click();
  await expect(page.getByRole('radio', { name: 'Cả năm' })).toBeChecked();
  // The router quotes a search value that looks like a number ("2026") so that it stays text.
  await expect(page).toHaveURL(/period=(%22)?\d{4}(%22)?(&|$)/);
  await expect(page.getByText('Số liệu thống kê của kỳ')).toBeVisible();
  await expect(page.getByText('Tổng số đảng viên cuối kỳ')).toBeVisible();
  await expect(page.getByText(/\[Cấp ủy đánh giá: Hạn chế, khuyết điểm …\]/)).toBeVisible();
  if (phone) await expectNoHorizontalOverflow(page);
  await expectAccessible(page);

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Tải dự thảo (.docx)' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^Dự thảo báo cáo tổng kết \d{4}\.docx$/);
  await expect(page.getByText('Đã tải dự thảo về máy.').first()).toBeVisible();

  const path = await file.path();
  await page.locator('.synthesis-actions input[type=file]').setInputFiles({
    name: 'Bao cao tong ket.docx',
    mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    buffer: readFileSync(path),
  });
  await expect(page.getByText('Đã đăng ký báo cáo vào sổ văn bản đi.')).toBeVisible();
  if (phone) await expectNoHorizontalOverflow(page);
  await page.getByRole('link', { name: 'Mở văn bản để cấp số' }).click();
  await expect(page).toHaveURL(/\/documents\/[0-9a-f-]{36}$/);
  await expect(page.getByText('Bao cao tong ket.docx')).toBeVisible();
});
