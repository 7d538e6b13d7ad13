import { lazy, Suspense } from 'react';
import { useT } from '../hooks/use-t';
import { FindingsList } from './findings-list';
import { JobResults } from './job-results';
import { LineItems } from './line-items';
import { SupportMatrixView } from './support-matrix-view';
import { Verdict } from './verdict';
import { VolumeResults } from './volume-results';

const Charts = lazy(() => import('../charts/charts'));

/** Results, answer first: verdict, jobs, volumes, findings; then charts, line items and Table 1.5. */
export function ResultsPanel() {
  const t = useT();
  return (
    <div className="results">
      <Verdict />
      <JobResults />
      <VolumeResults />
      <FindingsList />
      <Suspense fallback={<p className="muted">{t('chartLoading')}</p>}>
        <Charts />
      </Suspense>
      <LineItems />
      <SupportMatrixView />
    </div>
  );
}
