import { estimate, parseScenario } from '../src/engine';
import { generateScenario } from './generate-scenario';
import { measure } from './measure';

/** Runs in the page: the same measurement as engine.bench.ts, in the browser's V8. */
(globalThis as unknown as { runEngineBench: () => unknown }).runEngineBench = () =>
  [1000, 8000].map((vmCount) => {
    const parsed = parseScenario(generateScenario(vmCount));
    if (!parsed.ok) throw new Error('invalid');
    const scenario = parsed.scenario;
    return { vmCount, ...measure(() => estimate(scenario), vmCount >= 8000 ? 40 : 200) };
  });
