import { expect, test } from '@playwright/test';
import { DEMO_PASSWORD, expectAccessible, expectNoHorizontalOverflow, signIn } from './helpers';

/** This month in Asia/Ho_Chi_Minh: its first day and its label. */
function thisMonth() {
  const now = new Date(Date.now() + 7 * 3_600_000);
  const mm = String(now.getUTCMonth() + 1).padStart(2, '0');
  return { first: `${now.getUTCFullYear()}-${mm}-01`, label: `Tháng ${mm}/${now.getUTCFullYear()}` };
}

test('the secretary sees on the home page what the cell must send, and opens a report from it', async ({
  page,
  playwright,
}, info) => {
  test.setTimeout(120_000);
  const tag = `${Date.now().toString(36).slice(-5).toUpperCase()}${info.project.name === 'phone' ? 'P' : 'D'}`;
  const month = thisMonth();
  // A long name: on a phone it must wrap inside the card, never widen the page.
  const name = `Báo cáo kết quả thực hiện Nghị quyết về xây dựng, chỉnh đốn Đảng và hệ thống chính trị trong sạch, vững mạnh của chi bộ ${tag}`;

  // The committee issues a monthly form whose report for this month is open from the first day of the month:
  // whatever else the shared demo holds, the office cell has something to send.
  const committee = await playwright.request.newContext({ baseURL: info.project.use.baseURL });
  const login = await committee.post('/api/auth/login', {
    data: { username: 'committee', password: DEMO_PASSWORD },
  });
  expect(login.ok()).toBe(true);
  const { csrfToken } = await login.json();
  const me = await (await committee.get('/api/auth/me')).json();
  const committeeId = me.roles.find((r: { role: string }) => r.role === 'committee').unitId as string;
  const created = await committee.post('/api/report-forms', {
    headers: { 'x-csrf-token': csrfToken },
    data: {
      ownerUnitId: committeeId,
      code: `E2E-HOME-${tag}`,
      name,
      periodType: 'month',
      submitterKinds: ['cell'],
      dueDays: 10,
      opensDaysBefore: 40,
      startsOn: month.first,
      description: null,
      definition: {
        sections: [
          {
            key: 'results',
            title: 'Kết quả thực hiện',
            fields: [
              {
                kind: 'text',
                key: 'results',
                label: 'Kết quả nổi bật',
                help: null,
                maxLength: 4000,
                required: true,
                retired: false,
              },
            ],
          },
        ],
        rules: [],
      },
    },
  });
  expect(created.status()).toBe(201);
  await committee.dispose();

  await signIn(page, 'secretary');
  await page.goto('/');
  const card = page.locator('.home-reports');
  await expect(card.getByRole('heading', { name: /^Báo cáo cần nộp \([\d.]+\)$/ })).toBeVisible();
  const items = card.getByRole('listitem');
  const shown = await items.count();
  expect(shown).toBeGreaterThan(0);
  expect(shown).toBeLessThanOrEqual(5);
  // Each line: the form, the period, the due day (dd/mm/yyyy) and how it stands in words.
  for (let i = 0; i < shown; i++) {
    await expect(items.nth(i)).toContainText(/(Tháng|Quý|Tuần|Năm|\d{2}\/\d{4}).* · hạn \d{2}\/\d{2}\/\d{4}/);
    await expect(items.nth(i)).toContainText(
      /Quá hạn \d+ ngày|Còn \d+ ngày|Hạn cuối là hôm nay|Bị trả lại|Đã gửi, chờ duyệt/,
    );
  }
  const heading = (await card.getByRole('heading').textContent()) ?? '';
  const total = Number(heading.match(/\(([\d.]+)\)/)?.[1]?.replace(/\./g, ''));
  const rest = card.getByRole('link', { name: /^(Xem [\d.]+ báo cáo còn lại|Mở báo cáo định kỳ)$/ });
  await expect(rest).toHaveAttribute('href', '/reports');
  expect(total).toBeGreaterThanOrEqual(shown);
  if (total > shown)
    await expect(rest).toHaveText(`Xem ${(total - shown).toLocaleString('vi-VN')} báo cáo còn lại`);
  await expectNoHorizontalOverflow(page);
  await expectAccessible(page);

  // The most urgent report opens from the card (made as a draft on first opening).
  const first = items.first().locator('.home-report-form');
  const formName = (await first.textContent()) ?? '';
  await first.click();
  await expect(page).toHaveURL(/\/reports\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(formName);
});
