import i18next, { type TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import type { UnitEvent } from '../../../contracts/units';
import en from '../../locales/en.json';
import vi from '../../locales/vi.json';
import { eventText } from './eventText';

let tVi: TFunction;
let tEn: TFunction;

beforeAll(async () => {
  const make = async (lng: 'vi' | 'en') => {
    const instance = i18next.createInstance();
    await instance.init({
      lng,
      resources: { vi: { translation: vi }, en: { translation: en } },
      interpolation: { escapeValue: false },
    });
    return instance.t;
  };
  tVi = await make('vi');
  tEn = await make('en');
});

const UNIT = '00000000-0000-4000-8000-000000000001';
const OTHER = '00000000-0000-4000-8000-000000000002';

const event = (kind: UnitEvent['kind'], details: Record<string, unknown>, unitId = UNIT): UnitEvent => ({
  id: '00000000-0000-4000-8000-0000000000ff',
  unitId,
  unitName: 'Chi bộ Văn phòng',
  kind,
  effectiveOn: '2025-03-15',
  decisionRef: '125-QĐ/ĐU',
  note: null,
  details,
  createdAt: '2025-03-15T08:00:00.000Z',
});

describe('eventText', () => {
  it('says a rename from the old name to the new one', () => {
    const text = eventText(
      event('renamed', { oldName: 'Chi bộ Ban Tổ chức', newName: 'Chi bộ Văn phòng' }),
      tVi,
    );
    expect(text).toBe('Đổi tên từ «Chi bộ Ban Tổ chức» thành «Chi bộ Văn phòng»');
  });

  it('mentions a changed code with the rename, and not an unchanged one', () => {
    const changed = eventText(
      event('renamed', { fromName: 'A', toName: 'B', oldCode: 'CB01', newCode: 'CB02' }),
      tVi,
    );
    expect(changed).toBe('Đổi tên từ «A» thành «B»; mã CB01 đổi thành CB02');
    const same = eventText(event('renamed', { oldName: 'A', newName: 'B', oldCode: 'X', newCode: 'X' }), tVi);
    expect(same).toBe('Đổi tên từ «A» thành «B»');
  });

  it('says a move from the old parent to the new one, or only where it went', () => {
    expect(eventText(event('moved', { oldParentName: 'Đảng bộ A', newParentName: 'Đảng bộ B' }), tVi)).toBe(
      'Chuyển từ Đảng bộ A sang Đảng bộ B',
    );
    expect(eventText(event('moved', { toParentName: 'Đảng bộ B' }), tVi)).toBe('Chuyển sang Đảng bộ B');
  });

  it('tells the merged unit from the unit that took it in', () => {
    const merged = eventText(
      event('merged', { successorId: OTHER, successorName: 'Chi bộ 2', membersMoved: 7 }),
      tVi,
    );
    expect(merged).toBe('Sáp nhập vào Chi bộ 2 (7 đảng viên chuyển sang)');
    const absorbed = eventText(event('merged', { mergedUnitName: 'Chi bộ 1' }, OTHER), tVi);
    expect(absorbed).toBe('Tiếp nhận Chi bộ 1 sáp nhập vào');
    const bySuccessorId = eventText(event('merged', { successorId: UNIT }), tVi);
    expect(bySuccessorId).toBe('Tiếp nhận một tổ chức sáp nhập vào');
  });

  it('says dissolution and founding in plain words, in both languages', () => {
    expect(eventText(event('dissolved', {}), tVi)).toBe('Giải thể');
    expect(eventText(event('dissolved', {}), tEn)).toBe('Dissolved');
    expect(eventText(event('created', { parentName: 'Đảng bộ VUSTA' }), tVi)).toBe(
      'Thành lập, trực thuộc Đảng bộ VUSTA',
    );
  });

  it('falls back to a shorter sentence when the details lack names or have the wrong types', () => {
    expect(eventText(event('renamed', {}), tVi)).toBe('Đổi tên');
    expect(eventText(event('moved', { newParentName: 42 }), tVi)).toBe('Chuyển sang tổ chức cấp trên khác');
    expect(eventText(event('merged', { membersMoved: '3' }), tVi)).toBe('Sáp nhập vào tổ chức khác');
  });
});
