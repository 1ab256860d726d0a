/** A one-line progress indicator for the CLI (a plain line per step when not on a terminal). */
export function progressLine(label: string) {
  const tty = process.stderr.isTTY;
  let lastPercent = -1;
  return {
    update(done: number, total: number) {
      const percent = total > 0 ? Math.floor((done / total) * 100) : 0;
      if (percent === lastPercent) return;
      lastPercent = percent;
      const width = 30;
      const filled = Math.round((percent / 100) * width);
      const bar = `${'█'.repeat(filled)}${'░'.repeat(width - filled)}`;
      const text = `${label} ${bar} ${percent}% (${done}/${total})`;
      if (tty) process.stderr.write(`\r${text}`);
      else if (percent % 25 === 0 || done === total) process.stderr.write(`${text}\n`);
    },
    finish() {
      if (tty) process.stderr.write('\n');
    },
  };
}
