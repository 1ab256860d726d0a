import type { FastifyInstance } from 'fastify';

/** The p-th percentile of sorted samples (nearest rank). */
export const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;

/** Signs in through the app itself and returns the session cookie for `app.inject` requests. */
export async function signIn(app: FastifyInstance, username: string, password: string): Promise<string> {
  const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });
  if (res.statusCode !== 200) throw new Error(`sign-in of ${username} answered ${res.statusCode}`);
  const cookie = res.cookies.find((c) => c.name === 'dangbo_session');
  if (!cookie) throw new Error('no session cookie');
  return `dangbo_session=${cookie.value}`;
}
