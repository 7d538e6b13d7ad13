import { lazy, Suspense, useCallback, useEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { useCompareState } from './compare/compare-state';
import { ScenarioFormProvider } from './editor/scenario-form';
import { AppHeader } from './header/app-header';
import { useT } from './hooks/use-t';
import { followViewEntry, leaveViewEntry, pushViewEntry } from './hooks/view-history';
import { ResultsPanel } from './results/results-panel';
import { LinkSync } from './share/link-sync';
import { syncAddressBar } from './share/link-state';
import { Notice } from './header/notice-banner';
import { OpenProblems } from './share/share-controls';

// The comparison loads only when asked for (charts and all), like the workbook.
const CompareView = lazy(() => import('./compare/compare-view'));

// The inputs load after the first result is on screen (the first-load budget is 150 KB gzip).
const EditorPanel = lazy(() => import('./editor/editor-panel').then((m) => ({ default: m.EditorPanel })));

type ReportModule = typeof import('./report/report-view');

/**
 * The printable report: shown by the header's button, and rendered for Ctrl+P too. beforeprint runs
 * synchronously before the browser lays out the print, so the module is fetched as soon as the first
 * results are on screen; `data-report-ready` on <html> says when it is there.
 */
function useReport() {
  const [module, setModule] = useState<ReportModule | null>(null);
  const [open, setOpen] = useState(false);
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    const load = () =>
      void import('./report/report-view').then((m) => {
        setModule(m);
        document.documentElement.dataset.reportReady = 'true';
      });
    // After this effect's paint (the first results), not when the browser happens to be idle.
    const idle = window.setTimeout(load, 0);
    const before = () => flushSync(() => setPrinting(true));
    const after = () => setPrinting(false);
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.clearTimeout(idle);
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, []);
  const show = () =>
    void Promise.all([import('./report/report-view'), syncAddressBar()]).then(([m]) => {
      setModule(m);
      pushViewEntry('report');
      setOpen(true);
    });
  const close = useCallback(() => {
    setOpen(false);
    leaveViewEntry('report');
  }, []);
  // Back closes the report, Forward opens it again.
  useEffect(() => followViewEntry('report', setOpen), []);
  // Back on the editor, focus returns to the button that opened the report.
  const wasOpen = useRef(false);
  useEffect(() => {
    if (wasOpen.current && !open) document.querySelector<HTMLButtonElement>('[data-report-button]')?.focus();
    wasOpen.current = open;
  }, [open]);
  return { Report: module?.ReportView ?? null, open, printing, show, close };
}

export function App() {
  const t = useT();
  const report = useReport();
  const comparing = useCompareState((s) => s.open);
  if (report.open && report.Report) return <report.Report onClose={report.close} />;
  if (comparing) {
    return (
      <Suspense fallback={<p className="muted">…</p>}>
        <CompareView />
        <LinkSync />
      </Suspense>
    );
  }
  return (
    <ScenarioFormProvider>
      {report.printing && (
        <div className="print-only">{report.Report ? <report.Report onClose={report.close} /> : <p className="print-not-ready">{t('printNotReady')}</p>}</div>
      )}
      <div className="screen-only-app">
        {/* The results' citations are many tab stops: a keyboard user can go straight to the inputs. */}
        <button type="button" className="skip-link" onClick={() => document.getElementById('editor-pane')?.focus()}>
          {t('skipToEditor')}
        </button>
        <AppHeader onReport={report.show} />
        <Notice />
        <OpenProblems />
        <LinkSync />
        <main className="layout">
          <section className="pane pane-results" aria-label={t('results')}>
            <ResultsPanel />
          </section>
          <section className="pane pane-editor" aria-label={t('editor')} id="editor-pane" tabIndex={-1}>
            <Suspense fallback={<p className="muted">…</p>}>
              <EditorPanel />
            </Suspense>
          </section>
        </main>
      </div>
    </ScenarioFormProvider>
  );
}
