/** The benchmark's command-line options: `--name value` and `--flag`. */
export const argv = process.argv.slice(2);

export const arg = (name: string, fallback: string) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? (argv[i + 1] ?? fallback) : fallback;
};
