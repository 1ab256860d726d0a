import { expect, type Page, type TestInfo, test } from '@playwright/test';
import { expectAccessible, expectNoHorizontalOverflow, pickOption, pickUnit, signIn } from './helpers';

/** The unit page's sections are tabs on wide screens and a grid of buttons on phones. */
async function openSection(page: Page, info: TestInfo, name: string) {
  const control =
    info.project.name === 'phone'
      ? page.getByRole('main').getByRole('button', { name, exact: true })
      : page.getByRole('tab', { name });
  await control.click();
}

async function fillDate(page: Page, label: string, value: string) {
  const input = page.getByLabel(label);
  await input.fill(value);
  await input.press('Enter');
}

test('the tree shows member counts and can show the tree as it was on a past date', async ({ page }) => {
  // Two trees (today's and a past one), each scanned for accessibility.
  test.slow();
  await signIn(page, 'committee');
  await page.goto('/org');
  const tree = page.getByRole('tree');
  await expect(tree).toContainText(/\d+ chính thức/);
  await expect(tree).toContainText(/\d+ dự bị/);
  await expectAccessible(page);
  await expectNoHorizontalOverflow(page);

  await fillDate(page, 'Xem cây tổ chức tại ngày', '01/01/2024');
  await expect(page.getByText('Đang xem cây tổ chức như tại ngày 01/01/2024')).toBeVisible();
  await expect(page).toHaveURL(/asOf=2024-01-01/);
  await expectAccessible(page);
  await expectNoHorizontalOverflow(page);
  await page.getByRole('button', { name: 'Xem cây hiện nay' }).click();
  await expect(page.getByText(/Đang xem cây tổ chức như tại ngày/)).toBeHidden();
});

