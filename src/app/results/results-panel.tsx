import { lazy, Suspense } from 'react';
import { useT } from '../hooks/use-t';
import { useAppStore } from '../store/app-store';
import { JobResults } from './job-results';
import { Verdict } from './verdict';

const Charts = lazy(() => import('../charts/charts'));
// Below the verdict and the job cards: loaded right after the first result (first-load budget).
const VolumeResults = lazy(() => import('./volume-results').then((m) => ({ default: m.VolumeResults })));
const FindingsList = lazy(() => import('./findings-list').then((m) => ({ default: m.FindingsList })));
const LineItems = lazy(() => import('./line-items').then((m) => ({ default: m.LineItems })));
const SupportMatrixView = lazy(() => import('./support-matrix-view').then((m) => ({ default: m.SupportMatrixView })));

/** Results, answer first: verdict, jobs, volumes, findings; then charts, line items and Table 1.5. */
export function ResultsPanel() {
  const t = useT();
  // The sample on screen meanwhile is not the person's work: its verdict would be a wrong answer.
  if (useAppStore((s) => s.openingSaved)) {
    return (
      <div className="results">
        <p className="muted" data-testid="results-opening">
          {t('busyOpenSavedWork')}
        </p>
      </div>
    );
  }
  return (
    <div className="results">
      <Verdict />
      <JobResults />
      <Suspense fallback={<p className="muted">…</p>}>
        <VolumeResults />
        <FindingsList />
      </Suspense>
      <Suspense fallback={<p className="muted">{t('chartLoading')}</p>}>
        <Charts />
      </Suspense>
      <Suspense fallback={null}>
        <LineItems />
        <SupportMatrixView />
      </Suspense>
    </div>
  );
}
