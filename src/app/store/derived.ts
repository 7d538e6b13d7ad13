import { useDeferredValue } from 'react';
import { estimate, requiredCapacityTotal, type Basis, type Estimate, type Lang, type Scenario } from '../../engine';
import { useAppStore } from './app-store';

/**
 * Results derived from the store's scenario, computed once per scenario object and language and
 * shared by every component (a WeakMap, so the current and the deferred scenario both stay cached).
 */
const estimates = new WeakMap<Scenario, Partial<Record<Lang, Estimate>>>();

export function selectEstimate(scenario: Scenario, lang: Lang): Estimate {
  let byLang = estimates.get(scenario);
  if (!byLang) estimates.set(scenario, (byLang = {}));
  return (byLang[lang] ??= estimate(scenario, { lang }));
}

const otherTotals = new WeakMap<Scenario, { basis: Basis; requiredCapacityBytes: number }>();

/** The total on the basis not chosen, so the verdict can show both (sizing-rules.md §0). */
export function selectOtherBasisTotal(scenario: Scenario): { basis: Basis; requiredCapacityBytes: number } {
  let total = otherTotals.get(scenario);
  if (!total) {
    const basis: Basis = (scenario.assumptions.basis ?? 'maximum') === 'maximum' ? 'current' : 'maximum';
    total = { basis, requiredCapacityBytes: requiredCapacityTotal(scenario, basis) };
    otherTotals.set(scenario, total);
  }
  return total;
}

export interface DerivedOptions {
  /**
   * Read the scenario through useDeferredValue: the verdict and the job figures update with the
   * keystroke, while charts, line items and the rest follow in a lower-priority render.
   */
  deferred?: boolean;
}

export function useScenario(options: DerivedOptions = {}): Scenario {
  const scenario = useAppStore((s) => s.scenario);
  const deferred = useDeferredValue(scenario);
  return options.deferred ? deferred : scenario;
}

/** The estimate of the current scenario, derived from the store's inputs. */
export function useEstimate(options: DerivedOptions = {}): Estimate {
  const scenario = useScenario(options);
  const lang = useAppStore((s) => s.lang);
  return selectEstimate(scenario, lang);
}
