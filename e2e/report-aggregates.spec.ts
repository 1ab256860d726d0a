import { expect, test } from '@playwright/test';
import { expectAccessible, expectNoHorizontalOverflow, pickOption, signIn } from './helpers';

/**
 * The committee reads the figures of its cells' accepted monthly reports (the demo's BC-CB-THANG form), opens
 * one child unit and comes back by the breadcrumb; the trend and the compiled texts are on the
 * same page. On a phone nothing sticks out sideways.
 */
test('the committee reads the aggregated figures, drills into a unit and comes back', async ({
  page,
}, info) => {
  await signIn(page, 'committee');
  await page.goto('/reports/aggregate');
  const main = page.getByRole('main');
  await expect(main.getByRole('heading', { level: 1, name: 'Tổng hợp số liệu báo cáo' })).toBeVisible();
  await pickOption(page, main, 'Biểu mẫu báo cáo', 'BC-CB-THANG — Báo cáo tháng của chi bộ');
  await expect(main.getByText('Chỉ tổng hợp báo cáo đã được tiếp nhận', { exact: false })).toBeVisible();
  await expect(main.getByRole('heading', { name: /^Số liệu toàn / })).toBeVisible();
  await expect(main.getByText('Tổng số đảng viên').first()).toBeVisible();
  await expect(main.getByRole('heading', { name: 'Diễn biến qua 12 kỳ' })).toBeVisible();
  await expect(main.getByRole('heading', { name: 'Tổng hợp ý kiến các chi bộ' })).toBeVisible();
  await expect(main.locator('.compiled-entry').first()).toBeVisible();
  if (info.project.name === 'phone') await expectNoHorizontalOverflow(page);
  await expectAccessible(page);

  // One level down and back: the breadcrumb names the committee above.
  const top = await main.getByRole('heading', { name: /^Số liệu toàn / }).innerText();
  const children = main
    .locator('.ant-card')
    .filter({ has: page.getByRole('heading', { name: 'Theo đơn vị trực thuộc' }) });
  await children.getByRole('link').first().click();
  await expect(main.getByRole('heading', { name: /^Số liệu toàn / })).not.toHaveText(top);
  await main.getByRole('navigation', { name: 'Vị trí đơn vị' }).getByRole('link').last().click();
  await expect(main.getByRole('heading', { name: /^Số liệu toàn / })).toHaveText(top);

  // The previous period is one click away.
  const period = main.locator('.period-name');
  const shown = await period.innerText();
  await main.getByRole('button', { name: 'Kỳ trước' }).click();
  await expect(period).not.toHaveText(shown);
});
