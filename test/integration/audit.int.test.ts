import { asc, count, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../src/server/platform/audit/schema';
import { verifyAuditChain } from '../../src/server/platform/audit/verify';
import { makeWorld, type World } from '../factories';
import { type Agent, createTestApp } from '../harness';
import { createWorldApp, type WorldApp } from '../world-app';

let t: WorldApp;
let world: World;
let admin: Agent;

beforeAll(async () => {
  t = await createWorldApp();
  ({ world, admin } = t);
});
afterAll(() => t.close());

const auditCount = async () => (await t.database.db.select({ n: count() }).from(auditLog))[0]?.n ?? 0;

describe('audit trail', () => {
  it('records who, when, from where, before and after, and the reason, in the same transaction', async () => {
    const res = await admin.request({
      method: 'PATCH',
      url: `/api/units/${world.cellB.id}`,
      payload: { name: 'Chi bộ B (đổi tên)', version: 1, reason: 'Theo quyết định 12-QĐ/ĐU' },
      headers: { 'x-request-id': 'req-audit-1' },
    });
    expect(res.statusCode).toBe(200);
    const [row] = await t.database.db.select().from(auditLog).where(eq(auditLog.requestId, 'req-audit-1'));
    expect(row).toMatchObject({
      action: 'unit.updated',
      entity: 'unit',
      entityId: world.cellB.id,
      actorId: world.users.admin.id,
      actorName: 'w-admin',
      reason: 'Theo quyết định 12-QĐ/ĐU',
    });
    expect(row?.ip).toBeTruthy();
    expect((row?.before as { name: string } | undefined)?.name).toBe('Chi bộ B');
    expect((row?.after as { name: string } | undefined)?.name).toBe('Chi bộ B (đổi tên)');
  });

  it('writes nothing, audit included, when a mutation is refused', async () => {
    const before = await auditCount();
    const stale = await admin.patch(`/api/units/${world.cellA.id}`, { name: 'Không lưu', version: 99 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('STALE_VERSION');
    const badKind = await admin.post('/api/units', {
      parentId: world.cellA.id,
      kind: 'cell',
      name: 'Chi bộ trong chi bộ',
      code: 'X1',
    });
    expect(badKind.statusCode).toBe(400);
    expect(badKind.json().field).toBe('kind');
    expect(await auditCount()).toBe(before);
    const unit = await admin.get(`/api/units/${world.cellA.id}`);
    expect(unit.json().name).toBe('Chi bộ A');
  });

  it('lists and filters for an admin, newest first, by keyset pages', async () => {
    const all = (await admin.get('/api/audit?entity=unit&limit=2')).json();
    expect(all.items).toHaveLength(2);
    expect(Number(all.items[0].id)).toBeGreaterThan(Number(all.items[1].id));
    const next = (await admin.get(`/api/audit?entity=unit&limit=2&cursor=${all.nextCursor}`)).json();
    expect(Number(next.items[0].id)).toBeLessThan(Number(all.items[1].id));
    const byActor = (await admin.get(`/api/audit?actorId=${world.users.admin.id}`)).json();
    expect(byActor.items.every((i: { actorId: string }) => i.actorId === world.users.admin.id)).toBe(true);
    expect(byActor.total).toBeGreaterThan(0);
  });

  it('verifies an intact chain, then finds the first tampered row', async () => {
    const intact = await verifyAuditChain(t.database.db);
    expect(intact.ok).toBe(true);
    expect(intact.checked).toBe(await auditCount());

    const rows = await t.database.db.select({ id: auditLog.id }).from(auditLog).orderBy(asc(auditLog.id));
    const victim = rows[Math.floor(rows.length / 2)]?.id as number;
    await t.database.db.execute(sql`update audit_log set reason = 'sửa lén' where id = ${victim}`);
    const broken = await verifyAuditChain(t.database.db);
    expect(broken).toMatchObject({ ok: false, firstBadId: String(victim) });

    // The web page runs the same check as a job with progress.
    const started = await admin.post('/api/audit/verify');
    expect(started.statusCode).toBe(202);
    let job = (await admin.get(`/api/jobs/${started.json().jobId}`)).json();
    for (let i = 0; i < 100 && job.status === 'running'; i++) {
      await new Promise((r) => setTimeout(r, 50));
      job = (await admin.get(`/api/jobs/${started.json().jobId}`)).json();
    }
    expect(job.status).toBe('done');
    expect(job.result).toMatchObject({ ok: false, firstBadId: String(victim) });
  });

  it('also detects a deleted row', async () => {
    const fresh = await createTestApp();
    try {
      const w = await makeWorld(fresh.database.db);
      expect(w.root.id).toBeTruthy();
      const rows = await fresh.database.db
        .select({ id: auditLog.id })
        .from(auditLog)
        .orderBy(asc(auditLog.id));
      const victim = rows[2]?.id as number;
      await fresh.database.db.delete(auditLog).where(eq(auditLog.id, victim));
      const result = await verifyAuditChain(fresh.database.db);
      expect(result.ok).toBe(false);
      expect(result.firstBadId).toBe(String(rows[3]?.id));
    } finally {
      await fresh.close();
    }
  });
});
