import type { Estimate, Lang, Scenario, UnitSystem } from '../engine';
import { buildWorkbook, EXCEL_MAX_ROWS, type CellValue, type ColumnKind, type WorkbookData, type WorkbookSheet } from './workbook';

/**
 * The workbook as an .xlsx file (Office Open XML), written by exceljs (docs/decisions/0009-workbook.md).
 * The library is imported here, when a workbook is asked for, never by the first load of the app:
 * the app loads this module itself on demand, and the CLI only for `--format xlsx`.
 */

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Excel's limit on the characters of one cell: a longer text makes Excel offer to repair the file. */
export const EXCEL_CELL_MAX_CHARS = 32_767;

/** Number formats: bytes whole with separators (Excel sums them), GiB to two places, counts whole. */
export const NUMBER_FORMATS: Partial<Record<ColumnKind, string>> = {
  bytes: '#,##0',
  gib: '#,##0.00',
  integer: '#,##0',
};

/** Column widths in characters (a CJK character counts two): at least the header, at most the cap. */
const WIDTH_CAP: Record<ColumnKind, number> = { text: 40, long: 80, general: 40, bytes: 22, gib: 14, integer: 14, number: 12 };
const WIDTH_MIN = 8;
/** Rows read to size a column: the first screens, not every row of a large scenario. */
const WIDTH_SAMPLE_ROWS = 500;

/**
 * Characters XML 1.0 cannot carry (C0 controls other than tab and line breaks, unpaired surrogates,
 * U+FFFE/U+FFFF): a name from a file or link may hold them; in a cell they would break the file.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Text XML can carry (others shown as U+FFFD) within Excel's cell limit. */
export function xlsxText(text: string): string {
  const safe = text.replace(NOT_XML, '\uFFFD');
  if (safe.length <= EXCEL_CELL_MAX_CHARS) return safe;
  // Cut before a pair that the cut would split: half a pair is not XML either.
  return `${safe.slice(0, EXCEL_CELL_MAX_CHARS - 1).replace(/[\ud800-\udbff]$/, '')}…`;
}

/** A cell as the file holds it: safe text, finite numbers, and nothing at all (an empty cell) for null. */
export function xlsxCell(value: CellValue): string | number | undefined {
  if (value === null) return undefined;
  return typeof value === 'number' ? (Number.isFinite(value) ? value : undefined) : xlsxText(value);
}

/** Display width of a text: East Asian wide and full-width characters take two columns. */
function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
  return width;
}

function cellWidth(value: CellValue, kind: ColumnKind): number {
  if (value === null) return 0;
  if (typeof value === 'number') {
    const whole = Math.trunc(Math.abs(value)).toString().length;
    return whole + Math.floor((whole - 1) / 3) + (kind === 'gib' ? 3 : 0) + 1;
  }
  return Math.max(...value.split('\n').map(displayWidth));
}

function columnWidth(sheet: WorkbookSheet, index: number): number {
  const { header, kind } = sheet.columns[index]!;
  let width = displayWidth(header);
  for (const row of sheet.rows.slice(0, WIDTH_SAMPLE_ROWS)) width = Math.max(width, cellWidth(row[index] ?? null, kind));
  return Math.min(WIDTH_CAP[kind], Math.max(WIDTH_MIN, width + 2));
}

type ExcelJs = typeof import('exceljs');
type Book = InstanceType<ExcelJs['Workbook']>;
/** Where the streaming writer sends the file (a Node writable stream; the CLI's). */
export type XlsxStream = ConstructorParameters<ExcelJs['stream']['xlsx']['WorkbookWriter']>[0]['stream'];

/** exceljs is CommonJS: Node gives its exports as `default`, a bundler may give them either way. */
async function loadExcelJs(): Promise<ExcelJs> {
  const mod = (await import('exceljs')) as ExcelJs & { default?: ExcelJs };
  return mod.default ?? mod;
}

/**
 * Adds the sheets to a workbook, in memory or streaming (each row committed as it is written): each
 * sheet one table, its header row bold and frozen, filters on the whole table, number formats and
 * widths by column, long text wrapped.
 */
function addSheets(book: Book, data: WorkbookData): void {
  book.creator = 'Hyper-V Backup Sizer';
  book.title = xlsxText(data.title);
  book.created = new Date();
  for (const sheet of data.sheets) {
    if (sheet.rows.length + 1 > EXCEL_MAX_ROWS) throw new Error(`${sheet.name}: ${sheet.rows.length} rows, more than Excel's ${EXCEL_MAX_ROWS - 1}`);
    const ws = book.addWorksheet(sheet.name, { views: [{ state: 'frozen', xSplit: 0, ySplit: 1, topLeftCell: 'A2', activeCell: 'A2' }] });
    sheet.columns.forEach((column, i) => {
      const col = ws.getColumn(i + 1);
      col.width = columnWidth(sheet, i);
      const numFmt = NUMBER_FORMATS[column.kind];
      if (numFmt !== undefined) col.numFmt = numFmt;
      col.alignment = column.kind === 'long' ? { vertical: 'top', wrapText: true } : { vertical: 'top' };
    });
    ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: sheet.rows.length + 1, column: sheet.columns.length } };
    const header = ws.addRow(sheet.columns.map((c) => xlsxCell(c.header)));
    header.eachCell((cell) => {
      // A header is text whatever its column holds.
      cell.numFmt = 'General';
      cell.font = { bold: true };
      cell.alignment = { vertical: 'top', wrapText: true };
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF4' } };
    });
    header.commit();
    for (const row of sheet.rows) ws.addRow(row.map(xlsxCell)).commit();
    (ws as { commit?: () => void }).commit?.();
  }
}

/** The .xlsx bytes of a workbook, built in memory (the browser; exceljs has no streaming writer there). */
export async function writeXlsx(data: WorkbookData): Promise<Uint8Array<ArrayBuffer>> {
  const ExcelJS = await loadExcelJs();
  const book = new ExcelJS.Workbook();
  addSheets(book, data);
  const buffer = await book.xlsx.writeBuffer({ useSharedStrings: false, zip: { compression: 'DEFLATE', compressionOptions: { level: 6 } } });
  return new Uint8Array(buffer);
}

/**
 * The same file written row by row to a Node stream (the CLI): a tenth of the memory and a quarter of
 * the time of the in-memory workbook for 8,000 VMs.
 */
export async function writeXlsxStream(data: WorkbookData, stream: XlsxStream): Promise<void> {
  const ExcelJS = await loadExcelJs();
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: false });
  addSheets(book, data);
  await book.commit();
}

/** The workbook of a scenario and its estimate as .xlsx bytes, in the chosen language. */
export function workbookXlsx(s: Scenario, e: Estimate, lang: Lang, units: UnitSystem = 'binary'): Promise<Uint8Array<ArrayBuffer>> {
  return writeXlsx(buildWorkbook(s, e, lang, units));
}
