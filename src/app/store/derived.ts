import { estimate, type Basis, type Estimate, type Lang, type Scenario } from '../../engine';
import { useAppStore } from './app-store';

/** Remembers the last result per argument list, so every component reading it shares one run. */
function memoizeLast<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
  let lastArgs: A | null = null;
  let lastResult: R;
  return (...args: A) => {
    if (lastArgs === null || args.length !== lastArgs.length || args.some((a, i) => a !== lastArgs![i])) {
      lastResult = fn(...args);
      lastArgs = args;
    }
    return lastResult;
  };
}

export const selectEstimate = memoizeLast((scenario: Scenario, lang: Lang): Estimate => estimate(scenario, { lang }));

/** The totals on the basis not chosen, so the verdict can show both (sizing-rules.md §0). */
export const selectOtherBasisTotal = memoizeLast((scenario: Scenario): { basis: Basis; requiredCapacityBytes: number } => {
  const basis: Basis = (scenario.assumptions.basis ?? 'maximum') === 'maximum' ? 'current' : 'maximum';
  return { basis, requiredCapacityBytes: estimate(scenario, { basis, lang: 'en' }).totals.requiredCapacityBytes };
});

/** The estimate of the current scenario, derived from the store's inputs. */
export function useEstimate(): Estimate {
  const scenario = useAppStore((s) => s.scenario);
  const lang = useAppStore((s) => s.lang);
  return selectEstimate(scenario, lang);
}

export function useScenario(): Scenario {
  return useAppStore((s) => s.scenario);
}