test('the unit page shows its leadership, sub-units, members and history', async ({ page }, info) => {
  // Four sections, each scanned for accessibility.
  test.slow();
  await signIn(page, 'committee');
  await page.goto('/org');
  await page.getByRole('link', { name: 'Mở trang tổ chức' }).click();
  await expect(page).toHaveURL(/\/org\/units\//);
  await expect(page.getByRole('heading', { level: 2, name: 'Thông tin chung' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 3, name: 'Các cơ quan lãnh đạo' })).toBeVisible();
  await expectAccessible(page);
  await expectNoHorizontalOverflow(page);

  await openSection(page, info, 'Đơn vị trực thuộc');
  await expect(page.getByRole('main').locator('a[href^="/org/units/"]').first()).toBeVisible();
  await expectAccessible(page);
  await expectNoHorizontalOverflow(page);

  await openSection(page, info, 'Đảng viên');
  await expect(page.getByText('Tổng số đảng viên')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Xem danh sách đảng viên' })).toHaveAttribute(
    'href',
    /\/members\?unitId=/,
  );
  await expectAccessible(page);

  await openSection(page, info, 'Lịch sử');
  await expect(page.getByRole('list', { name: 'Các sự kiện, mới nhất trước' })).toBeVisible();
  await expectAccessible(page);
  await expectNoHorizontalOverflow(page);
});

test('a committee member founds a cell, renames it by decision and dissolves it; the history says so', async ({
  page,
}, info) => {
  const name = `Chi bộ Lịch sử ${info.project.name}`;
  const renamed = `${name} (đổi tên)`;
  await signIn(page, 'committee');
  await page.goto('/org');
  await page.getByRole('button', { name: 'Thêm tổ chức trực thuộc' }).click();
  let dialog = page.getByRole('dialog');
  await pickOption(page, dialog, 'Loại tổ chức', 'Chi bộ');
  await dialog.getByLabel('Tên tổ chức').fill(name);
  await dialog.getByLabel('Mã').fill(`LS-${info.project.name}`);
  await dialog.getByLabel('Quyết định thành lập (không bắt buộc)').fill('101-QĐ/ĐU');
  await dialog.getByRole('button', { name: 'Lưu' }).click();
  await expect(page.getByText(`Đã thêm tổ chức ${name}.`)).toBeVisible();

  await page.getByRole('link', { name: 'Mở trang tổ chức' }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await page.getByRole('button', { name: 'Đổi tên theo quyết định' }).click();
  dialog = page.getByRole('dialog');
  await dialog.getByLabel('Tên mới').fill(renamed);
  await dialog.getByRole('button', { name: 'Đổi tên theo quyết định' }).click();
  await expect(dialog.getByText('Vui lòng nhập số quyết định.')).toBeVisible();
  await dialog.getByLabel('Số quyết định').fill('102-QĐ/ĐU');
  await dialog.getByRole('button', { name: 'Đổi tên theo quyết định' }).click();
  await expect(page.getByRole('heading', { level: 1, name: renamed })).toBeVisible();

  await page.getByRole('button', { name: 'Giải thể' }).click();
  dialog = page.getByRole('dialog');
  await dialog.getByLabel('Số quyết định').fill('103-QĐ/ĐU');
  await dialog.getByRole('button', { name: 'Giải thể' }).click();
  await expect(page.getByText(/Tổ chức này đã giải thể từ ngày \d{2}\/\d{2}\/\d{4}/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Đổi tên theo quyết định' })).toHaveCount(0);

  await openSection(page, info, 'Lịch sử');
  const events = page.getByRole('list', { name: 'Các sự kiện, mới nhất trước' });
  await expect(events).toContainText('Giải thể');
  await expect(events).toContainText(`Đổi tên từ «${name}» thành «${renamed}»`);
  await expect(events).toContainText(/Thành lập, trực thuộc/);
  await expect(events).toContainText('102-QĐ/ĐU');
  await expectAccessible(page);
  await expectNoHorizontalOverflow(page);
});

/** Founds a unit under the top of the committee's tree through the "add a subordinate unit" dialog. */
async function foundUnit(page: Page, kind: string, name: string, code: string) {
  await page.goto('/org');
  await page.getByRole('button', { name: 'Thêm tổ chức trực thuộc' }).click();
  const dialog = page.getByRole('dialog');
  await pickOption(page, dialog, 'Loại tổ chức', kind);
  await dialog.getByLabel('Tên tổ chức').fill(name);
  await dialog.getByLabel('Mã').fill(code);
  await dialog.getByRole('button', { name: 'Lưu' }).click();
  await expect(page.getByText(`Đã thêm tổ chức ${name}.`)).toBeVisible();
}

test('a committee member moves a cell under a partial committee and sees it in the tree history', async ({
  page,
}, info) => {
  const partial = `Đảng bộ bộ phận Khối ${info.project.name}`;
  const cell = `Chi bộ Chuyển ${info.project.name}`;
  await signIn(page, 'committee');
  await foundUnit(page, 'Đảng bộ bộ phận', partial, `BP-${info.project.name}`);
  await foundUnit(page, 'Chi bộ', cell, `CC-${info.project.name}`);
  await page.getByRole('link', { name: 'Mở trang tổ chức' }).click();
  await expect(page.getByRole('heading', { level: 1, name: cell })).toBeVisible();

  await page.getByRole('button', { name: 'Chuyển sang tổ chức khác' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText(`${cell} cùng các tổ chức trực thuộc`);
  // Typing searches the whole tree on the server: the new partial committee is found without opening branches.
  await pickUnit(page, dialog, 'Tổ chức cấp trên mới', partial);
  await dialog.getByLabel('Số quyết định').fill('104-QĐ/ĐU');
  await dialog.getByRole('button', { name: 'Chuyển sang tổ chức khác' }).click();
  await expect(page.getByText(`Đã chuyển ${cell} sang tổ chức cấp trên mới.`)).toBeVisible();
  const breadcrumb = page.getByRole('navigation', { name: 'Trực thuộc' });
  await expect(breadcrumb.getByRole('link', { name: partial })).toBeVisible();

  await openSection(page, info, 'Lịch sử');
  const events = page.getByRole('list', { name: 'Các sự kiện, mới nhất trước' });
  await expect(events).toContainText(new RegExp(`Chuyển từ .+ sang ${partial}`));
  await expect(events).toContainText('104-QĐ/ĐU');
  await expectAccessible(page);
  await expectNoHorizontalOverflow(page);

  // The partial committee's page lists the cell among its sub-units now.
  await breadcrumb.getByRole('link', { name: partial }).click();
  await expect(page.getByRole('heading', { level: 1, name: partial })).toBeVisible();
  await openSection(page, info, 'Đơn vị trực thuộc');
  await expect(page.getByRole('main')).toContainText(cell);
});

test('a cell secretary manages the offices of the own cell but cannot restructure the tree', async ({
  page,
}) => {
  await signIn(page, 'secretary');
  await page.goto('/org');
  await expect(page.getByRole('tree')).toContainText('Chi bộ Văn phòng');
  await expect(page.getByRole('button', { name: 'Đổi tên theo quyết định' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Giải thể' })).toHaveCount(0);
  await page.getByRole('link', { name: 'Mở trang tổ chức' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Chi bộ Văn phòng' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Thêm chức vụ' }).first()).toBeVisible();
  await expectAccessible(page);
  await expectNoHorizontalOverflow(page);
});
