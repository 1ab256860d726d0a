import { hostname } from 'node:os';
import type { FastifyInstance } from 'fastify';
import { buildApp } from './app';
import type { Config } from './config';
import type { Database } from './db/client';
import { todayIso } from './modules/org/calendar';
import { sendTaskReminders } from './modules/programs/task-reminders';
import { sendReportReminders } from './modules/reports/completeness-reminders';
import { purgeExpiredSessions } from './platform/auth/session-store';
import { type OutboxWorker, startOutboxWorker } from './platform/outbox/drain';
import { type Mailer, smtpMailer } from './platform/outbox/mailer';

export interface Running {
  app: FastifyInstance;
  database: Database;
  url: string;
  stop(): Promise<void>;
}

/**
 * Serves the app on an open, migrated database, with the outbox worker when SMTP is configured, and stops
 * gracefully: no new connections, in-flight requests finish, the worker ends its batch, the database closes.
 */
export async function serve(config: Config, database: Database): Promise<Running> {
  const app = await buildApp({ config, database });
  let mailer: Mailer | null = null;
  let worker: OutboxWorker | null = null;
  if (config.smtpUrl && !config.outboxDisabled) {
    mailer = smtpMailer(config.smtpUrl, config.mailFrom);
    worker = startOutboxWorker(database.db, mailer, {
      worker: `${hostname()}:${process.pid}`,
      pollMs: config.outboxPollMs,
      onError: (error) => app.log.error({ err: error }, 'outbox drain failed'),
    });
  } else {
    app.log.info('SMTP_URL not set: e-mail stays queued in the outbox');
  }
  // One sweep after the other: on PGlite they would queue on the one connection anyway.
  const remind = async () => {
    await sendTaskReminders(database.db, todayIso(), config.publicUrl).catch((error) =>
      app.log.warn({ err: error }, 'task reminders failed'),
    );
    await sendReportReminders(database.db, todayIso(), config.publicUrl).catch((error) =>
      app.log.warn({ err: error }, 'report reminders failed'),
    );
  };
  const firstReminders = setTimeout(remind, 10_000);
  firstReminders.unref();
  const sweeper = setInterval(() => {
    remind();
    purgeExpiredSessions(database.db, {
      idleMs: config.sessionIdleMs,
      absoluteMs: config.sessionAbsoluteMs,
    }).catch((error) => app.log.warn({ err: error }, 'session purge failed'));
    app.files.sweep().catch((error) => app.log.warn({ err: error }, 'file store sweep failed'));
  }, 3_600_000);
  sweeper.unref();
  const address = await app.listen({ port: config.port, host: config.host });
  let stopping: Promise<void> | null = null;
  return {
    app,
    database,
    url: address.replace('0.0.0.0', 'localhost').replace('[::]', 'localhost'),
    stop() {
      stopping ??= (async () => {
        clearInterval(sweeper);
        clearTimeout(firstReminders);
        // A keep-alive connection whose request was in flight turns idle only after close() began; Node closes
        // idle connections once, at close(), so without this it holds the server open until the 15 s force exit.
        const closeIdle = setInterval(() => app.server.closeIdleConnections(), 100);
        try {
          await app.close();
        } finally {
          clearInterval(closeIdle);
        }
        await worker?.stop();
        mailer?.close();
        await database.close();
      })();
      return stopping;
    },
  };
}

export function stopOnSignals(running: Running): void {
  const handler = (signal: NodeJS.Signals) => {
    running.app.log.info({ signal }, 'shutting down');
    const force = setTimeout(() => process.exit(1), 15_000);
    force.unref();
    running.stop().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', handler);
  process.once('SIGTERM', handler);
}
