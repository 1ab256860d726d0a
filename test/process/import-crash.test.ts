import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { XLSX_CONTENT_TYPE } from '../../src/contracts/exchange';
import { queryRows } from '../../src/server/db/client';
import { memberRow, xlsxOf } from '../exchange-files';
import {
  cleanup,
  copyDataDir,
  makeTemplateDataDir,
  rootUnit,
  Server,
  Session,
  type UnitDto,
  withPglite,
} from './helpers';

let template: string;
beforeAll(async () => {
  template = await makeTemplateDataDir();
});
afterAll(cleanup);

const ROWS = 6000;

async function upload(session: Session, unitId: string, file: Buffer): Promise<string> {
  const res = await fetch(`${session.base}/api/exchange/imports?unitId=${unitId}&fileName=crash.xlsx`, {
    method: 'POST',
    headers: { cookie: session.cookie, 'x-csrf-token': session.csrf, 'content-type': XLSX_CONTENT_TYPE },
    body: new Uint8Array(file),
  });
  const body = (await res.json()) as { importId: string };
  if (res.status !== 202) throw new Error(`upload: ${res.status} ${JSON.stringify(body)}`);
  return body.importId;
}

async function waitUntilReady(
  session: Session,
  importId: string,
): Promise<{ status: string; counts: { new: number } }> {
  for (;;) {
    const { body } = await session.get<{ status: string; counts: { new: number } }>(
      `/api/exchange/imports/${importId}`,
    );
    if (body.status !== 'validating') return body;
    await new Promise((r) => setTimeout(r, 100));
  }
}

const membersIn = (dir: string, unitId: string) =>
  withPglite(dir, async ({ db }) => {
    const [row] = await queryRows<{ n: number }>(
      db,
      sql`select count(*)::int as n from members where unit_id = ${unitId}`,
    );
    return row?.n ?? -1;
  });

describe('killing the server while an import is being written', () => {
  it('leaves no partial batch: after a restart the cell has none of the rows, and accepting again writes all', async () => {
    const dir = copyDataDir(template);
    const server = await Server.start(['--data', dir]);
    const session = await Session.signIn(server.url);
    const root = await rootUnit(session);
    const cell = await session.post<UnitDto>('/api/units', {
      parentId: root.id,
      kind: 'cell',
      name: 'Chi bộ nhập thử',
      code: 'NT',
    });
    expect(cell.status).toBe(201);
    const file = await xlsxOf(Array.from({ length: ROWS }, () => memberRow()));
    const importId = await upload(session, cell.body.id, file);
    expect(await waitUntilReady(session, importId)).toMatchObject({ status: 'ready', counts: { new: ROWS } });

    // The accept is one transaction of several seconds; the kill lands inside it.
    const accept = session.post(`/api/exchange/imports/${importId}/accept`, {}).then(
      (res) => ({ answered: res.status }),
      () => ({ answered: null }),
    );
    setTimeout(() => server.child.kill('SIGKILL'), 300);
    expect(await server.exited).toEqual({ code: null, signal: 'SIGKILL' });
    expect(await accept).toEqual({ answered: null });
    expect(await membersIn(dir, cell.body.id)).toBe(0);

    const again = await Server.start(['--data', dir]);
    const session2 = await Session.signIn(again.url);
    const summary = await session2.get<{ status: string }>(`/api/exchange/imports/${importId}`);
    expect(summary.body.status).toBe('ready');
    const retried = await session2.post<{ status: string }>(`/api/exchange/imports/${importId}/accept`, {});
    expect(retried).toMatchObject({ status: 200, body: { status: 'applied' } });
    await again.stop();
    expect(await membersIn(dir, cell.body.id)).toBe(ROWS);
  });
});
