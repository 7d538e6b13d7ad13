import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { estimate, parseScenario } from '../engine';
import { readXlsx, sheetValues } from '../export/workbook-read';
import { loadFixturePairs } from '../test-support/fixtures';
import { workbookOptionProblem, writeWorkbookFile, WORKBOOK_EXIT_OK, WORKBOOK_EXIT_USAGE, WORKBOOK_EXIT_WRITE_FAILED } from './workbook-command';

const dir = mkdtempSync(join(tmpdir(), 'hvsize-xlsx-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const pair = loadFixturePairs().find((p) => p.name === 'inventory-100-vms')!;
const parsed = parseScenario(pair.scenario);
if (!parsed.ok) throw new Error(pair.name);
const s = parsed.scenario;

function capture() {
  let stderr = '';
  return { io: { stderr: (t: string) => (stderr += t) }, stderr: () => stderr };
}

describe('hvsize estimate --format xlsx --out FILE', () => {
  it('writes the workbook in the chosen language, nothing on stderr, figures equal to estimate()', async () => {
    const e = estimate(s, { lang: 'en' });
    const out = join(dir, 'inventory.xlsx');
    const { io, stderr } = capture();
    expect(await writeWorkbookFile(s, e, 'en', out, io)).toBe(WORKBOOK_EXIT_OK);
    expect(stderr()).toBe('');
    const book = await readXlsx(readFileSync(out));
    expect(book.worksheets.map((w) => w.name)).toEqual(['Summary', 'Jobs', 'Line items', 'Volumes', 'Findings', 'Inputs', 'Rules', 'Over time']);
    const jobs = sheetValues(book.getWorksheet('Jobs')!);
    const col = jobs[0]!.indexOf('Required capacity bytes');
    expect(jobs.slice(1).map((r) => r[col])).toEqual(e.jobs.map((j) => j.requiredCapacityBytes));
    expect(readdirSync(dir).filter((f) => f.endsWith('.partial'))).toEqual([]);
  });

  it('replaces an existing file', async () => {
    const out = join(dir, 'again.xlsx');
    writeFileSync(out, 'old');
    expect(await writeWorkbookFile(s, estimate(s), 'ja', out, capture().io)).toBe(WORKBOOK_EXIT_OK);
    expect((await readXlsx(readFileSync(out))).worksheets[0]!.name).toBe('概要');
  });

  it('without --out (or with -) exits 2 with one clear line and writes nothing', async () => {
    for (const out of [undefined, '', '-']) {
      const { io, stderr } = capture();
      expect(await writeWorkbookFile(s, estimate(s), 'ja', out, io)).toBe(WORKBOOK_EXIT_USAGE);
      expect(stderr()).toMatch(/^hvsize: (--format xlsx needs --out FILE|--out -: )/);
      expect(stderr().trim().split('\n')).toHaveLength(1);
    }
  });

  it('a path it cannot write exits 1 naming the path, and leaves no partial file', async () => {
    const out = join(dir, 'no-such-folder', 'x.xlsx');
    const { io, stderr } = capture();
    expect(await writeWorkbookFile(s, estimate(s), 'ja', out, io)).toBe(WORKBOOK_EXIT_WRITE_FAILED);
    expect(stderr()).toBe(`hvsize: ${out}: cannot write the workbook (ENOENT)\n`);
    expect(existsSync(join(dir, 'no-such-folder'))).toBe(false);
  });

  it('checks the options before anything is read: --out needs xlsx, xlsx needs --out', () => {
    expect(workbookOptionProblem('xlsx', 'a.xlsx')).toBeNull();
    expect(workbookOptionProblem('json', undefined)).toBeNull();
    expect(workbookOptionProblem(undefined, undefined)).toBeNull();
    expect(workbookOptionProblem('text', 'a.xlsx')).toBe('hvsize: --out: only with --format xlsx\n');
    expect(workbookOptionProblem('xlsx', undefined)).toContain('--format xlsx needs --out FILE');
  });
});
