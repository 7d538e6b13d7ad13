import stringWidth from 'string-width';
import { visible } from './visible-text';

export type Align = 'left' | 'right';

/**
 * A plain-text table whose columns line up in a terminal, Japanese (double-width) text included;
 * control and bidi characters in cells show as escapes (visible-text.ts).
 */
export function textTable(headerCells: string[], rowCells: string[][], align: Align[]): string {
  const header = headerCells.map(visible);
  const rows = rowCells.map((r) => r.map(visible));
  const widths = header.map((h, c) => Math.max(stringWidth(h), ...rows.map((r) => stringWidth(r[c] ?? ''))));
  const line = (cells: string[]) =>
    cells
      .map((cell, c) => {
        const pad = ' '.repeat((widths[c] ?? 0) - stringWidth(cell));
        return align[c] === 'right' ? pad + cell : cell + pad;
      })
      .join('  ')
      .trimEnd();
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  return [line(header), rule, ...rows.map(line)].join('\n');
}
