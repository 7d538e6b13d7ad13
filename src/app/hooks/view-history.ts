/**
 * Full-page views opened from the work (the printable report, the comparison) add a history entry
 * while they are open, so the browser's Back closes them and Forward opens them again, as it would a
 * page; closing one with its own button takes its entry back. A view opened by a link (a comparison
 * link) is that link's page and adds nothing.
 */
export type HistoryView = 'report' | 'comparison';

interface ViewEntry {
  hvsizerView: HistoryView;
}

/** Whether the history entry on screen is the one `view` added. */
export const inViewEntry = (view: HistoryView): boolean => (history.state as ViewEntry | null)?.hvsizerView === view;

/** Adds the view's entry (same address) as it opens. */
export function pushViewEntry(view: HistoryView): void {
  if (!inViewEntry(view)) history.pushState({ hvsizerView: view } satisfies ViewEntry, '');
}

/** Takes the view's entry back as it closes with its own button (the popstate then finds it closed). */
export function leaveViewEntry(view: HistoryView): boolean {
  if (!inViewEntry(view)) return false;
  history.back();
  return true;
}

/** Calls `sync(onScreen)` when Back or Forward moves to or from the view's entry. */
export function followViewEntry(view: HistoryView, sync: (onScreen: boolean) => void): () => void {
  const listener = () => sync(inViewEntry(view));
  window.addEventListener('popstate', listener);
  return () => window.removeEventListener('popstate', listener);
}

// A reload keeps the history entry but not the view: the entry becomes a plain one of the same address.
if (typeof window !== 'undefined' && (history.state as ViewEntry | null)?.hvsizerView !== undefined) history.replaceState(null, '');
