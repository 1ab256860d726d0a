import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { inflateRawSync } from 'node:zlib';
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

/**
 * One part of a zip container (a .docx's `word/document.xml`), read from its central directory with nothing
 * but zlib, so that the checks on the XML do not rely on the library that wrote it.
 */
export function zipPart(file: Buffer, name: string): string {
  const end = file.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0) throw new Error('not a zip file');
  const entries = file.readUInt16LE(end + 10);
  let at = file.readUInt32LE(end + 16);
  for (let i = 0; i < entries; i += 1) {
    const method = file.readUInt16LE(at + 10);
    const compressed = file.readUInt32LE(at + 20);
    const nameLength = file.readUInt16LE(at + 28);
    const extraLength = file.readUInt16LE(at + 30);
    const commentLength = file.readUInt16LE(at + 32);
    const local = file.readUInt32LE(at + 42);
    if (file.toString('utf8', at + 46, at + 46 + nameLength) === name) {
      const start = local + 30 + file.readUInt16LE(local + 26) + file.readUInt16LE(local + 28);
      const data = file.subarray(start, start + compressed);
      return (method === 0 ? data : inflateRawSync(data)).toString('utf8');
    }
    at += 46 + nameLength + extraLength + commentLength;
  }
  throw new Error(`no ${name} in the zip file`);
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
