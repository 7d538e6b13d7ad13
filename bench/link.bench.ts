import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseScenario, type ScenarioInput } from '../src/engine';
import { decodeShareLink, encodeShareFragment, encodeScenarioBytes } from '../src/share/link-codec';
import { generateScenario } from './generate-scenario';
import { HOSTILE_CASES } from './hostile-link-cases';
import { measure, measureAsync } from './measure';

/**
 * Share-link size (target ≤ 2,048 characters for the 100-VM fixture) and encode/decode time; then
 * the hostile links and hvsize inputs of issue 15, each timed in a node process of its own (its
 * heap capped at 1 GB, so a case past it fails loudly) with that process's peak resident memory.
 */
const CHILD = 'HVSIZER_HOSTILE_CASE';
const HEAP_CAP_MB = 1024;
const mb = (bytes: number) => (bytes / 2 ** 20).toFixed(0).padStart(4);

async function linkSizesAndTimes() {
  const fixture = JSON.parse(readFileSync('fixtures/inventory-100-vms.hvsizer.json', 'utf8')) as ScenarioInput;
  const cases: [string, ScenarioInput][] = [
    ['inventory-100-vms fixture', fixture],
    ['1,000 VMs (generated)', generateScenario(1000)],
    ['8,000 VMs (generated)', generateScenario(8000)],
  ];
  console.log(`share link benchmark (node ${process.version})`);
  for (const [label, input] of cases) {
    const parsed = parseScenario(input);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems.slice(0, 3)));
    const fragment = await encodeShareFragment(parsed.scenario);
    const runs = label.startsWith('8,000') ? 10 : 50;
    const encode = measure(() => encodeScenarioBytes(parsed.scenario), runs, 2);
    const decode = await measureAsync(() => decodeShareLink(fragment), runs);
    const check = label.startsWith('inventory') ? `  target ≤ 2,048 ${fragment.length <= 2048 ? 'OK' : 'MISSED'}` : '';
    console.log(
      `${label.padEnd(26)} ${String(fragment.length).padStart(6)} chars${check}  encode median ${encode.median.toFixed(1)} ms` +
        `  decode+validate median ${decode.median.toFixed(1)} ms`,
    );
  }
}

/**
 * The process's peak resident memory. Linux's VmHWM starts afresh at exec; getrusage's maxRSS keeps
 * the parent's at fork, which the big inputs built here would inflate.
 */
function peakRss(): number {
  try {
    const hwm = /VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'));
    if (hwm) return Number(hwm[1]) * 1024;
  } catch {
    // not Linux
  }
  return process.resourceUsage().maxRSS * 1024;
}

/** In the child: one case on its input file; how long, how much memory, how it ended, as JSON. */
async function measureOneCase(index: number, path: string) {
  const text = readFileSync(path, 'utf8');
  const rssBefore = process.memoryUsage().rss;
  const t0 = performance.now();
  const outcome = await HOSTILE_CASES[index]!.act(path, text);
  const ms = performance.now() - t0;
  console.log(JSON.stringify({ ms, peakRss: peakRss(), rssBefore, heapAfter: process.memoryUsage().heapUsed, outcome }));
}

function measureInChild(index: number, path: string): string {
  try {
    const out = execFileSync(process.execPath, [`--max-old-space-size=${HEAP_CAP_MB}`, fileURLToPath(import.meta.url), String(index), path], {
      env: { ...process.env, [CHILD]: '1' },
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const r = JSON.parse(out.trim().split('\n').at(-1)!) as { ms: number; peakRss: number; rssBefore: number; heapAfter: number; outcome: string };
    return `${r.ms.toFixed(0).padStart(6)} ms  peak RSS ${mb(r.peakRss)} MB (${mb(r.rssBefore).trim()} at start)  heap after ${mb(r.heapAfter)} MB  ${r.outcome}`;
  } catch (error) {
    const stderr = String((error as { stderr?: string }).stderr ?? error);
    return `FAILED (exit ${(error as { status?: number }).status}): ${stderr.split('\n').find((l) => /heap|Error/.test(l)) ?? ''}`;
  }
}

async function hostileInputs() {
  console.log(
    `hostile inputs, each in a node of its own (--max-old-space-size=${HEAP_CAP_MB}); targets: refused in ≤ 2 s, within the bounds ≤ 15 s and ≤ 1 GB`,
  );
  const dir = mkdtempSync(join(tmpdir(), 'hvsizer-hostile-'));
  try {
    for (const [i, c] of HOSTILE_CASES.entries()) {
      const text = await c.input();
      const path = join(dir, `case-${i}.txt`);
      writeFileSync(path, text);
      const size =
        text.length >= 2 ** 20 ? `${(text.length / 2 ** 20).toFixed(1)} M` : text.length >= 1024 ? `${(text.length / 1024).toFixed(0)} K` : `${text.length} `;
      console.log(`${c.label.padEnd(54)} ${size.padStart(6)}chars ${measureInChild(i, path)}`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.env[CHILD]) {
  await measureOneCase(Number(process.argv[2]), process.argv[3]!);
} else {
  await linkSizesAndTimes();
  await hostileInputs();
}
