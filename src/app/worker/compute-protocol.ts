import type { Lang, Scenario, UnitSystem } from '../../engine';
import { savedLinkText, savedWorkText } from '../store/saved-work';
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
  | { id: number; type: 'open-link'; text: string; lang: Lang }
  /** The text that saves the worker's scenario in the browser: its link when it opens back the same, else its JSON. */
  | { id: number; type: 'saved-text'; lang: Lang; units: UnitSystem };

export interface ComputeAnswers {
  sync: undefined;
  link: string;
  'open-link': LinkResult;
  'saved-text': string;
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
    case 'saved-text': {
      if (scenario === null) throw new Error('no scenario to save');
      const { lang, units } = request;
      const checked = await codec.encodeCheckedShareFragment(scenario, lang);
      return checked.ok ? savedLinkText(checked.fragment.replace(/^#s=/, ''), lang, units) : savedWorkText({ scenario, lang, units });
    }
  }
}
