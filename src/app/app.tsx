import { EditorPanel } from './editor/editor-panel';
import { ScenarioFormProvider } from './editor/scenario-form';
import { AppHeader } from './header/app-header';
import { useT } from './i18n/use-t';
import { ResultsPanel } from './results/results-panel';
import { LinkSync } from './share/link-sync';
import { OpenProblems } from './share/share-controls';
import { useAppStore } from './store/app-store';

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
          <EditorPanel />
        </section>
      </main>
    </ScenarioFormProvider>
  );
}
