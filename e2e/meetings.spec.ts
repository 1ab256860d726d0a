import { expect, type Locator, type Page, test } from '@playwright/test';
import { expectAccessible, expectNoHorizontalOverflow, signIn } from './helpers';

/** HH:mm and dd/mm/yyyy in Asia/Ho_Chi_Minh, `minutesFromNow` away, on a 5-minute step (the time pickers'). */
function vnClock(minutesFromNow: number) {
  const at = new Date(Date.now() + minutesFromNow * 60_000 + 7 * 3_600_000);
  at.setUTCMinutes(Math.floor(at.getUTCMinutes() / 5) * 5);
  const iso = at.toISOString();
  return { time: iso.slice(11, 16), date: `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}` };
}

/**
 * The two screen sizes share one demo database and a cell's meetings may not overlap: two windows today (in
 * minutes from now), the phone's still on (members may check in) but ending within the 10 minutes a meeting may
 * be closed early, the desktop's over (check-in is refused). In the first hours after midnight (Vietnam time)
 * the time since 00:00 is split between them, so both stay on today's date; only the first 10 minutes after
 * midnight and the last 9 before it leave no room.
 */
function meetingWindow(phone: boolean): [number, number] {
  const clock = new Date(Date.now() + 7 * 3_600_000);
  const sinceMidnight = clock.getUTCHours() * 60 + clock.getUTCMinutes();
  if (sinceMidnight >= 135) return phone ? [-85, 9] : [-130, -95];
  const half = Math.floor(sinceMidnight / 2);
  return phone ? [-half, 9] : [-sinceMidnight, -half];
}

async function typeInPicker(scope: Locator, label: string, value: string) {
  const input = scope.getByLabel(label, { exact: true });
  await input.click();
  await input.fill(value);
  await input.press('Enter');
  await expect(input).toHaveValue(value);
}

/** Tabs on wide screens, a group of buttons on phones. */
async function openSection(page: Page, phone: boolean, name: string) {
  if (phone) {
    await page
      .locator('.meeting-tabs-phone label')
      .filter({ hasText: new RegExp(`^${name}`) })
      .click();
    await expect(page.getByRole('radio', { name: new RegExp(`^${name}`) })).toBeChecked();
  } else await page.getByRole('tab', { name: new RegExp(`^${name}`) }).click();
}

/** Chooses the first member an Ant Design select offers and returns the name shown. */
async function pickFirstMember(page: Page, scope: Locator, label: string): Promise<string> {
  let picked = '';
  await expect(async () => {
    await scope.getByLabel(label, { exact: true }).click({ timeout: 3000 });
    const option = page
      .locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option')
      .first();
    picked = ((await option.textContent({ timeout: 2000 })) ?? '').trim();
    await option.click({ timeout: 2000 });
    await expect(scope.getByTitle(picked, { exact: true })).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 15_000 });
  return picked;
}

