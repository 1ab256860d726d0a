import { expect, test } from '@playwright/test';
import { expectAccessible, expectNoHorizontalOverflow, pickOption, signIn } from './helpers';

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
  await expectAccessible(page);
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

test('the office drafts, approves and issues a conclusion, attaches a file, links it, then withdraws it', async ({
  page,
}, info) => {
  test.setTimeout(150_000);
  const tag = `${Date.now() % 100_000}${info.project.name === 'phone' ? 'p' : 'd'}`;
  const summary = `Kết quả sơ kết việc thực hiện nghị quyết — lần ${tag}`;
  const ownIssuer = 'ĐU — Đảng ủy Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam';
  await signIn(page, 'committee');
  await page.goto('/documents');
  await page.getByRole('link', { name: 'Soạn văn bản đi' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Soạn văn bản đi' })).toBeVisible();
  const main = page.getByRole('main');
  await pickOption(page, main, 'Loại văn bản', 'Kết luận');
  // The committee's own body is proposed as the issuer of its outgoing documents.
  await expect(main.getByTitle(ownIssuer, { exact: true })).toBeVisible();
  await page.getByLabel('Trích yếu', { exact: true }).fill(summary);
  await page
    .getByLabel('Nội dung (không bắt buộc)')
    .fill('Thực hiện Chỉ thị số 99-CT/TW ngày 01/02/2026 và Nghị quyết số 57-NQ/TW của Bộ Chính trị.');
  await page.getByRole('button', { name: 'Lưu dự thảo' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Kết luận (dự thảo)' })).toBeVisible();

  // The body's references: one in the registry, one the office has not registered yet.
  await expect(page.getByRole('link', { name: 'Nghị quyết số 57-NQ/TW', exact: true })).toBeVisible();
  const missing = page.getByRole('link', { name: /99-CT\/TW.*chưa có trong sổ/ });
  await expect(missing).toBeVisible();
  const draftUrl = page.url();

  // The draft as a Party-layout Word file.
  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Tải bản Word' }).click();
  expect((await download).suggestedFilename()).toMatch(/^Kết luận .*\.docx$/);

  await page.getByRole('button', { name: 'Duyệt' }).click();
  await page.locator('.ant-popconfirm').getByRole('button', { name: 'Duyệt' }).click();
  await expect(page.getByText('Đã duyệt').first()).toBeVisible();

  await page.getByRole('button', { name: 'Ban hành' }).click();
  const dialog = page.getByRole('dialog', { name: 'Ban hành văn bản' });
  const preview = dialog.getByText(/Số sẽ cấp: \d+-KL\/ĐU/);
  await expect(preview).toBeVisible();
  const numberText = /(\d+-KL\/ĐU)/.exec((await preview.textContent()) ?? '')?.[1] ?? '';
  await dialog.getByRole('button', { name: 'Ban hành' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Kết luận ${numberText}` })).toBeVisible();
  await expect(page.getByText('Đã ban hành').first()).toBeVisible();

  await page.getByTestId('document-file-input').setInputFiles({
    name: `so-ket-${tag}.txt`,
    mimeType: 'text/plain',
    buffer: Buffer.from('Sơ kết việc thực hiện nghị quyết.\n', 'utf8'),
  });
  await expect(page.getByRole('link', { name: `so-ket-${tag}.txt` })).toBeVisible();
  await expect(page.getByText(/SHA-256 [0-9a-f]{12}/)).toBeVisible();

  await page.getByRole('button', { name: 'Thêm liên kết' }).click();
  const linkDialog = page.getByRole('dialog', { name: 'Thêm liên kết' });
  await expect(async () => {
    // Each step is bounded so that a retry, not the test's timeout, follows a stuck one.
    await linkDialog.getByLabel('Văn bản kia').click({ timeout: 3000 });
    await linkDialog.getByLabel('Văn bản kia').fill('57-NQ', { timeout: 3000 });
    await page
      .locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option')
      .getByText(/^57-NQ\/TW — /)
      .click({ timeout: 3000 });
  }).toPass({ timeout: 20_000 });
  await linkDialog.getByRole('button', { name: 'Thêm' }).click();
  await expect(page.getByRole('heading', { level: 3, name: 'Thực hiện' })).toBeVisible();
  await expect(page.getByRole('link', { name: '57-NQ/TW', exact: true })).toBeVisible();
  await expectAccessible(page);
  await expectNoHorizontalOverflow(page);

  await page.getByRole('button', { name: 'Thu hồi' }).click();
  const withdraw = page.getByRole('dialog', { name: 'Thu hồi văn bản' });
  await withdraw.getByLabel('Lý do thu hồi').fill('Ban hành nhầm, sẽ ban hành lại');
  await withdraw.getByRole('button', { name: 'Thu hồi' }).click();
  await expect(page.getByText('Đã thu hồi').first()).toBeVisible();
  await expect(page.getByText('Ban hành nhầm, sẽ ban hành lại')).toBeVisible();

  // The number stays in the register, voided.
  await page.goto('/documents/numbers');
  await pickOption(page, page.getByRole('main'), 'Cơ quan ban hành', ownIssuer);
  await expect(page.getByText(numberText, { exact: true })).toBeVisible();
  await expect(page.getByText('Đã hủy').first()).toBeVisible();

  // A reference not in the registry opens the incoming form filled from it.
  await page.goto(draftUrl);
  await page.getByRole('link', { name: /99-CT\/TW.*chưa có trong sổ/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Vào sổ văn bản đến' })).toBeVisible();
  await expect(page.getByLabel('Số', { exact: true })).toHaveValue('99');
  await expect(page.getByLabel('Ngày ban hành', { exact: true })).toHaveValue('01/02/2026');
  await expect(page.getByRole('main').getByTitle('Chỉ thị', { exact: true })).toBeVisible();
});

test('the closed minutes of a meeting link the Party documents they cite', async ({ page }) => {
  await signIn(page, 'member');
  const me = await (await page.request.get('/api/auth/me')).json();
  const meetings = await (
    await page.request.get(
      `/api/meetings?unitId=${me.roles[0].unitId}&ownOnly=true&from=2020-01-01&to=2030-12-31&limit=500`,
    )
  ).json();
  const closed = meetings.items.find((m: { status: string }) => m.status === 'closed');
  await page.context().clearCookies();
  await signIn(page, 'committee');
  // The demo's minutes cite no documents: these are served instead, in the read-only view readers get.
  await page.route(`**/api/meetings/${closed.id}`, async (route) => {
    const response = await route.fetch();
    const meeting = await response.json();
    meeting.canEditMinutes = false;
    meeting.minutesHtml =
      '<p>Chi bộ quán triệt <strong>Nghị quyết số 57-NQ/TW</strong> ngày 22/12/2024 và Chỉ thị số 98-CT/TW.</p>' +
      '<ul><li>Theo Kết luận 21-KL/TW</li></ul><p>&lt;b&gt;không phải thẻ&lt;/b&gt;</p>';
    await route.fulfill({ response, json: meeting });
  });
  await page.goto(`/meetings/${closed.id}?tab=minutes`);
  const minutes = page.locator('.meeting-minutes-view');
  // A reference split by bold text still links, to the registry entry.
  await expect(minutes.getByRole('link', { name: 'Nghị quyết số 57-NQ/TW' })).toHaveAttribute(
    'href',
    /^\/documents\/[0-9a-f-]{36}$/,
  );
  await expect(minutes.getByRole('link', { name: 'Kết luận 21-KL/TW' })).toBeVisible();
  await expect(minutes.getByRole('link', { name: /98-CT\/TW.*chưa có trong sổ/ })).toHaveAttribute(
    'href',
    '/documents/new?direction=incoming&number=98&type=directive&issuer=TW',
  );
  // Text that looks like markup stays text.
  await expect(minutes.getByText('<b>không phải thẻ</b>')).toBeVisible();
  await expect(minutes.locator('b')).toHaveCount(0);
  await expectNoHorizontalOverflow(page);
});
