import { expect, test } from '@playwright/test';
import { expectAccessible, expectNoHorizontalOverflow, signIn } from './helpers';

test('the office registers an incoming directive from its number line and finds it by a folded search', async ({
  page,
}, info) => {
  test.setTimeout(120_000);
  // Desktop and phone share one demo database: each run registers its own number.
  const number = 10_000 + (Date.now() % 80_000) + (info.project.name === 'phone' ? 1 : 0);
  const summary = `Về tăng cường kiểm tra, giám sát việc học tập nghị quyết — đợt ${number}`;
  await signIn(page, 'committee');

  await page.goto('/documents');
  await expect(page.getByRole('heading', { level: 1, name: 'Văn bản' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: /\d+ văn bản/ })).toBeVisible();
  await expectAccessible(page);
  await expectNoHorizontalOverflow(page);

  await page.getByRole('link', { name: 'Vào sổ văn bản đến' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Vào sổ văn bản đến' })).toBeVisible();
  await page.getByLabel('Số, ký hiệu').fill(`Số ${number}-CT/TW ngày 05/03/2026`);
  await page.getByRole('button', { name: 'Điền' }).click();
  // The line filled the number, the type, the issuer and the date.
  await expect(page.getByLabel('Số', { exact: true })).toHaveValue(String(number));
  const main = page.getByRole('main');
  await expect(main.getByTitle('Chỉ thị', { exact: true })).toBeVisible();
  await expect(main.getByTitle(/^TW — /)).toBeVisible();
  await expect(page.getByLabel('Ngày ban hành', { exact: true })).toHaveValue('05/03/2026');
  await page.getByLabel('Trích yếu', { exact: true }).fill(summary);
  await expectNoHorizontalOverflow(page);
  await page.getByRole('button', { name: 'Vào sổ', exact: true }).click();

  await expect(page).toHaveURL(/\/documents\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { level: 1, name: `Chỉ thị ${number}-CT/TW` })).toBeVisible();

  // Folded: no tone marks, lower case, words in any order.
  await page.goto('/documents');
  const search = page.getByLabel('Tìm văn bản');
  await search.fill(`giam sat kiem tra ${number}`);
  await search.press('Enter');
  await expect(page).toHaveURL(/q=giam/);
  await expect(page.getByRole('heading', { level: 2, name: '1 văn bản' })).toBeVisible();
  await page.getByRole('link', { name: summary }).click();

  await expect(page.getByRole('heading', { level: 1, name: `Chỉ thị ${number}-CT/TW` })).toBeVisible();
  await expect(page.getByText('Đã ban hành').first()).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Tệp đính kèm' })).toBeVisible();
  await expectAccessible(page);
  await expectNoHorizontalOverflow(page);
});
