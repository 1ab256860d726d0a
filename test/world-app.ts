import { expect } from 'vitest';
import { makeWorld, PASSWORD, type World } from './factories';
import { Agent, createTestApp, type TestApp } from './harness';

export interface WorldApp extends TestApp {
  world: World;
  /** Signed in as the world's admin (second factor waived). */
  admin: Agent;
}

/** A test app on a fresh database holding the small world of `makeWorld`, with its admin signed in. */
export async function createWorldApp(): Promise<WorldApp> {
  const t = await createTestApp();
  const world = await makeWorld(t.database.db);
  const admin = new Agent(t.app);
  await admin.login('w-admin', PASSWORD);
  return { ...t, world, admin };
}

/** An agent signed in as one of the world's users (all share the factories' password). */
export async function signInAs(t: TestApp, username: string): Promise<Agent> {
  const agent = new Agent(t.app);
  expect((await agent.login(username, PASSWORD)).statusCode).toBe(200);
  return agent;
}
