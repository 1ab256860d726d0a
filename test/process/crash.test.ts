import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../src/server/db/client';
import { createUnit } from '../../src/server/modules/org/service';
import { chainHash } from '../../src/server/platform/audit/chain';
import { systemContext } from '../../src/server/platform/context';
import { mutate } from '../../src/server/platform/mutate';
import {
  cleanup,
  cli,
  copyDataDir,
  health,
  makeTemplateDataDir,
  rootUnit,
  runCli,
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

type Outcome = { kind: 'created'; id: string } | { kind: 'refused'; status: number } | { kind: 'lost' };

describe('crash safety', () => {
  it('after SIGKILL mid-stream of writes, restarts cleanly with every unit audited once and nothing invented', async () => {
    const dir = copyDataDir(template);
    const server = await Server.start(['--data', dir]);
    const session = await Session.signIn(server.url);
    const root = await rootUnit(session);

    // 200 unit creations, 24 in flight at a time; the server is killed once 60 of them have been answered.
    const TOTAL = 200;
    const KILL_AFTER = 60;
    const outcomes = new Map<string, Outcome>();
    let answered = 0;
    let next = 0;
    const worker = async () => {
      while (next < TOTAL) {
        const code = `CR-${String(next++).padStart(3, '0')}`;
        try {
          const res = await session.post<UnitDto>('/api/units', {
            parentId: root.id,
            kind: 'cell',
            name: `Chi bộ thử sập ${code}`,
            code,
          });
          outcomes.set(
            code,
            res.status === 201
              ? { kind: 'created', id: res.body.id }
              : { kind: 'refused', status: res.status },
          );
          // A few ms later, so that the kill lands while PGlite is inside other requests' transactions.
          if (++answered === KILL_AFTER)
            setTimeout(() => server.child.kill('SIGKILL'), 3 + Math.random() * 10);
        } catch {
          outcomes.set(code, { kind: 'lost' }); // the connection died with the server: the write may or may not be in
        }
      }
    };
    await Promise.all(Array.from({ length: 24 }, worker));
    expect(await server.exited).toEqual({ code: null, signal: 'SIGKILL' });
    const created = [...outcomes].filter(([, o]) => o.kind === 'created');
    expect(created.length).toBeGreaterThanOrEqual(KILL_AFTER);
    expect([...outcomes.values()].filter((o) => o.kind === 'refused')).toEqual([]);
    expect(created.length).toBeLessThan(TOTAL); // the kill really landed mid-stream
    // The dead server's lock is still there; the restart takes it over.
    expect(readFileSync(join(dir, 'dangbo.lock'), 'utf8')).toBe(String(server.pid));

    const again = await Server.start(['--data', dir]);
    expect(await health(again.url)).toBe(200);
    const listed = await (await Session.signIn(again.url)).get<{ items: UnitDto[]; total: number }>(
      `/api/units?parentId=${root.id}&limit=500`,
    );
    expect(listed.status).toBe(200);
    expect(await again.stop()).toEqual({ code: 0, signal: null });
    expect(existsSync(join(dir, 'dangbo.lock'))).toBe(false);

    // Straight from the database, with no server running.
    const { unitRows, auditRows } = await withPglite(dir, async ({ db }) => ({
      unitRows: await queryRows<{ id: string; code: string; parent_id: string | null }>(
        db,
        sql`select id, code, parent_id from org_units`,
      ),
      auditRows: await queryRows<{ entity_id: string; n: number }>(
        db,
        sql`select entity_id, count(*)::int as n from audit_log where action = 'unit.created' group by entity_id`,
      ),
    }));
    const children = unitRows.filter((u) => u.parent_id === root.id);
    expect(unitRows).toHaveLength(children.length + 1); // the root and the cells: nothing else

    // Every unit has exactly one `unit.created` audit row, and every such row has its unit.
    const auditCount = new Map(auditRows.map((a) => [a.entity_id, a.n]));
    for (const u of unitRows) expect(auditCount.get(u.id), `audit rows of ${u.code}`).toBe(1);
    expect(auditRows).toHaveLength(unitRows.length);

    // Every 201 survived, with the id the client was given; every unit was sent by the client, and one it got no
    // answer for is only there if its response was lost in the kill.
    const byCode = new Map(children.map((u) => [u.code, u.id]));
    for (const [code, outcome] of created)
      expect(byCode.get(code), code).toBe(outcome.kind === 'created' && outcome.id);
    for (const code of byCode.keys()) expect(['created', 'lost']).toContain(outcomes.get(code)?.kind);
    // The API shows exactly what the database holds.
    expect(listed.body.items.map((u) => u.code).sort()).toEqual([...byCode.keys()].sort());

    const verify = await cli(['audit', 'verify', '--data', dir]);
    expect(verify.stdout).toMatch(/audit chain intact: \d+/);
    const checked = Number(/intact: (\d+)/.exec(verify.stdout)?.[1]);
    expect(checked).toBeGreaterThanOrEqual(unitRows.length + 1); // units + the admin's user.created, at least
  });
});

describe('audit tamper detection (CLI)', () => {
  let dir: string;
  let ids: number[];

  beforeAll(async () => {
    dir = copyDataDir(template);
    ids = await withPglite(dir, async (database) => {
      const [root] = await queryRows<{ id: string }>(
        database.db,
        sql`select id from org_units where level = 1`,
      );
      for (let i = 0; i < 6; i++) {
        await mutate(database.db, systemContext('tamper-test'), (w) =>
          createUnit(w, {
            parentId: root?.id ?? null,
            kind: 'cell',
            name: `Chi bộ ${i + 1}`,
            code: `T${i + 1}`,
          }),
        );
      }
      const rows = await queryRows<{ id: string }>(database.db, sql`select id from audit_log order by id`);
      return rows.map((r) => Number(r.id));
    });
    expect(ids.length).toBeGreaterThanOrEqual(8);
    const intact = await runCli(['audit', 'verify', '--data', dir]);
    expect(intact.code, intact.output).toBe(0);
    expect(intact.stdout).toContain(`audit chain intact: ${ids.length}`);
  });

  async function verifyNames(id: number) {
    const result = await runCli(['audit', 'verify', '--data', dir]);
    expect(result.code, result.output).toBe(3);
    expect(result.stdout).toMatch(new RegExp(`tampered row: #${id}\\b`));
  }

  it('names the row whose `after` was edited in the database (exit 3)', async () => {
    const target = ids[4] ?? 0;
    await withPglite(dir, (database) =>
      database.db.execute(
        sql`update audit_log set "after" = jsonb_set("after", '{name}', '"Chi bộ giả mạo"') where id = ${target}`,
      ),
    );
    await verifyNames(target);
  });

  it('names the next row when the edited row was also given a matching hash', async () => {
    const target = ids[4] ?? 0;
    await withPglite(dir, async (database) => {
      const [row] = await queryRows<Record<string, unknown>>(
        database.db,
        sql`select "at", actor_id, actor_name, ip, request_id, action, entity, entity_id, scope_path::text as scope_path,
                   "before", "after", reason, prev_hash from audit_log where id = ${target}`,
      );
      if (!row) throw new Error('row gone');
      const forged = chainHash({
        at: new Date(row.at as string),
        actorId: row.actor_id as string | null,
        actorName: row.actor_name as string | null,
        ip: row.ip as string | null,
        requestId: row.request_id as string | null,
        action: row.action as string,
        entity: row.entity as string,
        entityId: row.entity_id as string | null,
        scopePath: row.scope_path as string | null,
        before: row.before,
        after: row.after,
        reason: row.reason as string | null,
        prevHash: row.prev_hash as string,
      });
      await database.db.execute(sql`update audit_log set hash = ${forged} where id = ${target}`);
    });
    await verifyNames(ids[5] ?? 0);
  });

  it('names the row after one that was deleted', async () => {
    await withPglite(dir, (database) =>
      database.db.execute(sql`delete from audit_log where id = ${ids[1] ?? 0}`),
    );
    await verifyNames(ids[2] ?? 0);
  });
});
