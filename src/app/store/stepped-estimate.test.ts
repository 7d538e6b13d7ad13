import { describe, expect, it } from 'vitest';
import { estimate, estimateSteps, type Estimate, type Lang, type Scenario } from '../../engine';
import { sampleScenario } from './app-store';
import { steppedEstimate } from './stepped-estimate';

const nextFinish = () =>
  new Promise<void>((resolve) => {
    const stop = steppedEstimate.subscribe(() => (stop(), resolve()));
  });

describe('the estimate in slices', () => {
  it('pauses between its steps, and run to the end is the estimate', () => {
    const scenario = sampleScenario('cluster-csv', 'ja');
    const steps = estimateSteps(scenario);
    let pauses = 0;
    let step = steps.next();
    while (!step.done) {
      pauses++;
      step = steps.next();
    }
    expect(pauses).toBeGreaterThan(scenario.jobs.length);
    expect(step.value).toEqual(estimate(scenario));
  });

  it('finishes the scenario asked for and hands it over; a newer request drops the older', async () => {
    const kept: [Scenario, Lang, Estimate][] = [];
    const older = sampleScenario('cluster-csv', 'ja');
    const newer = { ...older, jobs: older.jobs.map((j) => ({ ...j, generations: j.generations + 1 })) };
    const done = nextFinish();
    steppedEstimate.request(older, 'ja', (...args) => kept.push(args));
    steppedEstimate.request(newer, 'en', (...args) => kept.push(args));
    expect(steppedEstimate.busy()).toBe(true);
    await done;
    expect(steppedEstimate.busy()).toBe(false);
    expect(kept.map(([s, lang]) => [s, lang])).toEqual([[newer, 'en']]);
    expect(steppedEstimate.finished()).toEqual({ scenario: newer, lang: 'en', estimate: estimate(newer, { lang: 'en' }) });
  });
});
