import { expect, type Locator, type Page, test } from '@playwright/test';
import { expectAccessible, expectNoHorizontalOverflow, signIn } from './helpers';

/** yyyy-mm-dd and dd/mm/yyyy in Asia/Ho_Chi_Minh (the server's calendar), `days` from today. */
function vnDay(days: number) {
  const iso = new Date(Date.now() + 7 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10);
  return { iso, shown: `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}` };
}

async function typeInPicker(scope: Locator, label: string, value: string) {
  const input = scope.getByLabel(label, { exact: true });
  await input.click();
  await input.fill(value);
  await input.press('Enter');
  await expect(input).toHaveValue(value);
}

/** Picks a unit in a tree select by typing part of its name (the committee's cells are loaded with it). */
async function pickUnit(page: Page, scope: Locator, label: string, name: string) {
  await expect(async () => {
    const input = scope.getByLabel(label, { exact: true });
    await input.click();
    await input.fill(name);
    await page
      .locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-tree-title')
      .filter({ hasText: name })
      .first()
      .click({ timeout: 2000 });
    await expect(scope.getByTitle(new RegExp(`^${name}`))).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 15_000 });
}

interface Me {
  csrfToken: string;
  roles: { role: string; unitId: string; unitName: string }[];
}

const meOf = async (page: Page): Promise<Me> => (await page.request.get('/api/auth/me')).json();

