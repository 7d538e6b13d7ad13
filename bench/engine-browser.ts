import { estimate, parseScenario } from '../src/engine';
import { generateScenario } from './generate-scenario';

/** Runs in the page: the same measurement as engine.bench.ts, in the browser's V8. */
function measure(fn: () => unknown, runs: number) {
  for (let i = 0; i < 5; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(times.length / 2)]!, min: times[0]! };
}

(globalThis as unknown as { runEngineBench: () => unknown }).runEngineBench = () =>
  [1000, 8000].map((vmCount) => {
    const parsed = parseScenario(generateScenario(vmCount));
    if (!parsed.ok) throw new Error('invalid');
    const scenario = parsed.scenario;
    return { vmCount, ...measure(() => estimate(scenario), vmCount >= 8000 ? 40 : 200) };
  });
