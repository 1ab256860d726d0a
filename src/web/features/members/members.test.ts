import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import type { Member } from '../../../contracts/members';
import {
  changedFields,
  createBody,
  differingFields,
  formValuesOf,
  rebaseOnLatest,
  recordValues,
} from './form-values';
import { activeFilters, hasFilters, parseMemberSearch, parseStatisticsSearch } from './search';
import { breakdownRows, describeRows } from './stats';

const member: Member = {
  visibility: 'full',
  id: '5a3c1f1e-0000-4000-8000-000000000001',
  fullName: 'Phan Xuân Dũng',
  unitId: '5a3c1f1e-0000-4000-8000-0000000000aa',
  unitName: 'Chi bộ Văn phòng',
  status: 'official',
  positions: [],
  birthDate: '1960-05-19',
  sex: 'male',
  phone: '0912 345 678',
  admissionDate: '1985-02-03',
  officialDate: '1986-02-03',
  citizenId: '001060012345',
  cardNumber: null,
  ethnicityCode: '01',
  religionCode: '00',
  hometownOld: 'Xã Yên Phong, huyện Ý Yên, tỉnh Nam Định',
  hometownNew: null,
  residenceOld: null,
  residenceNew: null,
  admissionAgeException: null,
  recordNumber: null,
  generalEducation: '10/10',
  professionalDegree: 'doctor',
  major: null,
  academicTitle: 'professor',
  theoryLevel: 'advanced',
  job: null,
  workplace: null,
  email: null,
  statusSince: '1986-02-03',
  partyAgeYears: 40,
  version: 3,
  canEdit: true,
};

describe('member form values', () => {
  it('leave an untouched record unchanged', () => {
    expect(changedFields(member, formValuesOf(member))).toEqual({});
  });

  it('send only the edited fields, trimmed, with emptied ones as null', () => {
    const values = {
      ...formValuesOf(member),
      phone: '  0987 654 321 ',
      hometownOld: '',
      officialDate: dayjs('1986-03-01'),
    };
    expect(changedFields(member, values)).toEqual({
      phone: '0987 654 321',
      hometownOld: null,
      officialDate: '1986-03-01',
    });
  });

  it('clear a code or a date that the user emptied', () => {
    const values = { ...formValuesOf(member), academicTitle: undefined, admissionDate: null };
    expect(changedFields(member, values)).toEqual({ academicTitle: null, admissionDate: null });
  });

  it('store names in NFC', () => {
    const decomposed = 'Phan Xuân Dũng'.normalize('NFD');
    expect(recordValues({ fullName: decomposed }).fullName).toBe('Phan Xuân Dũng');
    expect(changedFields(member, { ...formValuesOf(member), fullName: decomposed })).toEqual({});
  });

  it('build a creation body without empty fields', () => {
    const body = createBody({
      fullName: ' Nguyễn Thị Mai ',
      birthDate: dayjs('1990-01-02'),
      sex: 'female',
      ethnicityCode: '01',
      religionCode: '00',
      citizenId: '',
      unitId: member.unitId,
      status: 'probationary',
      statusSince: null,
    });
    expect(body).toEqual({
      fullName: 'Nguyễn Thị Mai',
      birthDate: '1990-01-02',
      sex: 'female',
      ethnicityCode: '01',
      religionCode: '00',
      unitId: member.unitId,
      status: 'probationary',
    });
  });

  it('after a conflict, keep what the user typed and take what only the other person changed', () => {
    const latest: Member = { ...member, email: 'khac@vusta.vn', phone: '0900 000 000', version: 4 };
    const typed = { ...formValuesOf(member), phone: '0912 000 222', major: 'Hóa học' };
    const { values, theirs } = rebaseOnLatest(member, latest, typed);
    expect(theirs).toEqual(['phone', 'email']);
    expect(values.email).toBe('khac@vusta.vn');
    expect(values.phone).toBe('0912 000 222');
    expect(changedFields(latest, values)).toEqual({ phone: '0912 000 222', major: 'Hóa học' });
  });

  it('name the fields that differ between two versions of a record', () => {
    const latest: Member = { ...member, phone: '0900 000 000', email: 'a@b.vn', version: 4 };
    expect(differingFields(member, latest)).toEqual(['phone', 'email']);
  });
});

describe('member list address', () => {
  it('keeps known filter values and drops unknown ones', () => {
    expect(
      parseMemberSearch({
        q: ' phan xuan dung ',
        unitId: member.unitId,
        status: 'official',
        sex: 'other',
        ageBand: '61_70',
        theoryLevel: 'advanced',
        professionalDegree: 'wizard',
      }),
    ).toEqual({
      q: 'phan xuan dung',
      unitId: member.unitId,
      status: 'official',
      sex: undefined,
      ageBand: '61_70',
      ethnicityCode: undefined,
      professionalDegree: undefined,
      theoryLevel: 'advanced',
    });
  });

  it('restores two-digit ethnicity codes that the URL parser turned into numbers', () => {
    expect(parseMemberSearch({ ethnicityCode: 1 }).ethnicityCode).toBe('01');
    expect(parseMemberSearch({ ethnicityCode: 12 }).ethnicityCode).toBe('12');
    expect(parseMemberSearch({ ethnicityCode: '99' }).ethnicityCode).toBeUndefined();
  });

  it('rejects a unit that is not an id and a date that is not ISO', () => {
    expect(parseMemberSearch({ unitId: 'abc' }).unitId).toBeUndefined();
    expect(parseStatisticsSearch({ unitId: member.unitId, asOf: '01/02/2024' })).toEqual({
      unitId: member.unitId,
      asOf: undefined,
    });
    expect(parseStatisticsSearch({ asOf: '2024-02-01' }).asOf).toBe('2024-02-01');
  });

  it('knows when the list is narrowed', () => {
    const search = parseMemberSearch({});
    expect(hasFilters(search)).toBe(false);
    expect(activeFilters({ ...search, sex: 'female' })).toEqual({ sex: 'female' });
    expect(hasFilters({ ...search, q: 'mai' })).toBe(true);
  });
});

describe('statistics rows', () => {
  const label = (key: string) => key.toUpperCase();

  it('follow the code list, fill missing values with 0 and put "not recorded" last', () => {
    const rows = breakdownRows(
      [
        { key: null, count: 2 },
        { key: 'b', count: 3 },
        { key: 'a', count: 5 },
      ],
      { order: ['a', 'b', 'c'], label, notRecorded: 'Chưa ghi', total: 10 },
    );
    expect(rows).toEqual([
      { key: 'a', label: 'A', count: 5, percent: 50 },
      { key: 'b', label: 'B', count: 3, percent: 30 },
      { key: 'c', label: 'C', count: 0, percent: 0 },
      { key: null, label: 'Chưa ghi', count: 2, percent: 20 },
    ]);
  });

  it('put values outside the list after it, largest first', () => {
    const rows = breakdownRows(
      [
        { key: '07', count: 1 },
        { key: '01', count: 9 },
        { key: '03', count: 4 },
      ],
      { label, notRecorded: '-', total: 14 },
    );
    expect(rows.map((row) => [row.key, row.count])).toEqual([
      ['01', 9],
      ['03', 4],
      ['07', 1],
    ]);
    expect(rows[1]?.percent).toBe(28.6);
  });

  it('describe a chart in words', () => {
    const rows = breakdownRows([{ key: 'a', count: 2 }], {
      order: ['a', 'b'],
      label,
      notRecorded: '-',
      total: 2,
    });
    expect(describeRows('Theo giới tính', rows)).toBe('Theo giới tính: A 2, B 0');
  });
});
