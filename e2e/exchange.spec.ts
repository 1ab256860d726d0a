import { expect, test } from '@playwright/test';
import ExcelJS from 'exceljs';
import { nationalHeaders } from '../test/exchange-files';
import { expectAccessible, expectNoHorizontalOverflow, signIn } from './helpers';

const headers = nationalHeaders;

/** A member list as a cell keeps it in Excel: five rows, two of them bad (an impossible date, no citizen ID). */
async function memberList(suffix: string): Promise<{ file: Buffer; names: string[] }> {
  const stamp = String(Date.now()).slice(-7);
  const names = [`Vũ Thị Nhập ${suffix}`, `Đặng Quốc Khánh ${suffix}`, `Lương Văn Mới ${suffix}`];
  const row = (n: number, name: string, birth: string, cccd: string | null) => {
    const cells: Record<string, string | number | null> = {
      STT: n,
      'Họ và tên': name,
      'Ngày sinh': birth,
      'Giới tính': n % 2 ? 'Nữ' : 'Nam',
      'Dân tộc': 'Kinh',
      'Tôn giáo': 'Không',
      'Số CCCD': cccd,
      'Ngày vào Đảng': '19/05/2010',
      'Ngày chính thức': '19/05/2011',
      'Tình trạng': 'Đảng viên chính thức',
    };
    return headers.map((h) => cells[h] ?? null);
  };
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Danh sách');
  sheet.addRow(headers);
  sheet.addRow(row(1, names[0] as string, '12/04/1982', `079${suffix === 'desktop' ? '1' : '2'}${stamp}1`));
  sheet.addRow(row(2, `Sai Ngày ${suffix}`, '31/02/1985', `079${suffix === 'desktop' ? '1' : '2'}${stamp}2`));
  sheet.addRow(row(3, names[1] as string, '03/09/1979', `079${suffix === 'desktop' ? '1' : '2'}${stamp}3`));
  sheet.addRow(row(4, `Thiếu Căn Cước ${suffix}`, '01/01/1990', null));
  sheet.addRow(row(5, names[2] as string, '20/11/1988', `079${suffix === 'desktop' ? '1' : '2'}${stamp}5`));
  return { file: Buffer.from(await workbook.xlsx.writeBuffer()), names };
}

const unaccented = (text: string) =>
  text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');

test('a cell secretary imports a file with two bad rows, accepts the good rows and finds an imported member', async ({
  page,
}, info) => {
  const { file, names } = await memberList(info.project.name);
  await signIn(page, 'secretary');
  await page.goto('/members');
  await page.getByRole('link', { name: 'Nhập từ Excel' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Nhập danh sách đảng viên từ Excel' }),
  ).toBeVisible();
  await expectAccessible(page);

  await page.locator('input[type=file]').setInputFiles({
    name: 'danh-sach-chi-bo.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: file,
  });
  await page.getByRole('button', { name: 'Tải lên và kiểm tra' }).click();

  await expect(page.getByRole('heading', { level: 2, name: 'Kết quả kiểm tra' })).toBeVisible({
    timeout: 30_000,
  });
  const bad = page.getByRole('heading', { level: 2, name: 'Các dòng lỗi (2 dòng)' });
  await expect(bad).toBeVisible();
  await expect(page.getByRole('cell', { name: /31\/02\/1985/ })).toBeVisible();
  await expect(page.getByRole('cell', { name: /CCCD dùng để đối chiếu/ })).toBeVisible();
  await expectAccessible(page);
  await expectNoHorizontalOverflow(page);

  // Nothing is fixed: the three good rows go in, the two bad ones are left out.
  await page.getByRole('button', { name: 'Nhập các dòng hợp lệ (3 dòng)' }).click();
  await expect(page.getByText('Đã nhập xong vào hồ sơ đảng viên')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText('Thêm mới 3 đảng viên, cập nhật 0 hồ sơ.')).toBeVisible();

  await page.getByRole('link', { name: 'Xem danh sách đảng viên' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Đảng viên' })).toBeVisible();
  const wanted = names[1] as string;
  await page.getByLabel('Tìm đảng viên').fill(unaccented(wanted).toLowerCase());
  await page.getByLabel('Tìm đảng viên').press('Enter');
  await expect(page).toHaveURL(/q=/);
  const link = page.getByRole('main').locator('a[href^="/members/"]').filter({ hasText: wanted }).first();
  await expect(link).toBeVisible();
  await expect(page.getByRole('main').getByText(`Sai Ngày ${info.project.name}`)).toHaveCount(0);

  await link.click();
  await expect(page.getByRole('heading', { level: 1, name: wanted })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Nguồn dữ liệu nhập từ Excel' })).toBeVisible();
  await expect(page.getByText(/Tệp «danh-sach-chi-bo\.xlsx», dòng 4/)).toBeVisible();
});
