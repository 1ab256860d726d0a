import AxeBuilder from '@axe-core/playwright';
import { expect, type Locator, type Page } from '@playwright/test';

export const DEMO_PASSWORD = 'demo1234';

export async function signIn(page: Page, username: string) {
  await page.goto('/login');
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page.getByRole('main')).toBeVisible();
  await expect(page).not.toHaveURL(/\/login/);
}

/** Fails on any serious or critical accessibility finding, listing them. */
export async function expectAccessible(page: Page) {
  // Scan the settled page: fade-in animations and loading buttons show colours a reader never rests on.
  await page.waitForLoadState('networkidle');
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(
    bad.map(
      (v) =>
        `${new URL(page.url()).pathname} ${v.id}: ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(', ')}`,
    ),
  ).toEqual([]);
}

/** Nothing sticks out sideways at the current width (phone layouts). */
export async function expectNoHorizontalOverflow(page: Page) {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(1);
}

/** The name links of a member list (table rows on desktop, cards on phones), not the list's own page links. */
export const memberLinks = (page: Page) =>
  page.getByRole('main').locator('a[href^="/members/"]:not([href*="statistics"]):not([href*="import"])');

/**
 * Chooses an option of an Ant Design select and checks that the select shows it: the dropdown opens with an
 * animation, and a click that lands while it moves can pick the neighbouring option, so the pick is retried.
 */
export async function pickOption(page: Page, scope: Locator, label: string, option: string) {
  const open = page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)').first();
  await expect(async () => {
    // A second click on the field would close the list again: open it only when it is not open.
    if (!(await open.isVisible())) await scope.getByLabel(label).click({ timeout: 3000 });
    // A dialog that is still zooming in carries the list with it, and a moving option cannot be clicked.
    await settled(page);
    await open.locator('.ant-select-item-option').getByText(option, { exact: true }).click({ timeout: 2000 });
    // The select shows its value in an element titled with it.
    await expect(scope.getByTitle(option, { exact: true })).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 20_000 });
}

/** Waits (a little) until no CSS animation or transition runs on the page. */
export async function settled(page: Page) {
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'), null, {
    timeout: 3000,
  });
}

/** Types a date into an Ant Design date picker and checks the picker shows it. */
export async function typeInPicker(scope: Locator, label: string, value: string) {
  const input = scope.getByLabel(label, { exact: true });
  await input.click();
  await input.fill(value);
  await input.press('Enter');
  await expect(input).toHaveValue(value);
}

/** Picks a unit in a tree select by typing part of its name (the committee's cells are loaded with it). */
export async function pickUnit(page: Page, scope: Locator, label: string, name: string) {
  await expect(async () => {
    const input = scope.getByLabel(label, { exact: true });
    await input.click({ timeout: 3000 });
    await input.fill(name, { timeout: 3000 });
    await settled(page);
    await page
      .locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-tree-title')
      .filter({ hasText: name })
      .first()
      .click({ timeout: 2000 });
    await expect(scope.getByTitle(new RegExp(`^${name}`))).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 15_000 });
}
