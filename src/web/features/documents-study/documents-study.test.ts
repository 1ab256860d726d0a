import { describe, expect, it } from 'vitest';
import type { Me } from '../../../contracts/auth';
import { defaultAssigningUnit, mayRecord, seesDashboard } from './access';
import type { StudyTarget } from './api';
import { documentTitle, memberShare } from './text';

const committeeUnit = '00000000-0000-4000-8000-000000000001';
const cell = '00000000-0000-4000-8000-000000000002';
const otherCell = '00000000-0000-4000-8000-000000000003';

const meWith = (roles: Me['roles']): Me => ({
  user: {
    id: '00000000-0000-4000-8000-0000000000aa',
    username: 'u',
    fullName: 'U',
    email: null,
    locale: 'vi',
    totpEnabled: false,
  },
  roles,
  modules: ['documents'],
  csrfToken: 'x',
  totpEnrollmentRequired: false,
});
const grant = (role: Me['roles'][number]['role'], unitId: string) => ({ role, unitId, unitName: 'X' });
const target = (unitId: string) => ({ unitId }) as StudyTarget;

describe('study shares and titles', () => {
  it('counts a cell without members as no share rather than 0 %, and never above all members', () => {
    expect(memberShare(0, 0)).toBeNull();
    expect(memberShare(3, 4)).toBe(0.75);
    expect(memberShare(5, 4)).toBe(1);
  });

  it('names a document by its number when it has one', () => {
    expect(documentTitle('05-CT/TW', 'Về tăng cường')).toBe('05-CT/TW — Về tăng cường');
    expect(documentTitle(null, 'Về tăng cường')).toBe('Về tăng cường');
  });
});

describe('who is offered what', () => {
  it('assigns from the committee unit, whatever other roles come first', () => {
    const me = meWith([grant('member', cell), grant('committee', committeeUnit)]);
    expect(defaultAssigningUnit(me)).toBe(committeeUnit);
    expect(defaultAssigningUnit(meWith([grant('member', cell)]))).toBe(cell);
  });

  it('offers recording to the cell secretary for the own cell only, and to writers of the assignment', () => {
    const secretary = meWith([grant('cell_secretary', cell), grant('member', cell)]);
    expect(mayRecord(secretary, { canWrite: false }, target(cell))).toBe(true);
    expect(mayRecord(secretary, { canWrite: false }, target(otherCell))).toBe(false);
    expect(mayRecord(meWith([grant('member', cell)]), { canWrite: false }, target(cell))).toBe(false);
    expect(mayRecord(meWith([grant('committee', committeeUnit)]), { canWrite: true }, target(cell))).toBe(
      true,
    );
  });

  it('shows the dashboard to every role but the plain member', () => {
    expect(seesDashboard(meWith([grant('member', cell)]))).toBe(false);
    expect(seesDashboard(meWith([grant('cell_secretary', cell)]))).toBe(true);
    expect(seesDashboard(meWith([grant('viewer', committeeUnit)]))).toBe(true);
  });
});
