import { Command, InvalidArgumentError, Option } from 'commander';
import { count, eq } from 'drizzle-orm';
import type { Config } from './config';
import { loadConfig } from './config';
import { DataDirLockedError } from './db/lock';
import { openAndMigrate } from './db/open';
import { DEMO_PASSWORD, demoSignIns, isEmpty, seedDemo } from './demo/seed';
import { units } from './modules/org/schema';
import { createUnit } from './modules/org/service';
import { backupToFile, restoreFromFile } from './ops/backup';
import { progressLine } from './ops/progress';
import { buildWeb, webBuildIsStale } from './ops/web-build';
import { verifyAuditChain } from './platform/audit/verify';
import { hashPassword } from './platform/auth/passwords';
import { userRoles, users } from './platform/auth/schema';
import { systemContext } from './platform/context';
import { FileStore } from './platform/files/store';
import { mutate } from './platform/mutate';

interface ServerFlags {
  port?: string;
  data?: string;
  host?: string;
  exitAfterReady?: boolean;
  /** demo: members in the whole database (a national tree around the reference committee). */
  scale?: number;
  seed?: string;
}

function configFrom(flags: ServerFlags): Config {
  const env = { ...process.env };
  if (flags.port) env.PORT = flags.port;
  if (flags.data) env.DATA_DIR = flags.data;
  if (flags.host) env.HOST = flags.host;
  return loadConfig(env);
}

const serverOptions = (cmd: Command) =>
  cmd
    .option('-p, --port <port>', 'cổng HTTP / HTTP port (PORT)')
    .option('-d, --data <dir>', 'thư mục dữ liệu PGlite / PGlite data directory (DATA_DIR)')
    .option('--host <host>', 'địa chỉ lắng nghe / listen address (HOST)');

const dataOption = (cmd: Command) =>
  cmd.option('-d, --data <dir>', 'thư mục dữ liệu / data directory (DATA_DIR)');

function parseScale(value: string): number {
  const n = Number(value.replaceAll(/[_.,]/g, ''));
  if (!Number.isInteger(n) || n < 1 || n > 10_000_000)
    throw new InvalidArgumentError('một số nguyên từ 1 đến 10.000.000 / an integer from 1 to 10,000,000');
  return n;
}

async function startCommand(flags: ServerFlags, demo: boolean) {
  const config = configFrom(flags);
  if (demo && webBuildIsStale(config.webDist)) {
    console.error('Đang dựng giao diện web / building the web app…');
    await buildWeb();
  }
  const database = await openAndMigrate(config);
  const empty = demo && (await isEmpty(database.db));
  if (demo && !empty && flags.scale) {
    console.error(
      'Dữ liệu đã có sẵn, bỏ qua --scale (dùng thư mục dữ liệu mới) / data already present, --scale ignored (use a fresh data directory)',
    );
  }
  if (empty) {
    const bar = progressLine('Nạp dữ liệu mẫu / loading demo data (đảng viên / members)');
    const seeded = await seedDemo(database, {
      publicUrl: config.publicUrl,
      scale: flags.scale,
      seed: flags.seed,
      onProgress: (done, total) => bar.update(done, total),
    });
    bar.finish();
    console.error(
      `Đã nạp / loaded ${seeded.members.toLocaleString('vi-VN')} đảng viên / members, ` +
        `${seeded.units.toLocaleString('vi-VN')} tổ chức / units in ${seeded.seconds.toFixed(1)} s`,
    );
  }
  // The web server is loaded only by the commands that serve, so maintenance commands start quickly.
  const { serve, stopOnSignals } = await import('./run');
  const running = await serve(config, database);
  stopOnSignals(running);
  const where = database.engine === 'pglite' ? config.dataDir : 'PostgreSQL (DATABASE_URL)';
  console.log(`\nĐảng bộ số đang chạy tại / is running at ${running.url}  (dữ liệu / data: ${where})`);
  if (demo) {
    console.log(`Tài khoản mẫu / demo sign-ins (mật khẩu / password: ${DEMO_PASSWORD}):`);
    for (const s of demoSignIns) console.log(`  ${s.username.padEnd(10)} ${s.fullName} — ${s.description}`);
  } else if ((await database.db.select({ n: count() }).from(users))[0]?.n === 0) {
    console.log(
      'Chưa có tài khoản nào: tạo quản trị bằng / no users yet, create an admin with:\n' +
        '  npx dangbo create-admin -u <tên> -n "<Họ và tên>" --unit-name "<Tên Đảng bộ>"',
    );
  }
  if (flags.exitAfterReady) {
    const response = await fetch(`${running.url}/api/health`);
    console.log(`health: ${response.status}`);
    await running.stop();
    process.exit(response.ok ? 0 : 1);
  }
}

async function withDatabase<T>(
  flags: ServerFlags,
  work: (db: Awaited<ReturnType<typeof openAndMigrate>>) => Promise<T>,
) {
  const database = await openAndMigrate(configFrom(flags));
  try {
    return await work(database);
  } finally {
    await database.close();
  }
}

const program = new Command()
  .name('dangbo')
  .description('Đảng bộ số — nền tảng số cho công tác Đảng / digital platform for Party work')
  .showHelpAfterError();

