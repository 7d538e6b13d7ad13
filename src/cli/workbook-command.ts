import { randomBytes } from 'node:crypto';
import { rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { Writable } from 'node:stream';
import type { Estimate, Lang, Scenario } from '../engine';
import { buildWorkbook } from '../export/workbook';
import { writeXlsxStream } from '../export/workbook-xlsx';
import { visible } from './visible-text';

/** Exit codes: 0 written; 2 a command line that cannot work (formats.md); 1 the file could not be written. */
export const WORKBOOK_EXIT_OK = 0;
export const WORKBOOK_EXIT_USAGE = 2;
export const WORKBOOK_EXIT_WRITE_FAILED = 1;

export interface WorkbookIo {
  stderr(text: string): void;
  /** Writes the file's bytes (default: beside the target under a temporary name, then renamed over it). */
  writeFile?(path: string, bytes: Uint8Array): Promise<void>;
}

/**
 * What is wrong with `--format xlsx` / `--out` on a command line, as one stderr line, or null: an
 * .xlsx is a binary file, so it needs `--out FILE` (formats.md) and never goes to standard output;
 * `--out` means nothing for the other formats. Check before reading the scenario.
 */
export function workbookOptionProblem(format: string | undefined, out: string | undefined): string | null {
  if (format !== 'xlsx') return out === undefined ? null : 'hvsize: --out: only with --format xlsx\n';
  if (out === undefined || out === '') return 'hvsize: --format xlsx needs --out FILE (the workbook is a binary file, not written to standard output)\n';
  if (out === '-') return 'hvsize: --out -: the workbook is a binary file; give a file name such as result.xlsx\n';
  return null;
}

/** The whole file in memory (a few MB even for 8,000 VMs), written by exceljs's streaming writer. */
async function xlsxBytes(scenario: Scenario, estimate: Estimate, lang: Lang): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk);
      done();
    },
  });
  await writeXlsxStream(buildWorkbook(scenario, estimate, lang), sink);
  return Buffer.concat(chunks);
}

/** Writes under a temporary name beside the target, then renames: a failed run never leaves half a workbook. */
async function replaceFile(path: string, bytes: Uint8Array): Promise<void> {
  const temporary = join(dirname(path), `.${basename(path)}.${randomBytes(4).toString('hex')}.partial`);
  try {
    await writeFile(temporary, bytes);
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

/**
 * `hvsize estimate <file> --format xlsx --out FILE`: the workbook of formats.md ("Workbook (Excel)")
 * for the scenario and its estimate, in the chosen language, written to outPath. Nothing goes to
 * standard output; a problem is one line on stderr. Returns the exit code.
 */
export async function writeWorkbookFile(scenario: Scenario, estimate: Estimate, lang: Lang, outPath: string | undefined, io: WorkbookIo): Promise<number> {
  const problem = workbookOptionProblem('xlsx', outPath);
  if (problem !== null) {
    io.stderr(problem);
    return WORKBOOK_EXIT_USAGE;
  }
  const path = outPath!;
  try {
    const bytes = await xlsxBytes(scenario, estimate, lang);
    await (io.writeFile ? io.writeFile(path, bytes) : replaceFile(path, bytes));
    return WORKBOOK_EXIT_OK;
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error instanceof Error ? error.message : String(error));
    io.stderr(`hvsize: ${visible(path)}: cannot write the workbook (${visible(reason)})\n`);
    return WORKBOOK_EXIT_WRITE_FAILED;
  }
}
