import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';

/**
 * Runs Playwright with a local Chromium: Debian's /usr/bin/chromium when installed, otherwise the one that
 * the npm package @sparticuz/chromium carries inside itself (unpacked on first use). Never downloads one.
 */
async function chromiumPath(): Promise<string> {
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  const { default: chromium } = await import('@sparticuz/chromium');
  return chromium.executablePath();
}

const env = { ...process.env, DANGBO_CHROMIUM_PATH: await chromiumPath() };
const child = spawn('playwright', ['test', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env,
  shell: false,
});
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
