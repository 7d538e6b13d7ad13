import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { estimate, parseScenario } from '../engine';
import { loadFixturePairs } from '../test-support/fixtures';
import { buildWorkbook } from './workbook';
import { writeXlsx } from './workbook-xlsx';

/**
 * The workbook read by an independent reader: Debian's python3-openpyxl (formats.md; .ci/run installs
 * it like chromium). Missing, this test fails and says what to install: it is never skipped.
 */
const PYTHON = existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3';

const READ = `
import json, sys, openpyxl
book = openpyxl.load_workbook(sys.argv[1])
out = {"sheets": book.sheetnames, "tables": []}
for ws in book.worksheets:
    header = [c.value for c in ws[1]]
    out["tables"].append({"name": ws.title, "freeze": ws.freeze_panes, "filter": ws.auto_filter.ref, "rows": ws.max_row,
        "header": header, "second": [[c.value, c.number_format] for c in ws[2]] if ws.max_row > 1 else []})
print(json.dumps(out, ensure_ascii=False))
`;

interface Read {
  sheets: string[];
  tables: { name: string; freeze: string; filter: string; rows: number; header: string[]; second: [string | number | null, string][] }[];
}

/** Fails the test that needs openpyxl, saying what to install. */
function requireOpenpyxl() {
  const probe = spawnSync(PYTHON, ['-c', 'import openpyxl'], { encoding: 'utf8' });
  if (probe.status !== 0) {
    throw new Error(
      `python3-openpyxl is missing (${PYTHON}: ${(probe.stderr || String(probe.error ?? '')).trim()}). Install it: apt-get install -y python3-openpyxl`,
    );
  }
}

describe('the .xlsx read by openpyxl (an independent reader)', () => {
  let dir = '';
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'workbook-openpyxl-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const pair = loadFixturePairs().find((p) => p.name === 'csv-cluster')!;
  const parsed = parseScenario(pair.scenario);
  if (!parsed.ok) throw new Error(pair.name);
  const s = parsed.scenario;

  for (const lang of ['ja', 'en'] as const) {
    it(`opens the ${lang} workbook: sheet names, frozen header, filters, numeric bytes with their format, Japanese text`, async () => {
      requireOpenpyxl();
      const e = estimate(s, { lang });
      const data = buildWorkbook(s, e, lang);
      const path = join(dir, `csv-cluster-${lang}.xlsx`);
      writeFileSync(path, await writeXlsx(data));
      const run = spawnSync(PYTHON, ['-c', READ, path], { encoding: 'utf8' });
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
      const read = JSON.parse(run.stdout) as Read;
      expect(read.sheets).toEqual(data.sheets.map((x) => x.name));
      for (const [i, table] of read.tables.entries()) {
        const sheet = data.sheets[i]!;
        expect(table.freeze).toBe('A2');
        expect(table.filter).toMatch(new RegExp(`^A1:[A-Z]+${sheet.rows.length + 1}$`));
        expect(table.rows).toBe(sheet.rows.length + 1);
        expect(table.header).toEqual(sheet.columns.map((c) => c.header));
      }
      const jobs = read.tables[1]!;
      const required = jobs.header.indexOf(lang === 'ja' ? '必要容量 バイト' : 'Required capacity bytes');
      expect(jobs.second[required]).toEqual([e.jobs[0]!.requiredCapacityBytes, '#,##0']);
      expect(jobs.second[required + 1]![1]).toBe('#,##0.00');
      expect(read.tables[0]!.header[0]).toBe(lang === 'ja' ? '項目' : 'Item');
    });
  }
});
