// Runs a benchmark as production code runs: bundled and minified (esbuild), not through tsx, whose
// transform wraps every function in a naming helper and so measures that helper too.
import { build } from 'esbuild';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const entry = process.argv[2] ?? 'bench/engine.bench.ts';
// Inside the project, so the external packages resolve from node_modules.
mkdirSync('node_modules/.cache', { recursive: true });
const dir = mkdtempSync(join('node_modules/.cache', 'hvsizer-bench-'));
const outfile = join(dir, 'bench.mjs');
await build({
  entryPoints: [entry],
  bundle: true,
  minify: true,
  platform: 'node',
  format: 'esm',
  outfile,
  logLevel: 'warning',
  // Tools the benchmark drives stay packages; only the measured code is bundled.
  external: ['@playwright/test', 'playwright', 'playwright-core', 'esbuild'],
});
try {
  await import(pathToFileURL(join(process.cwd(), outfile)).href);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
