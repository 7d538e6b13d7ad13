import { create } from 'zustand';
import type { Problem, Scenario } from '../../engine';
import { useAppStore } from '../store/app-store';
import { withViewParams } from './view-params';

/** What the share controls show: the current link, and what went wrong opening a link or a file. */
export interface LinkState {
  link: string;
  /** The scenario `link` holds (the address bar follows edits after a short pause). */
  linkFor: Scenario | null;
  /** Why the current scenario has no link (it could not be encoded); null when it has one. */
  linkError: string | null;
  /** A link whose scenario differs from the work in this browser, waiting for the person's choice. */
  pending: Scenario | null;
  problems: { title: 'link' | 'file'; name?: string; problems: Problem[] } | null;
  /** What the person should know about a link or file that did open (an unverifiable old link, a name cut, Shift_JIS). */
  notes: { title: 'link' | 'file'; name?: string; notes: Problem[] } | null;
}

export const useLinkState = create<LinkState>(() => ({ link: '', linkFor: null, linkError: null, pending: null, problems: null, notes: null }));

/** The compute worker's client (and through it the link codec) loads after the first paint, when a link is first needed. */
export const computeClient = () => import('../worker/compute-client');

/**
 * Encodes a scenario's link (in the compute worker: 8,000 VMs take a tenth of a second) and records
 * the outcome: the link, or why there is none, so the copy button never offers an older scenario's
 * link. Undefined when a newer scenario's link was asked for before this one started.
 */
export async function encodeLinkFor(scenario: Scenario): Promise<string | null | undefined> {
  try {
    const { compute } = await computeClient();
    const fragment = await compute.run({ type: 'link' }, scenario);
    if (fragment === null) return undefined;
    const { units, lang } = useAppStore.getState();
    const link = withViewParams(fragment, units, lang);
    useLinkState.setState({ link, linkFor: scenario, linkError: null });
    return link;
  } catch (error) {
    useLinkState.setState({ link: '', linkFor: scenario, linkError: error instanceof Error ? error.message : String(error) });
    return null;
  }
}

/** The link of the scenario on screen now, encoded afresh when the address bar has not caught up. */
export async function currentLink(): Promise<string | null> {
  const scenario = useAppStore.getState().scenario;
  const { units, lang } = useAppStore.getState();
  const { link, linkFor } = useLinkState.getState();
  // Encoded afresh also when the units or language changed since the address bar was written.
  if (linkFor === scenario && link === withViewParams(link.split('&')[0]!, units, lang)) return link || null;
  return (await encodeLinkFor(scenario)) ?? null;
}

/**
 * Writes the scenario on screen's link into the address bar now, not after the usual pause: a view
 * that adds a history entry (the report, the comparison) copies the address, and a stale link there
 * would come back on Forward or a reload as a link to open over the work.
 */
export async function syncAddressBar(): Promise<void> {
  const hash = (await currentLink()) ?? '';
  if (location.hash !== hash) history.replaceState(history.state, '', hash === '' ? location.pathname + location.search : hash);
}