serverOptions(program.command('start').description('chạy máy chủ / run the server')).action(
  (f: ServerFlags) => startCommand(f, false),
);
serverOptions(program.command('demo').description('chạy với dữ liệu mẫu / run with demo data'))
  .addOption(new Option('--exit-after-ready', 'dừng ngay khi sẵn sàng (kiểm thử) / stop once ready (checks)'))
  .addOption(
    new Option(
      '--scale <members>',
      'số đảng viên của cả cơ sở dữ liệu, tới 5.600.000 (cây toàn quốc) / members in the whole database, up to 5,600,000 (national tree)',
    ).argParser(parseScale),
  )
  .addOption(new Option('--seed <text>', 'hạt giống dữ liệu mẫu / demo data seed').default('dangbo'))
  .action((f: ServerFlags) => startCommand(f, true));

dataOption(
  program.command('migrate').description('cập nhật lược đồ cơ sở dữ liệu / apply migrations'),
).action(async (f: ServerFlags) => {
  await withDatabase(f, async () => {});
  console.log('Đã cập nhật lược đồ / migrations applied');
});

dataOption(program.command('create-admin').description('tạo tài khoản quản trị / create an admin user'))
  .requiredOption('-u, --username <name>', 'tên đăng nhập / user name')
  .requiredOption('-n, --full-name <name>', 'họ và tên / full name')
  .option('--password <password>', 'mật khẩu (hoặc DANGBO_ADMIN_PASSWORD) / password')
  .option(
    '--unit-name <name>',
    'tên tổ chức gốc nếu chưa có / root unit name when the tree is empty',
    'Đảng bộ',
  )
  .action(
    async (f: ServerFlags & { username: string; fullName: string; password?: string; unitName: string }) => {
      const password = f.password ?? process.env.DANGBO_ADMIN_PASSWORD;
      if (!password || password.length < 8)
        throw new Error('Mật khẩu tối thiểu 8 ký tự / password of 8+ characters required');
      await withDatabase(f, async ({ db }) => {
        const ctx = systemContext('cli');
        await mutate(db, ctx, async (w) => {
          let [root] = await w.tx
            .select()
            .from(units)
            .where(eq(units.level, 1))
            .orderBy(units.createdAt)
            .limit(1);
          root ??= await createUnit(w, {
            parentId: null,
            kind: 'grassroots',
            name: f.unitName,
            code: 'ROOT',
          });
          const [user] = await w.tx
            .insert(users)
            .values({
              username: f.username,
              fullName: f.fullName,
              passwordHash: await hashPassword(password),
            })
            .returning({ id: users.id });
          if (!user) throw new Error('insert returned nothing');
          await w.tx.insert(userRoles).values({ userId: user.id, role: 'admin', unitId: root.id });
          w.audit({
            action: 'user.created',
            entity: 'user',
            entityId: user.id,
            after: { username: f.username, role: 'admin' },
          });
        });
        console.log(`Đã tạo quản trị / admin created: ${f.username}`);
      });
    },
  );

dataOption(
  program
    .command('backup')
    .description('sao lưu toàn bộ dữ liệu ra tệp / back up all data')
    .argument('<file>'),
).action(async (file: string, f: ServerFlags) => {
  await withDatabase(f, async (database) => {
    await backupToFile(
      database,
      file,
      (table, rows) => process.stderr.write(`\r${table}: ${rows}        `),
      new FileStore(configFrom(f).filesDir),
    );
    process.stderr.write('\n');
    console.log(`Đã sao lưu / backed up to ${file}`);
  });
});

dataOption(
  program
    .command('restore')
    .description('khôi phục dữ liệu từ tệp sao lưu / restore from a backup')
    .argument('<file>'),
).action(async (file: string, f: ServerFlags) => {
  await withDatabase(f, async (database) => {
    const { rows, files } = await restoreFromFile(
      database,
      file,
      (table, n) => process.stderr.write(`\r${table}: ${n}        `),
      new FileStore(configFrom(f).filesDir),
    );
    process.stderr.write('\n');
    console.log(`Đã khôi phục ${rows} dòng, ${files} tệp / restored ${rows} rows, ${files} files`);
  });
});

dataOption(
  program
    .command('audit')
    .description('nhật ký thao tác / audit trail')
    .command('verify')
    .description('kiểm tra chuỗi băm của nhật ký / verify the hash chain'),
).action(async (f: ServerFlags) => {
  await withDatabase(f, async ({ db }) => {
    const bar = progressLine('Kiểm tra / verifying');
    const result = await verifyAuditChain(db, (checked, total) => bar.update(checked, total));
    bar.finish();
    if (result.ok) {
      console.log(`Chuỗi nhật ký toàn vẹn / audit chain intact: ${result.checked} bản ghi / rows`);
    } else {
      console.log(
        `Phát hiện sửa đổi tại bản ghi / tampered row: #${result.firstBadId} (sau ${result.checked} bản ghi hợp lệ / after ${result.checked} good rows)`,
      );
      process.exitCode = 3;
    }
  });
});

program.parseAsync().catch((error: unknown) => {
  if (error instanceof DataDirLockedError) {
    console.error(error.message);
    process.exit(2);
  }
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
