import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { readInventoryFiles, readInventoryFilesInSlices, type ImportResult } from '../src/inventory/inventory-import';
import { diskRow, generatedCsv, inventoryCsvLines } from '../src/test-support/make-inventory-csv';
import { measure } from './measure';

/**
 * The inventory CSV importer (engineering.md: imports are linear, 100,000 rows in ≤ 10 s with
 * progress, above the bounds a clear limit refused in ≤ 2 s): time per row at growing sizes, the
 * peak heap and the longest the page would be blocked between progress reports.
 */
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

const LIMIT_MS = { import: 10_000, refuse: 2_000 };

/** Every disk on its own relative path: each one a volume lookup that the old importer scanned for. */
function relativePathsCsv(rows: number): Uint8Array {
  const values = Array.from({ length: rows }, (_, i) => diskRow(Math.floor(i / 8), i % 8, { DiskPath: `vm${Math.floor(i / 8)}\\disk${i}.vhdx` }));
  return new TextEncoder().encode(inventoryCsvLines(values).join('\r\n'));
}

async function peakOfSliced(bytes: Uint8Array) {
  gc();
  const base = process.memoryUsage().heapUsed;
  let peak = base;
  let longestBlock = 0;
  let last = performance.now();
  const result = await readInventoryFilesInSlices([{ name: 'bench.csv', bytes }], 'en', () => {
    const now = performance.now();
    longestBlock = Math.max(longestBlock, now - last);
    peak = Math.max(peak, process.memoryUsage().heapUsed);
    last = now;
  });
  longestBlock = Math.max(longestBlock, performance.now() - last);
  peak = Math.max(peak, process.memoryUsage().heapUsed);
  return { result, peakMiB: (peak - base) / 2 ** 20, longestBlock };
}

const verdict = (r: ImportResult) => (r.ok ? `imported ${r.counts.vms} VMs, ${r.counts.disks} disks` : `refused: ${r.notes[0]!.message}`);

console.log(`inventory CSV import benchmark (node ${process.version})`);
const cases: [string, number, (rows: number) => Uint8Array][] = [
  ['disks on D:', 10_000, (n) => generatedCsv(n, 8)],
  ['disks on D:', 20_000, (n) => generatedCsv(n, 8)],
  ['disks on D:', 40_000, (n) => generatedCsv(n, 8)],
  ['disks on D:', 64_000, (n) => generatedCsv(n, 8)],
  ['relative paths', 20_000, relativePathsCsv],
  ['relative paths', 64_000, relativePathsCsv],
  ['over the limit', 100_000, (n) => generatedCsv(n, 20)],
];
for (const [label, rows, make] of cases) {
  const bytes = make(rows);
  const runs = rows >= 40_000 ? 5 : 10;
  const time = measure(() => readInventoryFiles([{ name: 'bench.csv', bytes }], 'en'), runs, 2);
  const sliced = await peakOfSliced(bytes);
  const limit = sliced.result.ok ? LIMIT_MS.import : LIMIT_MS.refuse;
  console.log(
    `${label.padEnd(15)} ${rows.toLocaleString('en-US').padStart(7)} rows (${(bytes.length / 2 ** 20).toFixed(1)} MiB)` +
      `  median ${time.median.toFixed(0).padStart(5)} ms (${((time.median / rows) * 1000).toFixed(1)} µs/row)` +
      `  target ≤ ${limit.toLocaleString('en-US')} ms ${time.median <= limit ? 'OK' : 'MISSED'}` +
      `  peak heap +${sliced.peakMiB.toFixed(0)} MiB  longest block ${sliced.longestBlock.toFixed(0)} ms  ${verdict(sliced.result)}`,
  );
}
