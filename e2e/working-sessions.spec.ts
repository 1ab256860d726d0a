import { expect, type Locator, type Page, test } from '@playwright/test';
import { expectAccessible, expectNoHorizontalOverflow, signIn } from './helpers';

/** dd/mm/yyyy in Asia/Ho_Chi_Minh, `days` from today. */
function vnDay(days: number) {
  const iso = new Date(Date.now() + days * 86_400_000 + 7 * 3_600_000).toISOString();
  return `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
}

async function typeDate(input: Locator, value: string) {
  await input.click();
  await input.fill(value);
  await input.press('Enter');
  await expect(input).toHaveValue(value);
}

/** Picks a unit in a tree select opened on the session's unit, by typing part of its name; checks it shows. */
async function pickUnit(page: Page, input: Locator, name: string) {
  const select = input.locator('xpath=ancestor::div[contains(concat(" ", @class, " "), " ant-select ")][1]');
  await expect(async () => {
    await input.click();
    await input.fill(name);
    await page
      .locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-tree-title')
      .getByText(new RegExp(`^${name} \\(`))
      .last()
      .click({ timeout: 2000 });
    await expect(select.getByTitle(new RegExp(`^${name} \\(`))).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 15_000 });
}

const office = 'Chi bộ Văn phòng';
const other = 'Chi bộ Ban Hợp tác quốc tế';

test('a working session’s three conclusions become tasks for two cells; a secretary finishes one; the follow-up shows it', async ({
  page,
}, info) => {
  test.setTimeout(180_000);
  const phone = info.project.name === 'phone';
  const topic = `Kiểm tra công tác xây dựng Đảng (${phone ? 'điện thoại' : 'máy tính'} ${Date.now()})`;

  await signIn(page, 'committee');
  await page.goto('/working-sessions');
  await expect(page.getByRole('heading', { level: 1, name: 'Làm việc với cấp trên' })).toBeVisible();
  await expect(
    page.getByRole('link', { name: /Ban Thường vụ Đảng ủy Mặt trận Tổ quốc/ }).first(),
  ).toBeVisible();
  if (phone) await expectNoHorizontalOverflow(page);
  await page.getByRole('link', { name: 'Ghi nhận buổi làm việc' }).click();

  // The superior is prefilled with the committee's parent; the date is today.
  await expect(page.getByLabel('Cấp ủy cấp trên làm việc')).not.toHaveValue('');
  await page.getByLabel('Cấp ủy cấp trên làm việc').fill('Ban Thường vụ Đảng ủy cấp trên');
  await page.getByLabel('Nội dung làm việc').fill(topic);
  await page.getByRole('button', { name: 'Thêm người' }).first().click();
  await page.getByLabel('Họ và tên (1)').fill('Hoàng Minh Đức');
  await page.getByLabel('Chức vụ (1)').fill('Phó Bí thư Thường trực');
  await page.getByRole('textbox', { name: 'Ý kiến thảo luận' }).fill('Đoàn công tác ghi nhận kết quả.');
  if (phone) await expectNoHorizontalOverflow(page);
  await page.getByRole('button', { name: 'Lưu buổi làm việc' }).click();
  await expect(page).toHaveURL(/\/working-sessions\/[0-9a-f-]{36}\?tab=conclusions$/);
  const sessionUrl = page.url().replace(/\?.*$/, '');

  const conclusions: Array<{ text: string; cells: string[] }> = [
    { text: 'Rà soát, kiện toàn cấp ủy chi bộ.', cells: [office] },
    { text: 'Nâng cao chất lượng sinh hoạt chuyên đề.', cells: [office, other] },
    { text: 'Hoàn thành học tập nghị quyết trước cuối năm.', cells: [other] },
  ];
  for (const c of conclusions) {
    await page.getByRole('button', { name: 'Thêm kết luận' }).click();
    const dialog = page.getByRole('dialog', { name: 'Thêm kết luận' });
    await dialog.getByLabel('Nội dung kết luận').fill(c.text);
    for (const [i, cell] of c.cells.entries()) {
      if (i > 0) await dialog.getByRole('button', { name: 'Thêm một tổ chức thực hiện' }).click();
      await pickUnit(page, dialog.locator(`#conclusion-new_tasks_${i}_assigneeUnitId`), cell);
      await typeDate(dialog.locator(`#conclusion-new_tasks_${i}_dueOn`), vnDay(30));
    }
    if (phone) await expectNoHorizontalOverflow(page);
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await expect(dialog.locator('.ant-form-item-explain-error')).toHaveCount(0);
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('main').getByRole('paragraph').filter({ hasText: c.text })).toBeVisible();
  }
  const main = page.getByRole('main');
  await expect(main.getByRole('link', { name: conclusions[1]?.text as string })).toHaveCount(2);
  await expectAccessible(page);
  const taskHref = await main
    .getByRole('link', { name: conclusions[0]?.text as string })
    .getAttribute('href');
  const taskId = taskHref?.split('/').pop() as string;

  // The office cell's secretary reports the first task done (the tasks pages are another journey's).
  await page.context().clearCookies();
  await signIn(page, 'secretary');
  const me = await (await page.request.get('/api/auth/me')).json();
  const task = await (await page.request.get(`/api/tasks/${taskId}`)).json();
  const reported = await page.request.post(`/api/tasks/${taskId}/progress`, {
    headers: { 'x-csrf-token': me.csrfToken },
    data: { progress: 100, note: 'Đã bầu bổ sung phó bí thư chi bộ.', version: task.version },
  });
  expect(reported.status()).toBe(200);
  expect(
    (await page.request.get(sessionUrl.replace('/working-sessions/', '/api/working-sessions/'))).status(),
  ).toBe(404);

  // The committee's follow-up report shows it, and the Word report downloads.
  await page.context().clearCookies();
  await signIn(page, 'committee');
  await page.goto(`${sessionUrl}?tab=followUp`);
  await expect(main.getByText('Hoàn thành', { exact: true })).toBeVisible();
  await expect(main.getByText('Đã bầu bổ sung phó bí thư chi bộ.')).toBeVisible();
  if (phone) await expectNoHorizontalOverflow(page);
  const download = main.getByRole('link', { name: 'Tải báo cáo (Word)' });
  const href = (await download.getAttribute('href')) as string;
  const docx = await page.request.get(href);
  expect(docx.status()).toBe(200);
  expect(docx.headers()['content-type']).toContain('wordprocessingml');
  await expectAccessible(page);
});
