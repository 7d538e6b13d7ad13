// Runs a benchmark as production code runs: bundled and minified (esbuild), not through tsx, whose
// transform wraps every function in a naming helper and so measures that helper too.
import { build } from 'esbuild';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const entry = process.argv[2] ?? 'bench/engine.bench.ts';
const dir = mkdtempSync(join(tmpdir(), 'hvsizer-bench-'));
const outfile = join(dir, 'bench.mjs');
await build({ entryPoints: [entry], bundle: true, minify: true, platform: 'node', format: 'esm', outfile, logLevel: 'warning' });
try {
  await import(pathToFileURL(outfile).href);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
