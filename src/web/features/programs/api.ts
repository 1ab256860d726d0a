import { queryOptions } from '@tanstack/react-query';
import type { z } from 'zod';
import type { Me } from '../../../contracts/auth';
import type {
  createProgramBody,
  createProgramItemBody,
  ProgramDetail,
  ProgramItem,
  programSummary,
} from '../../../contracts/programs';
import type { Role } from '../../../contracts/roles';
import { apiGet } from '../../app/api';
import { queryClient } from '../../app/queryClient';

export type { ProgramDetail, ProgramItem };
export type ProgramSummary = z.infer<typeof programSummary>;
export type CreateProgramBody = z.input<typeof createProgramBody>;
export type ItemBody = z.input<typeof createProgramItemBody>;

export const programKeys = {
  all: ['programs'] as const,
  list: (unitId: string, year: number) => ['programs', 'list', unitId, year] as const,
  one: (id: string) => ['programs', 'one', id] as const,
};

export const programPath = (id: string, rest = '') => `/api/programs/${encodeURIComponent(id)}${rest}`;
export const itemPath = (id: string, rest = '') => `/api/programs/items/${encodeURIComponent(id)}${rest}`;

export const programsQuery = (unitId: string, year: number) =>
  queryOptions({
    queryKey: programKeys.list(unitId, year),
    queryFn: ({ signal }) =>
      apiGet<{ items: ProgramSummary[] }>('/api/programs', { unitId, year, subtree: true }, signal),
    enabled: Boolean(unitId),
  });

export const programQuery = (id: string) =>
  queryOptions({
    queryKey: programKeys.one(id),
    queryFn: ({ signal }) => apiGet<ProgramDetail>(programPath(id), undefined, signal),
  });

/** Every write answers the whole program: keep it and let the lists recount. */
export function storeProgram(program: ProgramDetail) {
  queryClient.setQueryData(programKeys.one(program.id), program);
  void queryClient.invalidateQueries({ queryKey: ['programs', 'list'] });
}

const writerRoles: readonly Role[] = ['admin', 'committee', 'cell_secretary'];
export const canWritePrograms = (me: Me) => me.roles.some((g) => writerRoles.includes(g.role));
/** The unit a user starts from: where they hold their first role. */
export const defaultUnit = (me: Me): string | undefined => me.roles[0]?.unitId;
