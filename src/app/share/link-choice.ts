import type { Scenario } from '../../engine';
import { SAMPLES } from '../../scenario/samples';
import { sampleScenario } from '../store/app-store';

const sameScenario = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * What opening a link does to the work on screen: nothing when it holds the same scenario; open it
 * at once when the work is an untouched sample (nothing of the person's own to lose); otherwise ask —
 * saved work, edits made on a first visit, another link's scenario.
 */
export function linkChoice(current: Scenario, linked: Scenario): 'same' | 'open' | 'ask' {
  if (sameScenario(current, linked)) return 'same';
  const untouchedSample = SAMPLES.some((s) => (['ja', 'en'] as const).some((l) => sameScenario(sampleScenario(s.id, l), current)));
  return untouchedSample ? 'open' : 'ask';
}
