import { describe, expect, it } from 'vitest';
import { isValidKey, keyFromLabel } from './keys';

describe('keyFromLabel', () => {
  it('folds Vietnamese to ascii words joined by underscores', () => {
    expect(keyFromLabel('Số đảng viên dự sinh hoạt', new Set())).toBe('so_dang_vien_du_sinh_hoat');
    expect(keyFromLabel('  Tỷ lệ (%) ', new Set())).toBe('ty_le');
  });

  it('starts with a letter and stays within 40 characters', () => {
    expect(keyFromLabel('35 tuổi trở lên', new Set())).toBe('muc_35_tuoi_tro_len');
    expect(keyFromLabel('', new Set())).toBe('muc');
    const long = keyFromLabel(
      'Số đảng viên được miễn công tác và sinh hoạt đảng trong kỳ báo cáo',
      new Set(),
    );
    expect(long.length).toBeLessThanOrEqual(40);
    expect(isValidKey(long)).toBe(true);
  });

  it('numbers a key already taken', () => {
    expect(keyFromLabel('Ghi chú', new Set(['ghi_chu']))).toBe('ghi_chu_2');
    expect(keyFromLabel('Ghi chú', new Set(['ghi_chu', 'ghi_chu_2']))).toBe('ghi_chu_3');
  });
});
