import type { Scenario } from '../../engine';
import { runJob, type ComputeAnswers, type ComputeReply, type ComputeRequest } from './compute-protocol';
import { changesBetween, inParts } from './scenario-mirror';

type Job = Exclude<ComputeRequest, { type: 'sync' }>;
type JobInput<T extends Job['type']> = Omit<Extract<Job, { type: T }>, 'id'> & { type: T };

/**
 * The page's side of the compute worker. A job about the scenario on screen first brings the worker's
 * copy up to date (only what changed crosses), then waits its turn: one job runs at a time, and a job
 * still waiting when a newer one of its kind arrives is dropped (its promise gives `null`), so the
 * worker never works on a scenario already replaced. Where no worker can start (a page opened from
 * disk, tests without one), the same jobs run on the page.
 */
class ComputeClient {
  private worker: Worker | null | undefined;
  private mirrored: Scenario | null = null;
  private nextId = 1;
  private answers = new Map<number, (reply: ComputeReply) => void>();
  private running: Promise<unknown> = Promise.resolve();
  private waiting = new Map<Job['type'], { drop: () => void }>();

  private start(): Worker | null {
    if (this.worker !== undefined) return this.worker;
    try {
      this.worker = new Worker(new URL('./compute-worker.ts', import.meta.url), { type: 'module' });
      this.worker.onmessage = (e: MessageEvent<ComputeReply>) => {
        this.answers.get(e.data.id)?.(e.data);
        this.answers.delete(e.data.id);
      };
      // A worker that fails to load (blocked, offline file) gives way to the page for good.
      this.worker.onerror = () => this.giveUp();
    } catch {
      this.worker = null;
    }
    return this.worker;
  }

  private giveUp() {
    this.worker?.terminate();
    this.worker = null;
    this.mirrored = null;
    for (const answer of this.answers.values()) answer({ id: 0, ok: false, error: 'worker stopped' });
    this.answers.clear();
  }

  private post<T>(request: ComputeRequest): Promise<T> {
    const worker = this.worker!;
    return new Promise<T>((resolve, reject) => {
      this.answers.set(request.id, (reply) => (reply.ok ? resolve(reply.value as T) : reject(new Error(reply.error))));
      worker.postMessage(request);
    });
  }

  private async runNow<T extends Job['type']>(input: JobInput<T>, scenario: Scenario | null): Promise<ComputeAnswers[T]> {
    const worker = this.start();
    if (worker === null) return (await runJob(scenario, { ...input, id: 0 } as Job)) as ComputeAnswers[T];
    if (scenario !== null && scenario !== this.mirrored) {
      const parts = inParts(changesBetween(this.mirrored, scenario));
      // Until every part is sent the worker's copy is neither scenario.
      this.mirrored = null;
      for (const [k, changes] of parts.entries()) {
        if (k > 0) await new Promise((resolve) => setTimeout(resolve, 0));
        worker.postMessage({ id: this.nextId++, type: 'sync', changes } satisfies ComputeRequest);
      }
      this.mirrored = scenario;
    }
    try {
      return await this.post<ComputeAnswers[T]>({ ...input, id: this.nextId++ } as Job);
    } catch (error) {
      if (this.worker !== null) throw error;
      return (await runJob(scenario, { ...input, id: 0 } as Job)) as ComputeAnswers[T];
    }
  }

  /** Runs a job in turn; `null` when a newer job of the same kind replaced it before it started. */
  run<T extends Job['type']>(input: JobInput<T>, scenario: Scenario | null = null): Promise<ComputeAnswers[T] | null> {
    this.waiting.get(input.type)?.drop();
    let dropped = false;
    const entry = { drop: () => (dropped = true) };
    this.waiting.set(input.type, entry);
    const result = this.running.then(() => {
      if (this.waiting.get(input.type) === entry) this.waiting.delete(input.type);
      return dropped ? null : this.runNow<T>(input, scenario);
    });
    this.running = result.catch(() => undefined);
    return result;
  }
}

export const compute = new ComputeClient();
