import { lazy, Suspense } from 'react';
import { ScenarioFormProvider } from './editor/scenario-form';
import { AppHeader } from './header/app-header';
import { useT } from './i18n/use-t';
import { ResultsPanel } from './results/results-panel';
import { LinkSync } from './share/link-sync';
import { OpenProblems } from './share/share-controls';
import { useAppStore } from './store/app-store';

// The inputs load after the first result is on screen (the first-load budget is 150 KB gzip).
const EditorPanel = lazy(() => import('./editor/editor-panel').then((m) => ({ default: m.EditorPanel })));

function Notice() {
  const t = useT();
  const notice = useAppStore((s) => s.notice);
  const dismiss = useAppStore((s) => s.dismissNotice);
  if (notice === null) return null;
  return (
    <div className="banner banner-warning" role="alert">
      <span aria-hidden="true">⚠ </span>
      {t('noticeCorrupted')}{' '}
      <button type="button" className="btn-small" onClick={dismiss}>
        {t('dismiss')}
      </button>
    </div>
  );
}

export function App() {
  const t = useT();
  return (
    <ScenarioFormProvider>
      <AppHeader />
      <Notice />
      <OpenProblems />
      <LinkSync />
      <main className="layout">
        <section className="pane pane-results" aria-label={t('results')}>
          <ResultsPanel />
        </section>
        <section className="pane pane-editor" aria-label={t('editor')}>
          <Suspense fallback={<p className="muted">…</p>}>
            <EditorPanel />
          </Suspense>
        </section>
      </main>
    </ScenarioFormProvider>
  );
}
