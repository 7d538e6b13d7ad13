import { lazy, Suspense, useEffect } from 'react';
import { useAppStore } from '../store/app-store';
import { useCompareState } from '../compare/compare-state';
import { linkChoice } from './link-choice';
import { computeClient, encodeLinkFor, useLinkState } from './link-state';
import { splitViewParams } from './view-params';
import { runBusy } from '../progress/busy';

const LinkConflictDialog = lazy(() => import('./link-conflict-dialog'));

const SYNC_DELAY_MS = 400;
/** About 1,500 VMs: from here a link takes long enough to decode that the worker pays. */
const DECODE_IN_WORKER_FROM_CHARS = 20_000;
let started = false;

/** A comparison link opens the comparison; the work on screen stays as it is. */
async function openComparison(hash: string) {
  const result = await runBusy('open-link', async () => {
    const { decodeComparisonLink } = await import('../../share/comparison-link');
    return decodeComparisonLink(hash, useAppStore.getState().lang);
  });
  if (!result.ok) {
    useLinkState.setState({ problems: { title: 'link', problems: result.problems } });
    return;
  }
  useLinkState.setState({ problems: null, notes: result.notes.length > 0 ? { title: 'link', notes: result.notes } : null });
  useCompareState.getState().replaceAll(result.scenarios);
}

async function openFromHash(hash: string) {
  if (/^#c=/.test(hash)) return openComparison(hash);
  if (!/^#s=/.test(hash)) return;
  const { link, view } = splitViewParams(hash);
  const { lang, scenario, replaceScenario, setUnits, setLang } = useAppStore.getState();
  // Long links are decoded in the compute worker (8,000 VMs take a third of a second to open and
  // check); short ones at once on the page, where starting the worker would take longer than decoding.
  const result = await runBusy('open-link', async () =>
    link.length > DECODE_IN_WORKER_FROM_CHARS
      ? (await computeClient()).compute.run({ type: 'open-link', text: link, lang: view.lang ?? lang })
      : (await import('../../share/link-codec')).decodeShareLink(link, view.lang ?? lang),
  );
  // Null: a newer link was opened before this one started; that one decides.
  if (result === null) return;
  if (!result.ok) {
    useLinkState.setState({ problems: { title: 'link', problems: result.problems } });
    return;
  }
  useLinkState.setState({ problems: null, notes: result.notes && result.notes.length > 0 ? { title: 'link', notes: result.notes } : null });
  // The sender's units and language, so the link shows the numbers they saw; absent ones keep ours.
  if (view.units) setUnits(view.units);
  if (view.lang) setLang(view.lang);
  const linked = view.basis ? { ...result.scenario, assumptions: { ...result.scenario.assumptions, basis: view.basis } } : result.scenario;
  const choice = linkChoice(scenario, linked);
  if (choice === 'open') replaceScenario(linked, { fresh: useAppStore.getState().past.length === 0 });
  else if (choice === 'ask') useLinkState.setState({ pending: linked });
}

/**
 * Keeps the address bar on the current scenario's link (replaceState, after a pause), and opens a
 * link the page was loaded with or navigated to, asking first when it would replace other work.
 */
export function LinkSync() {
  const scenario = useAppStore((s) => s.scenario);
  const units = useAppStore((s) => s.units);
  const lang = useAppStore((s) => s.lang);
  const pending = useLinkState((s) => s.pending);
  const comparing = useCompareState((s) => s.open);

  useEffect(() => {
    // Once per page load: LinkSync mounts again when the editor comes back from the comparison, and the
    // address bar's (older) link must not then replace the work chosen there.
    if (started) return;
    started = true;
    void openFromHash(window.location.hash);
  }, []);

  useEffect(() => {
    // The link navigated to, from the event: a pending address-bar update may already have replaced it.
    const onHash = (event: HashChangeEvent) => void openFromHash(new URL(event.newURL).hash);
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);

  useEffect(() => {
    // While a link waits for the person's choice, or a comparison is on screen, the address bar keeps its link.
    if (pending || comparing) return;
    let cancelled = false;
    const timer = setTimeout(() => {
      void encodeLinkFor(scenario).then((link) => {
        // Undefined: a newer scenario's link was asked for first, and its answer will write the bar.
        if (cancelled || link === undefined) return;
        // A scenario without a link leaves no older scenario's link in the address bar.
        const hash = link ?? '';
        if (window.location.hash !== hash) history.replaceState(null, '', hash === '' ? location.pathname + location.search : hash);
      });
    }, SYNC_DELAY_MS);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [scenario, units, lang, pending, comparing]);

  return pending ? (
    <Suspense fallback={null}>
      <LinkConflictDialog />
    </Suspense>
  ) : null;
}
