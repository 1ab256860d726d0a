import { expect, type Page, test } from '@playwright/test';
import { expectAccessible, expectNoHorizontalOverflow, pickUnit, signIn, typeInPicker } from './helpers';

/** yyyy-mm-dd and dd/mm/yyyy in Asia/Ho_Chi_Minh (the server's calendar), `days` from today. */
function vnDay(days: number) {
  const iso = new Date(Date.now() + 7 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10);
  return { iso, shown: `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}` };
}

interface Me {
  csrfToken: string;
  roles: { role: string; unitId: string; unitName: string }[];
}

const meOf = async (page: Page): Promise<Me> => (await page.request.get('/api/auth/me')).json();

async function searchTasks(page: Page, text: string) {
  await page.getByLabel('Tìm nhiệm vụ').fill(text);
  await page.getByLabel('Tìm nhiệm vụ').press('Enter');
}

/**
 * The journey on the tasks pages (the session's own pages are the working-sessions journey's): a
 * working session's three conclusions become tasks for two cells; the secretary of one reports a task done on
 * its page; the committee's board and the session's follow-up report show it.
 */
test('a working session’s conclusions become tasks for two cells; the secretary reports one done; the board and the follow-up show it', async ({
  page,
}, info) => {
  // Two users, a session, four tasks, a progress report with a file: longer than one page's journey.
  test.setTimeout(180_000);
  const phone = info.project.name === 'phone';
  // Desktop and phone share the demo database: each run's tasks carry their own mark.
  const mark = `${info.project.name}-${Date.now().toString(36)}`;

  await signIn(page, 'secretary');
  const cell = (await meOf(page)).roles.find((r) => r.role === 'cell_secretary');
  if (!cell) throw new Error('the demo secretary leads no cell');
  await page.context().clearCookies();

  // The session with the superior committee, three weeks ago, and its three conclusions (through the API).
  await signIn(page, 'committee');
  const committee = await meOf(page);
  const root = committee.roles[0];
  if (!root) throw new Error('the demo committee has no unit');
  const { items: units } = await (
    await page.request.get(`/api/units?parentId=${root.unitId}&limit=500`)
  ).json();
  const other = (units as { id: string; kind: string }[]).find(
    (u) => u.kind === 'cell' && u.id !== cell.unitId,
  );
  if (!other) throw new Error('the demo committee has a single cell');
  const headers = { 'x-csrf-token': committee.csrfToken };
  const created = await page.request.post('/api/working-sessions', {
    headers,
    data: {
      unitId: root.unitId,
      heldOn: vnDay(-21).iso,
      superiorName: `Đoàn công tác của Đảng ủy cấp trên ${mark}`,
      topic: 'Kiểm tra việc thực hiện nghị quyết đại hội',
    },
  });
  expect(created.ok()).toBe(true);
  let session = (await created.json()) as { id: string; version: number };
  const finished = `Rà soát hồ sơ đảng viên ${mark}`;
  const late = `Báo cáo khắc phục hạn chế ${mark}`;
  const theirs = `Học tập chuyên đề ${mark}`;
  const conclusions = [
    {
      text: 'Các chi bộ rà soát, bổ sung hồ sơ đảng viên trước kỳ đánh giá cuối năm.',
      tasks: [{ assigneeUnitId: cell.unitId, title: finished, dueOn: vnDay(10).iso }],
    },
    {
      text: 'Báo cáo kết quả khắc phục các hạn chế đoàn kiểm tra đã chỉ ra.',
      tasks: [{ assigneeUnitId: cell.unitId, title: late, dueOn: vnDay(-3).iso }],
    },
    {
      text: 'Tổ chức học tập chuyên đề về xây dựng Đảng.',
      tasks: [{ assigneeUnitId: other.id, title: theirs, dueOn: vnDay(20).iso }],
    },
  ];
  for (const conclusion of conclusions) {
    const saved = await page.request.post(`/api/working-sessions/${session.id}/conclusions`, {
      headers,
      data: { ...conclusion, version: session.version },
    });
    expect(saved.ok()).toBe(true);
    session = await saved.json();
  }

  // The committee's board: three columns, and the form that gives a task directly.
  await page.goto('/tasks');
  await expect(page.getByRole('heading', { level: 1, name: 'Nhiệm vụ' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: /^Quá hạn/ })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: /^Đến hạn tuần này/ })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: /^Đã hoàn thành \(30 ngày\)/ })).toBeVisible();
  await expectAccessible(page);
  if (phone) await expectNoHorizontalOverflow(page);
  const direct = `Hoàn thiện sổ đảng viên ${mark}`;
  await page.getByRole('button', { name: 'Giao nhiệm vụ' }).click();
  const dialog = page.getByRole('dialog', { name: 'Giao nhiệm vụ' });
  await dialog.getByLabel('Tên nhiệm vụ').fill(direct);
  await pickUnit(page, dialog, 'Đơn vị thực hiện', cell.unitName);
  await typeInPicker(dialog, 'Hạn hoàn thành', vnDay(10).shown);
  await dialog.getByRole('radio', { name: 'Kết luận kiểm tra' }).check();
  await dialog.getByLabel('Tên nguồn').fill(`Thông báo kết luận kiểm tra ${mark}`);
  await dialog.getByLabel('Nội dung kết luận').fill('Chi bộ hoàn thiện sổ đảng viên theo mẫu mới.');
  if (phone) await expectNoHorizontalOverflow(page);
  await dialog.getByRole('button', { name: 'Giao nhiệm vụ' }).click();
  await expect(page.getByRole('heading', { level: 1, name: direct })).toBeVisible();
  await expect(page.getByText('Đang thực hiện, còn 10 ngày', { exact: true }).first()).toBeVisible();

  // The secretary sees the cell's three tasks (not the other cell's), the late one overdue by its days.
  await page.context().clearCookies();
  await signIn(page, 'secretary');
  await page.goto('/tasks');
  await expect(page.getByRole('heading', { level: 1, name: 'Nhiệm vụ' })).toBeVisible();
  await expect(page.getByTitle(new RegExp(`^${cell.unitName}`))).toBeVisible();
  await page.getByRole('link', { name: 'Danh sách nhiệm vụ' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Danh sách nhiệm vụ' })).toBeVisible();
  await searchTasks(page, mark);
  await expect(page.getByRole('heading', { level: 2, name: 'Tìm thấy 3 nhiệm vụ' })).toBeVisible();
  const results = page.getByRole('list', { name: /^Tìm thấy/ });
  await expect(
    results.getByRole('listitem').filter({ hasText: late }).getByText('Quá hạn 3 ngày'),
  ).toBeVisible();
  await expect(results.getByRole('link', { name: direct })).toBeVisible();
  await expect(results.getByRole('link', { name: theirs })).toHaveCount(0);
  if (phone) await expectNoHorizontalOverflow(page);

  // On the task page: its source is the session, with the conclusion quoted; the secretary reports it done.
  await results.getByRole('link', { name: finished }).click();
  await expect(page.getByRole('heading', { level: 1, name: finished })).toBeVisible();
  await expect(page.getByText('Buổi làm việc với cấp trên', { exact: true })).toBeVisible();
  await expect(page.getByRole('blockquote')).toHaveText(conclusions[0]?.text ?? '');
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
  await expect(page.getByRole('progressbar', { name: `Tiến độ: ${finished}` })).toHaveAttribute(
    'aria-valuenow',
    '100',
  );
  const updates = page.getByRole('list', { name: 'Các lần cập nhật' });
  await expect(updates.getByText('Đạt 100%')).toBeVisible();
  await expect(updates.getByText('Chi bộ đã bổ sung đủ hồ sơ.')).toBeVisible();
  await expect(updates.getByRole('link', { name: /bao-cao-ho-so\.txt/ })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Cập nhật tiến độ' })).toHaveCount(0);

  // The committee's board: done in the last 30 days ("see all" keeps the filter); the late one still overdue.
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
  await searchTasks(page, mark);
  await expect(page.getByRole('heading', { level: 2, name: 'Tìm thấy 1 nhiệm vụ' })).toBeVisible();
  const done = page.getByRole('list', { name: /^Tìm thấy/ }).getByRole('listitem');
  await expect(done.getByText('Đã hoàn thành', { exact: true })).toBeVisible();
  await done.getByRole('link', { name: finished }).click();
  await expect(page.getByRole('heading', { level: 1, name: finished })).toBeVisible();

  // From the task to its session: the follow-up report counts it done, with the secretary's note.
  await page
    .getByRole('link', { name: new RegExp(`^Buổi làm việc với Đoàn công tác của Đảng ủy cấp trên ${mark}`) })
    .click();
  await expect(page).toHaveURL(new RegExp(`/working-sessions/${session.id}`));
  await page.goto(`/working-sessions/${session.id}?tab=followUp`);
  const main = page.getByRole('main');
  const firstConclusion = main.locator('.ant-card-small').filter({ hasText: conclusions[0]?.text ?? '' });
  await expect(firstConclusion.getByText('Đã hoàn thành', { exact: true })).toBeVisible();
  await expect(firstConclusion.getByText('Chi bộ đã bổ sung đủ hồ sơ.')).toBeVisible();
  await expect(main.locator('.ant-statistic').filter({ hasText: 'Đã hoàn thành' })).toContainText('1');
  if (phone) await expectNoHorizontalOverflow(page);

  await page.goto('/tasks/list');
  await searchTasks(page, late);
  await expect(page.getByRole('heading', { level: 2, name: 'Tìm thấy 1 nhiệm vụ' })).toBeVisible();
  await page.getByRole('link', { name: late }).click();
  await expect(page.getByRole('heading', { level: 1, name: late })).toBeVisible();
  await expect(page.getByText('Quá hạn 3 ngày').first()).toBeVisible();
  await expectAccessible(page);
  if (phone) await expectNoHorizontalOverflow(page);
});
