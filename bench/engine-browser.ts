import { estimate, parseScenario } from '../src/engine';
import { generateScenario } from './generate-scenario';
import { measure } from './measure';

/** Runs in the page: the same measurement as engine.bench.ts, in the browser's V8. */
(globalThis as unknown as { runEngineBench: () => unknown }).runEngineBench = () =>
  (
    [
      [1000, 'all-jobs'],
      [8000, 'all-jobs'],
      [1000, 'findings-heavy'],
      [8000, 'findings-heavy'],
      [8000, 'findings-extreme'],
    ] as const
  ).map(([vmCount, kind]) => {
    const parsed = parseScenario(generateScenario(vmCount, kind));
    if (!parsed.ok) throw new Error('invalid');
    const scenario = parsed.scenario;
    return { vmCount, kind, ...measure(() => estimate(scenario), vmCount >= 8000 ? 40 : 200) };
  });
