import type { Lang, Scenario } from '../../engine';
import type { LinkResult } from '../../share/link-codec';
import type { ScenarioChange } from './scenario-mirror';

/**
 * What the page asks of the compute worker, and what it answers. The worker keeps its own copy of the
 * scenario on screen (`sync` sends only what changed); the jobs work on that copy.
 */
export type ComputeRequest =
  | { id: number; type: 'sync'; changes: ScenarioChange[] }
  /** The share fragment of the worker's scenario. */
  | { id: number; type: 'link' }
  /** A link opened: the validated scenario, or its problems. */
  | { id: number; type: 'open-link'; text: string; lang: Lang };

export interface ComputeAnswers {
  sync: undefined;
  link: string;
  'open-link': LinkResult;
}

export type ComputeReply = { id: number; ok: true; value: unknown } | { id: number; ok: false; error: string };

/** The jobs, as both the worker and the page's fallback run them. */
export async function runJob(scenario: Scenario | null, request: Exclude<ComputeRequest, { type: 'sync' }>): Promise<unknown> {
  const codec = await import('../../share/link-codec');
  switch (request.type) {
    case 'link':
      if (scenario === null) throw new Error('no scenario to link');
      return codec.encodeShareFragment(scenario);
    case 'open-link':
      return codec.decodeShareLink(request.text, request.lang);
  }
}