test('conclusions become tasks for two cells; the secretary reports one done; the committee board shows it', async ({
  page,
}, info) => {
  // Two users, three tasks, a progress report with a file: longer than one page's journey.
  test.setTimeout(150_000);
  const phone = info.project.name === 'phone';
  // Desktop and phone share the demo database: each run's tasks carry their own mark.
  const mark = `${info.project.name}-${Date.now().toString(36)}`;

  await signIn(page, 'secretary');
  const secretary = await meOf(page);
  const cell = secretary.roles.find((r) => r.role === 'cell_secretary');
  if (!cell) throw new Error('the demo secretary leads no cell');
  await page.context().clearCookies();

  // The committee's board: its unit chosen, three columns, the form to give a task.
  await signIn(page, 'committee');
  const committee = await meOf(page);
  const root = committee.roles[0];
  if (!root) throw new Error('the demo committee has no unit');
  await page.goto('/tasks');
  await expect(page.getByRole('heading', { level: 1, name: 'Nhiệm vụ' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: /^Quá hạn/ })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: /^Đến hạn tuần này/ })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: /^Đã hoàn thành \(30 ngày\)/ })).toBeVisible();
  await expectAccessible(page);
  if (phone) await expectNoHorizontalOverflow(page);

  // First conclusion, through the form: to the secretary's cell, due in ten days.
  const first = `Hoàn thiện hồ sơ đảng viên ${mark}`;
  const source = `Thông báo kết luận buổi làm việc ${mark}`;
  await page.getByRole('button', { name: 'Giao nhiệm vụ' }).click();
  const dialog = page.getByRole('dialog', { name: 'Giao nhiệm vụ' });
  await dialog.getByLabel('Tên nhiệm vụ').fill(first);
  await pickUnit(page, dialog, 'Đơn vị thực hiện', cell.unitName);
  await typeInPicker(dialog, 'Hạn hoàn thành', vnDay(10).shown);
  await dialog.getByRole('radio', { name: 'Kết luận kiểm tra' }).check();
  await dialog.getByLabel('Tên nguồn').fill(source);
  await dialog
    .getByLabel('Nội dung kết luận')
    .fill('Các chi bộ rà soát, bổ sung hồ sơ đảng viên trước kỳ đánh giá cuối năm.');
  if (phone) await expectNoHorizontalOverflow(page);
  await dialog.getByRole('button', { name: 'Giao nhiệm vụ' }).click();
  await expect(page.getByRole('heading', { level: 1, name: first })).toBeVisible();
  await expect(page.getByText(source)).toBeVisible();
  await expect(page.getByText('Đang thực hiện, còn 10 ngày', { exact: true }).first()).toBeVisible();

  // The other two conclusions through the API: one already late for the same cell, one for another cell.
  const { items: cells } = await (
    await page.request.get(`/api/units?parentId=${root.unitId}&limit=500`)
  ).json();
  const other = (cells as { id: string; name: string; kind: string }[]).find(
    (u) => u.kind === 'cell' && u.id !== cell.unitId,
  );
  if (!other) throw new Error('the demo committee has a single cell');
  const give = async (title: string, assigneeUnitId: string, sourceDays: number, dueDays: number) => {
    const response = await page.request.post('/api/tasks', {
      headers: { 'x-csrf-token': committee.csrfToken },
      data: {
        ownerUnitId: root.unitId,
        assigneeUnitId,
        sourceKind: 'inspection',
        sourceTitle: source,
        sourceText: 'Kết luận của đoàn làm việc',
        sourceDate: vnDay(sourceDays).iso,
        title,
        dueOn: vnDay(dueDays).iso,
      },
    });
    expect(response.status()).toBe(200);
    return (await response.json()) as { id: string };
  };
  const late = `Báo cáo kết quả khắc phục ${mark}`;
  const lateTask = await give(late, cell.unitId, -20, -3);
  const third = `Tổ chức học tập chuyên đề ${mark}`;
  await give(third, other.id, 0, 20);

  // The secretary sees the two tasks of the cell (not the other cell's), and reports the first done.
  await page.context().clearCookies();
  await signIn(page, 'secretary');
  await page.goto('/tasks');
  await expect(page.getByRole('heading', { level: 1, name: 'Nhiệm vụ' })).toBeVisible();
  await expect(page.getByTitle(new RegExp(`^${cell.unitName}`))).toBeVisible();
  await page.getByRole('link', { name: 'Danh sách nhiệm vụ' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Danh sách nhiệm vụ' })).toBeVisible();
  await page.getByLabel('Tìm nhiệm vụ').fill(mark);
  await page.getByLabel('Tìm nhiệm vụ').press('Enter');
  await expect(page.getByRole('heading', { level: 2, name: 'Tìm thấy 2 nhiệm vụ' })).toBeVisible();
  const results = page.getByRole('list', { name: /^Tìm thấy/ });
  await expect(results.getByRole('link', { name: late })).toBeVisible();
  await expect(
    results.getByRole('listitem').filter({ hasText: late }).getByText('Quá hạn 3 ngày'),
  ).toBeVisible();
  await expect(results.getByRole('link', { name: third })).toHaveCount(0);
  if (phone) await expectNoHorizontalOverflow(page);
  await results.getByRole('link', { name: first }).click();
  await expect(page.getByRole('heading', { level: 1, name: first })).toBeVisible();
  await expectAccessible(page);

  await page.getByRole('button', { name: 'Cập nhật tiến độ' }).click();
  const report = page.getByRole('dialog', { name: 'Cập nhật tiến độ' });
  await report.getByRole('spinbutton', { name: 'Tiến độ (%)' }).fill('100');
  await expect(report.getByText('Đạt 100% thì nhiệm vụ được ghi là đã hoàn thành.')).toBeVisible();
  await report.getByLabel('Ghi chú').fill('Chi bộ đã bổ sung đủ hồ sơ.');
  await report.getByTestId('task-progress-file').setInputFiles({
    name: 'bao-cao-ho-so.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from('Báo cáo rà soát hồ sơ đảng viên của chi bộ\n'),
  });
  await expect(report.getByText('bao-cao-ho-so.txt')).toBeVisible();
  if (phone) await expectNoHorizontalOverflow(page);
  await report.getByRole('button', { name: 'Lưu tiến độ' }).click();
  await expect(report).toBeHidden();
  await expect(page.getByText('Đã hoàn thành', { exact: true }).first()).toBeVisible();
  await expect(page.getByRole('progressbar', { name: `Tiến độ: ${first}` })).toHaveAttribute(
    'aria-valuenow',
    '100',
  );
  const updates = page.getByRole('list', { name: 'Các lần cập nhật' });
  await expect(updates.getByText('Đạt 100%')).toBeVisible();
  await expect(updates.getByText('Chi bộ đã bổ sung đủ hồ sơ.')).toBeVisible();
  await expect(updates.getByRole('link', { name: /bao-cao-ho-so\.txt/ })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Cập nhật tiến độ' })).toHaveCount(0);

  // The committee's board: done in the last 30 days, and the late one still overdue by its days.
  await page.context().clearCookies();
  await signIn(page, 'committee');
  await page.goto('/tasks');
  const doneColumn = page.locator('.task-column-ok');
  await expect(
    doneColumn.getByRole('heading', { level: 2, name: /^Đã hoàn thành \(30 ngày\)/ }),
  ).toBeVisible();
  await doneColumn.getByRole('link', { name: /^Xem tất cả/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Danh sách nhiệm vụ' })).toBeVisible();
  await expect(page.getByTitle('Đã hoàn thành', { exact: true })).toBeVisible();
  await page.getByLabel('Tìm nhiệm vụ').fill(mark);
  await page.getByLabel('Tìm nhiệm vụ').press('Enter');
  await expect(page.getByRole('heading', { level: 2, name: 'Tìm thấy 1 nhiệm vụ' })).toBeVisible();
  const done = page.getByRole('list', { name: /^Tìm thấy/ }).getByRole('listitem');
  await expect(done.getByRole('link', { name: first })).toBeVisible();
  await expect(done.getByText('Đã hoàn thành', { exact: true })).toBeVisible();

  await page.goto(`/tasks/${lateTask.id}`);
  await expect(page.getByRole('heading', { level: 1, name: late })).toBeVisible();
  await expect(page.getByText('Quá hạn 3 ngày').first()).toBeVisible();
  await expectAccessible(page);
  if (phone) await expectNoHorizontalOverflow(page);
});
