import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import mammoth from 'mammoth';
import { extractText } from 'unpdf';

const run = promisify(execFile);

/** The text of a .docx as an independent reader (mammoth) sees it. */
export async function docxText(file: Buffer): Promise<string> {
  return (await mammoth.extractRawText({ buffer: file })).value;
}

/**
 * Converts a file with LibreOffice the way a Party office opens it (`soffice --headless --convert-to`), in a
 * profile of its own so parallel conversions do not share one. Throws when LibreOffice is missing: `.ci/run`
 * installs it, and a check that cannot run must fail rather than pass.
 */
export async function convertWithLibreOffice(file: Buffer, extension: string, to: string): Promise<Buffer> {
  const dir = mkdtempSync(join(tmpdir(), 'dangbo-office-'));
  try {
    const input = join(dir, `input.${extension}`);
    writeFileSync(input, file);
    await run(
      'soffice',
      [
        `-env:UserInstallation=file://${join(dir, 'profile')}`,
        '--headless',
        '--convert-to',
        to,
        '--outdir',
        join(dir, 'out'),
        input,
      ],
      { timeout: 120_000 },
    );
    const [output] = readdirSync(join(dir, 'out'));
    if (!output) throw new Error(`LibreOffice wrote nothing converting .${extension} to ${to}`);
    return readFileSync(join(dir, 'out', output));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function pdfText(file: Buffer): Promise<string> {
  const { text } = await extractText(new Uint8Array(file), { mergePages: true });
  return text;
}

/**
 * The first sheet of an .xlsx as LibreOffice Calc reads it, as CSV rows: UTF-8 (filter option 76), comma
 * separated, cells as Calc displays them (dates in the file's number format).
 */
export async function xlsxAsCsvRows(file: Buffer): Promise<string[][]> {
  const csv = (
    await convertWithLibreOffice(file, 'xlsx', 'csv:Text - txt - csv (StarCalc):44,34,76,1')
  ).toString('utf8');
  return parseCsv(csv);
}

function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i += 1;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += c;
  }
  if (cell !== '' || row.length > 0) rows.push([...row, cell]);
  return rows;
}
