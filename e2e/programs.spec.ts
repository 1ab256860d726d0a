import { expect, test } from '@playwright/test';
import { expectAccessible, expectNoHorizontalOverflow, pickOption, signIn } from './helpers';

test("the office follows the standing committee's work program by month and marks an activity done", async ({
  page,
}, info) => {
  test.setTimeout(120_000);
  const tag = `${Date.now() % 100_000}${info.project.name === 'phone' ? 'p' : 'd'}`;
  const title = `Hội nghị giao ban chuyên đề — lần ${tag}`;
  await signIn(page, 'committee');

  await page.goto('/programs');
  await expect(page.getByRole('heading', { level: 1, name: 'Chương trình làm việc' })).toBeVisible();
  const program = page.getByRole('link', { name: /của Ban Thường vụ Đảng ủy/ });
  await expect(program).toBeVisible();
  await expectAccessible(page);
  await expectNoHorizontalOverflow(page);
  await program.click();

  await expect(
    page.getByRole('heading', { level: 1, name: /Chương trình làm việc năm \d{4} của Ban Thường vụ/ }),
  ).toBeVisible();
  await expect(page.getByText('Tháng 1', { exact: true })).toBeVisible();
  await expect(page.getByText('Tỷ lệ hoàn thành đúng hạn theo quý')).toBeVisible();
  // Late items carry a word, not only a colour (the demo's program has some once its first month is over).
  if (new Date().getMonth() > 0) await expect(page.getByText('[Chậm]').first()).toBeVisible();
  await expectAccessible(page);
  await expectNoHorizontalOverflow(page);

  await page.getByRole('button', { name: 'Thêm nội dung' }).click();
  const dialog = page.getByRole('dialog', { name: 'Thêm nội dung' });
  await dialog.getByLabel('Nội dung hoạt động').fill(title);
  await pickOption(page, dialog, 'Thời hạn', 'Tháng 1');
  await dialog.getByRole('button', { name: 'Lưu' }).click();
  await expect(dialog).toBeHidden();
  const row = page.locator('li.program-item', { hasText: title });
  // January is over (unless it is January): an item due then and not done is late, said in words.
  const januaryOver = new Date().getMonth() > 0;
  if (januaryOver) await expect(row.getByText('[Chậm]')).toBeVisible();

  await row.getByRole('button', { name: 'Hoàn thành' }).click();
  const done = page.getByRole('dialog', { name: 'Đánh dấu hoàn thành' });
  await done.getByRole('button', { name: 'Lưu' }).click();
  await expect(done).toBeHidden();
  await expect(row.getByText('Hoàn thành', { exact: true })).toBeVisible();
  // Done today, after January: done, but late.
  if (januaryOver) await expect(row.getByText('[Chậm]')).toBeVisible();
});
