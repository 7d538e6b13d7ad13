import { estimateSteps, type Estimate, type Lang, type Scenario } from '../../engine';

/**
 * Sizing of large scenarios between keystrokes: the estimate runs a few steps at a time (each a few
 * milliseconds), yields to the page, and is dropped when a newer scenario is asked for. Meanwhile the
 * page shows the last finished results. Done estimates go to `keep`, shared with the synchronous path.
 */
export interface Finished {
  scenario: Scenario;
  lang: Lang;
  estimate: Estimate;
}

/** How long one slice of steps may run before the page gets the thread back. */
const SLICE_MS = 8;

type Keep = (scenario: Scenario, lang: Lang, estimate: Estimate) => void;

let running: { scenario: Scenario; lang: Lang; steps: Generator<void, Estimate> } | null = null;
let finished: Finished | null = null;
const listeners = new Set<() => void>();
const busyListeners = new Set<() => void>();
const setRunning = (next: typeof running) => {
  const changed = (running === null) !== (next === null);
  running = next;
  if (changed) for (const listener of busyListeners) listener();
};
let keep: Keep = () => undefined;

const channel = typeof MessageChannel === 'undefined' ? null : new MessageChannel();
// A message, not a timer: a timer may wait 4 ms or more between slices.
const schedule = () => (channel ? channel.port2.postMessage(null) : setTimeout(runSlice, 0));
if (channel) channel.port1.onmessage = () => runSlice();

function runSlice(): void {
  const job = running;
  if (job === null) return;
  const until = performance.now() + SLICE_MS;
  for (;;) {
    const step = job.steps.next();
    if (step.done) {
      setRunning(null);
      keep(job.scenario, job.lang, step.value);
      finished = { scenario: job.scenario, lang: job.lang, estimate: step.value };
      for (const listener of listeners) listener();
      return;
    }
    if (performance.now() >= until) break;
  }
  schedule();
}

export const steppedEstimate = {
  /** Starts sizing `scenario` (an unfinished older one is dropped); `store` keeps what finishes. */
  request(scenario: Scenario, lang: Lang, store: Keep): void {
    keep = store;
    if (running?.scenario === scenario && running.lang === lang) return;
    const idle = running === null;
    setRunning({ scenario, lang, steps: estimateSteps(scenario, { lang }) });
    if (idle) schedule();
  },
  /** The last estimate finished, or null before the first. */
  finished: (): Finished | null => finished,
  /** True while an estimate is on its way. */
  busy: (): boolean => running !== null,
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  /** Told when an estimate starts or stops being on its way. */
  subscribeBusy(listener: () => void): () => void {
    busyListeners.add(listener);
    return () => busyListeners.delete(listener);
  },
};
