import type { OnProgress, Steps } from './inventory-types';

/** Runs import work to its end at once (the CLI, tests). */
export function runSteps<T>(steps: Steps<T>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Runs import work in slices of about `sliceMs`, reporting progress and giving the page its turn
 * between slices, so that a large file neither freezes the page nor hides how far it has got.
 */
export async function runStepsInSlices<T>(steps: Steps<T>, onProgress?: OnProgress, sliceMs = 30): Promise<T> {
  let sliceStart = performance.now();
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
    if (performance.now() - sliceStart >= sliceMs || r.value.stage === 'check') {
      onProgress?.(r.value.done, r.value.total, r.value.stage);
      await nextTask();
      sliceStart = performance.now();
    }
  }
}
