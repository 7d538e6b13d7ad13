import { startTransition, useDeferredValue, useEffect, useState, useSyncExternalStore } from 'react';
import { estimate, requiredCapacityTotal, type Basis, type Estimate, type Lang, type Scenario } from '../../engine';
import { useAppStore } from './app-store';
import { steppedEstimate, type Finished } from './stepped-estimate';

/**
 * Results derived from the store's scenario, computed once per scenario object and language and
 * shared by every component. Only the last few are kept (the current, the deferred, the last sliced
 * one, a comparison's): an estimate of 8,000 VMs holds tens of megabytes, and a cache keyed by every
 * scenario still in the undo history kept all of theirs, which lengthened every garbage collection.
 */
const KEEP_ESTIMATES = 6;
const estimates = new Map<Scenario, Partial<Record<Lang, Estimate>>>();

/** The estimates kept for a scenario, marked as recently used. */
function keptFor(scenario: Scenario): Partial<Record<Lang, Estimate>> | undefined {
  const byLang = estimates.get(scenario);
  if (byLang) {
    estimates.delete(scenario);
    estimates.set(scenario, byLang);
  }
  return byLang;
}

function keepEstimate(scenario: Scenario, lang: Lang, result: Estimate): void {
  let byLang = keptFor(scenario);
  if (!byLang) {
    estimates.set(scenario, (byLang = {}));
    for (const oldest of estimates.keys()) {
      if (estimates.size <= KEEP_ESTIMATES) break;
      estimates.delete(oldest);
    }
  }
  byLang[lang] = result;
}

export function selectEstimate(scenario: Scenario, lang: Lang): Estimate {
  const kept = keptFor(scenario)?.[lang];
  if (kept) return kept;
  const result = estimate(scenario, { lang });
  keepEstimate(scenario, lang, result);
  return result;
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

/**
 * Past this many VMs over all jobs (2,000 VMs in 4 jobs is 8,000), sizing and its garbage take longer
 * than a keystroke may block the page: the estimate then runs in slices between keystrokes, and the
 * page shows the last finished results until the new ones are ready. Below it, results follow at once
 * (1,000 VMs in 5 jobs: keystroke → total ~25 ms), since slicing adds frames of delay.
 */
export const STEP_FROM_JOB_VMS = 6000;

const isLarge = (s: Scenario) => s.jobs.reduce((n, j) => n + j.include.vmIds.length, 0) > STEP_FROM_JOB_VMS;

// Large scenarios are sized in slices as soon as they change, outside any render.
const stepIfLarge = ({ scenario, lang }: { scenario: Scenario; lang: Lang }) => {
  if (isLarge(scenario) && !keptFor(scenario)?.[lang]) steppedEstimate.request(scenario, lang, keepEstimate);
};
stepIfLarge(useAppStore.getState());
useAppStore.subscribe((now, before) => {
  if (now.scenario !== before.scenario || now.lang !== before.lang) stepIfLarge(now);
});

/**
 * The last finished sliced estimate, taken in a transition: React renders the new results in slices
 * too, and a keystroke meanwhile comes first.
 */
function useFinished(): Finished | null {
  const [finished, setFinished] = useState(steppedEstimate.finished);
  useEffect(() => steppedEstimate.subscribe(() => startTransition(() => setFinished(steppedEstimate.finished()))), []);
  return finished;
}

/** True while newer results of a large scenario are on their way. */
export function useResultsPending(): boolean {
  return useSyncExternalStore(steppedEstimate.subscribeBusy, steppedEstimate.busy);
}

export interface Results {
  /** The scenario the estimate is of: the one being edited, or for large ones the last one sized. */
  scenario: Scenario;
  estimate: Estimate;
}

/** The results on screen: a scenario and its estimate, always a matching pair. */
export function useResults(options: DerivedOptions = {}): Results {
  // Large scenarios change what is shown only when their sliced estimate finishes, not at each keystroke.
  const small = useAppStore((s) => (isLarge(s.scenario) ? null : s.scenario));
  const lang = useAppStore((s) => s.lang);
  const deferred = useDeferredValue(small);
  const finished = useFinished();
  if (small !== null) {
    const scenario = options.deferred ? (deferred ?? small) : small;
    return { scenario, estimate: selectEstimate(scenario, lang) };
  }
  const current = useAppStore.getState().scenario;
  const ready = keptFor(current)?.[lang];
  if (ready) return { scenario: current, estimate: ready };
  if (finished !== null && finished.lang === lang) return { scenario: finished.scenario, estimate: finished.estimate };
  // Nothing sized yet in this language (a large scenario just opened): at once, this once.
  return { scenario: current, estimate: selectEstimate(current, lang) };
}

export function useScenario(options: DerivedOptions = {}): Scenario {
  return useResults(options).scenario;
}

/** The estimate of the current scenario, derived from the store's inputs. */
export function useEstimate(options: DerivedOptions = {}): Estimate {
  return useResults(options).estimate;
}
