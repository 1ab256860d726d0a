import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ethnicities, religions } from '../../../domain/member-codes';
import {
  columnForHeader,
  type ExportedMember,
  ethnicityList,
  excelSerialToIso,
  layout,
  parseDate,
  type RawCell,
  religionList,
  sexList,
  statusList,
} from './layout';

const member: ExportedMember = {
  fullName: 'Nguyễn Thị Ánh',
  birthDate: '1975-08-07',
  sex: 'female',
  ethnicityCode: '23',
  religionCode: '05',
  citizenId: '001175001234',
  hometownOld: 'Xã Yên Sở, huyện Hoài Đức, Hà Nội',
  residenceNew: 'Phường Cầu Giấy, Hà Nội',
  admissionDate: '2000-05-19',
  officialDate: '2001-05-19',
  cardNumber: '01234567',
  recordNumber: '012345-01',
  unitName: 'Chi bộ A',
  generalEducation: '12/12',
  professionalDegree: 'master',
  academicTitle: 'associate_professor',
  theoryLevel: 'advanced',
  job: 'Giảng viên',
  workplace: 'Trường Đại học X',
  phone: '0912345678',
  email: 'anh@example.vn',
  status: 'official',
};

/** A formatted cell as a workbook reader gives it back. */
const asRead = (cell: ReturnType<(typeof layout)[number]['format']>): RawCell => cell;

describe('member exchange layout', () => {
  it('has the 23 national columns in order, with Vietnamese headers', () => {
    expect(layout.map((c) => c.header)).toEqual([
      'STT',
      'Họ và tên',
      'Ngày sinh',
      'Giới tính',
      'Dân tộc',
      'Tôn giáo',
      'Số CCCD',
      'Quê quán',
      'Nơi ở hiện nay',
      'Ngày vào Đảng',
      'Ngày chính thức',
      'Số thẻ đảng viên',
      'Số lý lịch đảng viên',
      'Chi bộ',
      'Trình độ GDPT',
      'Trình độ chuyên môn',
      'Học hàm',
      'Lý luận chính trị',
      'Nghề nghiệp',
      'Đơn vị công tác',
      'Điện thoại',
      'Email',
      'Tình trạng',
    ]);
  });

  it('format then parse gives back every field', () => {
    for (const c of layout) {
      if (!c.field) continue;
      const parsed = c.parse(asRead(c.format(member, 1)));
      expect(parsed, c.key).toEqual({ ok: true, value: member[c.field as keyof ExportedMember] });
    }
  });

  it('writes code lists as the names the national export uses', () => {
    const cells = Object.fromEntries(layout.map((c) => [c.key, c.format(member, 3)]));
    expect(cells).toMatchObject({
      stt: 3,
      sex: 'Nữ',
      ethnicityCode: 'Bru - Vân Kiều',
      religionCode: 'Phật giáo Hòa Hảo',
      birthDate: { date: '1975-08-07' },
      professionalDegree: 'Thạc sĩ',
      academicTitle: 'Phó Giáo sư',
      theoryLevel: 'Cao cấp',
      status: 'Đảng viên chính thức',
    });
  });

  it('reads every ethnic group and religion by name, by name without tone marks and by code', () => {
    for (const [code, name] of ethnicities) {
      expect(ethnicityList.parse(name)).toEqual({ ok: true, value: code });
      expect(
        ethnicityList.parse(
          name
            .normalize('NFD')
            .replace(/\p{Mn}/gu, '')
            .toUpperCase(),
        ),
      ).toEqual({
        ok: true,
        value: code,
      });
      expect(ethnicityList.parse(code)).toEqual({ ok: true, value: code });
      expect(ethnicityList.parse(Number(code))).toEqual({ ok: true, value: code });
    }
    for (const [code, name] of religions) expect(religionList.parse(name)).toEqual({ ok: true, value: code });
    expect(ethnicityList.parse("H'Mông")).toEqual({ ok: true, value: '08' });
    expect(ethnicityList.parse('Người sao Hỏa')).toMatchObject({ ok: false });
  });

  it('reads Nam / Nữ in any case and NFD, and refuses anything else', () => {
    expect(sexList.parse('nam')).toEqual({ ok: true, value: 'male' });
    expect(sexList.parse('Nữ'.normalize('NFD'))).toEqual({ ok: true, value: 'female' });
    expect(sexList.parse('NU')).toEqual({ ok: true, value: 'female' });
    expect(sexList.parse('x')).toMatchObject({ ok: false, reason: expect.stringContaining('giới tính') });
    expect(statusList.parse('Chính thức')).toEqual({ ok: true, value: 'official' });
    expect(statusList.parse('du bi')).toEqual({ ok: true, value: 'probationary' });
  });

  it('reads dates typed as text dd/mm/yyyy, real dates, ISO and serials; impossible dates are bad', () => {
    expect(parseDate('07/08/1975')).toEqual({ ok: true, value: '1975-08-07' });
    expect(parseDate('7/8/1975')).toEqual({ ok: true, value: '1975-08-07' });
    expect(parseDate('07-08-1975')).toEqual({ ok: true, value: '1975-08-07' });
    expect(parseDate('07.08.1975')).toEqual({ ok: true, value: '1975-08-07' });
    expect(parseDate('1975-08-07')).toEqual({ ok: true, value: '1975-08-07' });
    expect(parseDate({ date: '1975-08-07' })).toEqual({ ok: true, value: '1975-08-07' });
    expect(parseDate(27613)).toEqual({ ok: true, value: '1975-08-07' });
    expect(parseDate('31/02/1980')).toMatchObject({
      ok: false,
      reason: expect.stringContaining('không tồn tại'),
    });
    expect(parseDate('29/02/1981')).toMatchObject({ ok: false });
    expect(parseDate('29/02/1980')).toEqual({ ok: true, value: '1980-02-29' });
    expect(parseDate('hôm qua')).toMatchObject({ ok: false, reason: expect.stringContaining('dd/mm/yyyy') });
    expect(parseDate(null)).toEqual({ ok: true, value: null });
    expect(parseDate('  ')).toEqual({ ok: true, value: null });
  });

  it('dd/mm/yyyy text and serial agree with the calendar for any date', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1901-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }),
        (d) => {
          const iso = d.toISOString().slice(0, 10);
          const [y, m, day] = iso.split('-');
          expect(parseDate(`${day}/${m}/${y}`)).toEqual({ ok: true, value: iso });
          const serial = Math.round(Date.UTC(Number(y), Number(m) - 1, Number(day)) / 86_400_000) + 25569;
          expect(excelSerialToIso(serial)).toBe(iso);
        },
      ),
    );
  });

  it('puts back the leading zeros Excel strips from numbers', () => {
    const cccd = layout.find((c) => c.key === 'citizenId');
    const phone = layout.find((c) => c.key === 'phone');
    expect(cccd?.parse(1175001234)).toEqual({ ok: true, value: '001175001234' });
    expect(phone?.parse(912345678)).toEqual({ ok: true, value: '0912345678' });
  });

  it('recognises the national headers and common variants, whatever the accents and case', () => {
    expect(columnForHeader('Họ và tên')).toBe('fullName');
    expect(columnForHeader('HO TEN')).toBe('fullName');
    expect(columnForHeader('Số căn cước công dân')).toBe('citizenId');
    expect(columnForHeader('Ngày vào Đảng'.normalize('NFD'))).toBe('admissionDate');
    expect(columnForHeader('Sở thích')).toBeNull();
  });
});
