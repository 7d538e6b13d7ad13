import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { estimate, GiB, parseScenario, type Lang, type Scenario } from '../engine';
import { loadFixturePairs } from '../test-support/fixtures';
import { job, scenario, vm } from '../test-support/scenario-builder';
import { buildWorkbook, type WorkbookData } from './workbook';
import { readXlsx, sheetValues } from './workbook-read';
import { EXCEL_CELL_MAX_CHARS, NUMBER_FORMATS, workbookXlsx, writeXlsx, writeXlsxStream, xlsxCell } from './workbook-xlsx';

const fixtures = loadFixturePairs().map((p) => {
  const r = parseScenario(p.scenario);
  if (!r.ok) throw new Error(p.name);
  return { name: p.name, s: r.scenario };
});

async function roundTrip(s: Scenario, lang: Lang) {
  const e = estimate(s, { lang });
  const data = buildWorkbook(s, e, lang);
  const book = await readXlsx(await writeXlsx(data));
  return { e, data, book };
}

/** Every sheet of the file holds exactly the model's header and cells (numbers as numbers, null as empty). */
function expectSameCells(book: Awaited<ReturnType<typeof readXlsx>>, data: WorkbookData) {
  expect(book.worksheets.map((ws) => ws.name)).toEqual(data.sheets.map((x) => x.name));
  for (const sheet of data.sheets) {
    const ws = book.getWorksheet(sheet.name)!;
    expect(sheetValues(ws), sheet.name).toEqual([sheet.columns.map((c) => c.header), ...sheet.rows]);
  }
}

describe('the .xlsx read back with exceljs', () => {
  for (const { name, s } of fixtures) {
    for (const lang of ['ja', 'en'] as const) {
      it(`${name} (${lang}): every sheet, header and cell as built, figures equal to estimate()`, async () => {
        const { e, data, book } = await roundTrip(s, lang);
        expectSameCells(book, data);
        const jobs = book.worksheets[1]!;
        const header = sheetValues(jobs)[0]!;
        const required = header.indexOf(lang === 'ja' ? '必要容量 バイト' : 'Required capacity bytes') + 1;
        e.jobs.forEach((j, i) => {
          const cell = jobs.getRow(i + 2).getCell(required);
          expect(cell.value).toBe(j.requiredCapacityBytes);
          expect(cell.numFmt).toBe('#,##0');
          expect(jobs.getRow(i + 2).getCell(required + 1).numFmt).toBe('#,##0.00');
        });
      });
    }
  }

  it('every sheet: the header row frozen, filters over the table, widths set, number formats by column', async () => {
    const { data, book } = await roundTrip(fixtures[0]!.s, 'ja');
    for (const sheet of data.sheets) {
      const ws = book.getWorksheet(sheet.name)!;
      expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1, topLeftCell: 'A2' });
      const last = ws.getRow(1).getCell(sheet.columns.length).address.replace(/\d+$/, '');
      expect(ws.autoFilter).toBe(`A1:${last}${sheet.rows.length + 1}`);
      sheet.columns.forEach((c, i) => {
        expect(ws.getColumn(i + 1).width, `${sheet.name} ${c.header}`).toBeGreaterThanOrEqual(8);
        const format = NUMBER_FORMATS[c.kind];
        if (format !== undefined && sheet.rows.length > 0) expect(ws.getRow(2).getCell(i + 1).numFmt).toBe(format);
      });
      expect(ws.getRow(1).getCell(1).font?.bold).toBe(true);
    }
  });

  it('keeps Japanese text intact and byte figures exact below 10^15', async () => {
    const s = scenario({
      name: '案 A: 週次バックアップ ① — 日本語',
      vms: [
        vm({
          name: '仮想マシン・データベース',
          disks: [{ id: 'd', kind: 'vhdx', type: 'fixed', maxSizeBytes: 64 * 1024 * GiB, volumeId: 'd', guestRole: 'data' }],
        }),
      ],
      jobs: [job({ name: '日次 WSB → E:', destination: { kind: 'remote-share', label: '\\\\ファイル\\共有', capacityBytes: 999_999_999_999_999 } })],
    });
    const { book } = await roundTrip(s, 'ja');
    const summary = sheetValues(book.getWorksheet('概要')!);
    expect(summary[1]).toEqual(['シナリオ名', '案 A: 週次バックアップ ① — 日本語', null, null]);
    const inputs = sheetValues(book.getWorksheet('入力')!);
    const maxSize = inputs.find((r) => r[1] === '仮想マシン・データベース / d' && r[3] === '最大サイズ')!;
    expect(maxSize[5]).toBe(64 * 1024 * GiB);
    const jobs = sheetValues(book.getWorksheet('ジョブ')!);
    expect(jobs[1]![0]).toBe('日次 WSB → E:');
    expect(jobs[1]).toContain(999_999_999_999_999);
  });

  it('carries any name a file or link may hold: control characters, half surrogate pairs, text past Excel’s cell limit', async () => {
    expect(xlsxCell('a\u0001b\ud800c\uffff')).toBe('a\uFFFDb\uFFFDc\uFFFD');
    expect(xlsxCell('x'.repeat(EXCEL_CELL_MAX_CHARS + 10))).toHaveLength(EXCEL_CELL_MAX_CHARS);
    expect(xlsxCell(`${'x'.repeat(EXCEL_CELL_MAX_CHARS - 2)}😀y`) === `${'x'.repeat(EXCEL_CELL_MAX_CHARS - 2)}…`).toBe(true);
    expect(xlsxCell(null)).toBeUndefined();
    expect(xlsxCell(Number.NaN)).toBeUndefined();
    const s = scenario({ name: '=HYPERLINK("x")\u0007\u202e', vms: [vm({ name: 'vm\ud800' })], notes: 'n'.repeat(10_000) });
    const { book } = await roundTrip(s, 'en');
    expect(sheetValues(book.getWorksheet('Summary')!)[1]![1]).toBe('=HYPERLINK("x")\uFFFD\u202e');
    expect(book.getWorksheet('Summary')!.getRow(2).getCell(2).type).toBe(3); // ValueType.String, never a formula
  });

  it('the streaming writer (hvsize) writes the same workbook as the in-memory one (the app)', async () => {
    const s = fixtures.find((f) => f.name === 'inventory-100-vms')!.s;
    const data = buildWorkbook(s, estimate(s, { lang: 'ja' }), 'ja');
    const chunks: Buffer[] = [];
    await writeXlsxStream(
      data,
      new Writable({
        write(chunk: Buffer, _encoding, done) {
          chunks.push(chunk);
          done();
        },
      }),
    );
    const streamed = await readXlsx(Buffer.concat(chunks));
    expectSameCells(streamed, data);
    const ws = streamed.getWorksheet('ジョブ')!;
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.getRow(2).getCell(6).numFmt).toBe('#,##0');
  });

  it('workbookXlsx builds and writes in one call, GiB always binary whatever the display units', async () => {
    const s = scenario({ jobs: [job({ destination: { kind: 'remote-share', label: 'x', capacityBytes: 10 * GiB } })] });
    const book = await readXlsx(await workbookXlsx(s, estimate(s, { lang: 'en' }), 'en', 'decimal'));
    const jobs = sheetValues(book.getWorksheet('Jobs')!);
    const col = jobs[0]!.indexOf('Destination capacity GiB');
    expect(jobs[1]![col]).toBe(10);
  });
});