test('a cell secretary schedules, runs and closes the monthly meeting', async ({ page }, info) => {
  // A whole meeting from plan to close, then a second user: longer than one page's journey.
  test.setTimeout(150_000);
  const phone = info.project.name === 'phone';
  const [from, to] = meetingWindow(phone);
  const start = vnClock(from);
  const end = vnClock(to);
  await signIn(page, 'secretary');
  const me = await (await page.request.get('/api/auth/me')).json();
  const cellName: string = me.roles.find((r: { role: string }) => r.role === 'cell_secretary').unitName;
  await page.goto('/meetings');
  await expect(page.getByRole('heading', { level: 1, name: 'Sinh hoạt chi bộ' })).toBeVisible();
  await expect(page.getByRole('table', { name: /^Lịch sinh hoạt tháng/ })).toBeVisible();
  await expectAccessible(page);
  if (phone) await expectNoHorizontalOverflow(page);

  await page.getByRole('link', { name: 'Lên lịch sinh hoạt' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Lên lịch sinh hoạt' })).toBeVisible();
  const form = page.getByRole('main');
  if (phone) {
    await expect(form.getByRole('radio', { name: 'Thường kỳ', exact: true })).toBeChecked();
  } else {
    await form.getByRole('radio', { name: 'Thường kỳ kết hợp chuyên đề' }).check();
    await form
      .getByLabel('Tên chuyên đề')
      .fill('Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh');
  }
  await typeInPicker(form, 'Ngày sinh hoạt', start.date);
  await typeInPicker(form, 'Giờ bắt đầu', start.time);
  await typeInPicker(form, 'Giờ kết thúc', end.time);
  await form.getByLabel('Địa điểm (không bắt buộc)').fill('Phòng họp tầng 2');
  const chair = await pickFirstMember(page, form, 'Đồng chí chủ trì (không bắt buộc)');
  await form.getByRole('button', { name: 'Thêm nội dung' }).click();
  await form.getByLabel('Nội dung', { exact: true }).fill('Kiểm điểm việc thực hiện nghị quyết tháng trước');
  if (phone) await expectNoHorizontalOverflow(page);
  await form.getByRole('button', { name: 'Lưu lịch sinh hoạt' }).click();

  await expect(page.getByRole('heading', { level: 1, name: /— .*\d{2}\/\d{2}\/\d{4}$/ })).toBeVisible();
  await expect(page.getByText('Đã lên lịch', { exact: true })).toBeVisible();
  await expect(page.getByText(chair.replace(/ \(.*\)$/, ''), { exact: true })).toBeVisible();
  await expect(page.getByText('Kiểm điểm việc thực hiện nghị quyết tháng trước')).toBeVisible();
  await expectAccessible(page);
  if (phone) await expectNoHorizontalOverflow(page);

  // A document attached on the day itself reaches the members late.
  await openSection(page, phone, 'Tài liệu');
  await page.getByTestId('meeting-document-input').setInputFiles({
    name: 'du-thao-nghi-quyet.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from('Dự thảo nghị quyết tháng\n'),
  });
  const documents = page.getByRole('list', { name: 'Tài liệu của buổi sinh hoạt' });
  await expect(documents).toContainText('du-thao-nghi-quyet.txt');
  await expect(documents.getByText('gửi muộn')).toBeVisible();

  // The check-in QR code leads to a page where a member marks themself present, during the meeting only.
  await openSection(page, phone, 'Điểm danh');
  await page.getByRole('button', { name: 'Mã QR điểm danh' }).click();
  const qr = page.getByRole('dialog', { name: 'Quét mã để tự điểm danh' });
  await expect(qr).toContainText(/Mã dùng được từ \d{2}\/\d{2}\/\d{4} \d{2}:\d{2} đến/);
  const checkInUrl = ((await qr.locator('.mono').textContent()) ?? '').trim();
  expect(checkInUrl).toMatch(/\/check-in\/[^/]+$/);
  await expectAccessible(page);
  await qr.locator('.ant-modal-footer').getByRole('button', { name: 'Đóng' }).click();
  const meetingUrl = page.url();
  await page.goto(checkInUrl);
  await expect(page.getByRole('heading', { level: 1, name: 'Điểm danh sinh hoạt chi bộ' })).toBeVisible();
  if (phone) {
    await expect(page.getByText(/^Đã điểm danh lúc \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/)).toBeVisible();
  } else {
    await expect(page.getByText(/^Chỉ tự điểm danh được trong giờ sinh hoạt/)).toBeVisible();
  }
  await page.goto(meetingUrl);

  // Everyone present, then two exceptions: one excused with a reason, one without.
  await openSection(page, phone, 'Điểm danh');
  await page.getByRole('button', { name: 'Tất cả có mặt' }).click();
  const rows = page.locator('.meeting-attendance-row');
  // Exempted members and those away on temporary transfer come marked already (other journeys may have
  // exempted someone of this cell): the others are now present; take two of them.
  await expect(rows.getByRole('button', { name: /: Có mặt\./ }).first()).toBeVisible();
  const presentRows: number[] = [];
  for (let i = 0; i < (await rows.count()) && presentRows.length < 2; i++) {
    if ((await rows.nth(i).getByRole('button').textContent()) === 'Có mặt') presentRows.push(i);
  }
  expect(presentRows).toHaveLength(2);
  const excused = rows.nth(presentRows[0] ?? 0);
  const unexcused = rows.nth(presentRows[1] ?? 1);
  await excused.getByRole('button').click();
  await expect(excused.getByRole('button')).toHaveText('Vắng có lý do');
  await excused.getByPlaceholder('Lý do vắng').fill('Đi công tác');
  await unexcused.getByRole('button').click();
  await unexcused.getByRole('button').click();
  await expect(unexcused.getByRole('button')).toHaveText('Vắng không lý do');
  await expectAccessible(page);
  if (phone) await expectNoHorizontalOverflow(page);
  await page.getByRole('button', { name: 'Lưu điểm danh' }).click();
  await expect(page.getByRole('button', { name: 'Lưu điểm danh' })).toBeDisabled();
  await expect(page.getByText(/^Có mặt \d+ đồng chí — \d+%$/)).toBeVisible();
  await expect(page.getByText('Đã điểm danh đủ')).toBeVisible();

  await openSection(page, phone, 'Biên bản');
  const editor = page.getByRole('textbox', { name: 'Nội dung biên bản' });
  await editor.click();
  await page.getByRole('button', { name: 'Chữ đậm' }).click();
  await editor.pressSequentially('Chi bộ đánh giá kết quả tháng và thống nhất nhiệm vụ tháng tới.');
  await page.getByRole('button', { name: 'Lưu biên bản' }).click();
  await expect(page.getByText('Đã lưu biên bản.')).toBeVisible();

  await openSection(page, phone, 'Kết luận');
  await page.getByRole('button', { name: 'Thêm kết luận' }).click();
  const conclusion = page.getByRole('group', { name: 'Kết luận 1' });
  await conclusion.getByLabel('Nội dung kết luận').fill('Hoàn thành báo cáo sơ kết quý trước ngày 20');
  const owner = await pickFirstMember(page, conclusion, 'Người phụ trách (không bắt buộc)');
  await typeInPicker(conclusion, 'Hạn hoàn thành (không bắt buộc)', vnClock(14 * 24 * 60).date);
  await page.getByRole('button', { name: 'Lưu kết luận' }).click();
  await expect(page.getByText('Đã lưu kết luận.')).toBeVisible();
  expect(owner).not.toBe('');

  await page.getByRole('button', { name: 'Kết thúc & khóa biên bản' }).click();
  const dialog = page.getByRole('dialog', { name: 'Kết thúc buổi sinh hoạt' });
  await expect(dialog.getByLabel('Giờ bắt đầu thực tế')).toHaveValue(start.time);
  // The dialog zooms in as it opens: a click during the animation may miss, so it is retried.
  await expect(async () => {
    await dialog.getByText('Tốt', { exact: true }).click();
    await expect(dialog.getByRole('radio', { name: 'Tốt' })).toBeChecked({ timeout: 1000 });
  }).toPass({ timeout: 10_000 });
  await expectAccessible(page);
  await dialog.getByRole('button', { name: 'Kết thúc & khóa' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('Đã kết thúc', { exact: true })).toBeVisible();
  await expect(page.getByText(/tự đánh giá chất lượng: Tốt/)).toBeVisible();

  // Closing locked the minutes as their first version; a change now needs a reason.
  await openSection(page, phone, 'Biên bản');
  await expect(page.getByRole('heading', { level: 3, name: 'Các phiên bản' })).toBeVisible();
  await expect(page.getByText(/^Phiên bản 1 — \d{2}\/\d{2}\/\d{4} \d{2}:\d{2} — /)).toBeVisible();
  await expect(page.getByLabel('Lý do sửa biên bản')).toBeVisible();

  // Next month's plan starts from this meeting: its conclusion is on the agenda, with who prepares it.
  await page.getByRole('link', { name: 'Lập kế hoạch tháng sau' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Kế hoạch sinh hoạt tháng sau' })).toBeVisible();
  await expect(
    page.getByRole('group', { name: 'Nội dung 2' }).getByLabel('Nội dung', { exact: true }),
  ).toHaveValue('Hoàn thành báo cáo sơ kết quý trước ngày 20');
  await expect(page.getByLabel('Giờ bắt đầu', { exact: true })).toHaveValue(start.time);
  await page.goBack();

  // Back in the month calendar the meeting shows as closed.
  await page.getByRole('link', { name: 'Xem lịch tháng' }).click();
  await expect(page.getByRole('table', { name: /^Lịch sinh hoạt tháng/ })).toBeVisible();
  const closedChip = page.getByRole('link', { name: new RegExp(`^${start.time} · .* · Đã kết thúc$`) });
  await expect(closedChip).toBeVisible();
  await expectAccessible(page);
  if (phone) await expectNoHorizontalOverflow(page);
  const cellUrl = page.url();

  // The superior committee opens that cell's schedule and sees the meeting closed, in the list too.
  await page.context().clearCookies();
  await signIn(page, 'committee');
  await page.goto(cellUrl);
  await expect(page.getByRole('heading', { level: 1, name: 'Sinh hoạt chi bộ' })).toBeVisible();
  await expect(closedChip).toBeVisible();
  await page.getByText('Danh sách', { exact: true }).click();
  const card = page.locator('.meeting-card').filter({ hasText: `${start.time} – ${end.time}` });
  await expect(card).toContainText('Đã kết thúc');
  await expect(card).toContainText(/Có mặt \d+%/);
  await expectAccessible(page);
  if (phone) await expectNoHorizontalOverflow(page);

  // On the committee's panel the cell is no longer among those without this month's regular meeting.
  await page.goto('/meetings/panel');
  const noRegular = page.locator('.ant-card').filter({
    has: page.getByRole('heading', { name: /^Chưa sinh hoạt thường kỳ tháng/ }),
  });
  await expect(noRegular.getByRole('listitem').first()).toBeVisible();
  await expect(noRegular.getByRole('link', { name: cellName, exact: true })).toHaveCount(0);
  await expectAccessible(page);
  if (phone) await expectNoHorizontalOverflow(page);
  await page.goto(cellUrl);

  // Each member's attendance over 12 months: the absence without reason shows as a missed month.
  await page.getByText('Chuyên cần', { exact: true }).click();
  const table = page.getByRole('table');
  await expect(table).toBeVisible();
  await expect(
    table
      .getByRole('row')
      .filter({ hasText: /\d{2}\/\d{4}/ })
      .first(),
  ).toBeVisible();
  await expectAccessible(page);
});
