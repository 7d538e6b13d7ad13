import type { CellValue } from './workbook';

type ExcelJs = typeof import('exceljs');
type Book = InstanceType<ExcelJs['Workbook']>;
type Sheet = ReturnType<Book['addWorksheet']>;

/**
 * Reads an .xlsx back with the library that wrote it (exceljs): what the tests and the end-to-end
 * test check the workbook with (formats.md: "tests read it back with the writing library").
 */
export async function readXlsx(bytes: Uint8Array): Promise<Book> {
  const mod = (await import('exceljs')) as ExcelJs & { default?: ExcelJs };
  const ExcelJS = mod.default ?? mod;
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as unknown as ArrayBuffer);
  return book;
}

/** A sheet's cells, header row first, as the workbook model holds them (empty cells are null). */
export function sheetValues(ws: Sheet): CellValue[][] {
  const rows: CellValue[][] = [];
  for (let r = 1; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    rows.push(Array.from({ length: ws.columnCount }, (_, c) => (row.getCell(c + 1).value as CellValue | undefined) ?? null));
  }
  return rows;
}
