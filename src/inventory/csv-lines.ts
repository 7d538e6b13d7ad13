import Papa from 'papaparse';
import type { Lang } from '../engine';
import type { ImportNote } from './inventory-types';
import { noteOf } from './inventory-words';

export interface CsvRow {
  /** 1-based line of the file, for notes. */
  line: number;
  fields: string[];
}

/** Lines parsed at a time: a few milliseconds of work, so the caller can report progress between. */
const BLOCK_LINES = 1000;

const isQuoteError = (e: Papa.ParseError) => e.type === 'Quotes';

/**
 * A CSV's records, one per line. No field of the inventory CSV holds a line break, so a record that
 * spans lines is a quote left open, which would swallow the rows after it. The text is parsed in
 * blocks of lines; a block where that happens is read again line by line, and a line whose quotes do
 * not pair up is noted and left out. Each line is parsed at most twice: linear, whatever the input.
 */
export class CsvLines {
  readonly lines: string[];
  private readonly delimiter: string;

  constructor(text: string) {
    this.lines = text.split(/\r\n|\n|\r/);
    // Excel writes `;` or a tab in some locales: guessed once, from the first lines, for every block.
    this.delimiter = Papa.parse<string[]>(this.lines.slice(0, 20).join('\n'), { preview: 20 }).meta.delimiter;
  }

  *records(name: string, notes: ImportNote[], lang: Lang): Generator<CsvRow, void, void> {
    for (let start = 0; start < this.lines.length; start += BLOCK_LINES) {
      const block = this.lines.slice(start, start + BLOCK_LINES);
      const whole = Papa.parse<string[]>(block.join('\n'), { delimiter: this.delimiter });
      const oneRecordPerLine =
        !whole.errors.some(isQuoteError) && whole.data.length === block.length && whole.data.every((fields) => fields.every((f) => !/[\r\n]/.test(f)));
      if (oneRecordPerLine) {
        for (const [i, fields] of whole.data.entries()) yield { line: start + i + 1, fields };
        continue;
      }
      for (const [i, text] of block.entries()) {
        const one = Papa.parse<string[]>(text, { delimiter: this.delimiter });
        if (one.errors.some(isQuoteError)) notes.push(noteOf(`${name} line ${start + i + 1}`, 'badQuotes', lang));
        else yield { line: start + i + 1, fields: one.data[0] ?? [''] };
      }
    }
  }
}
