import { lazy, Suspense, useRef, useState } from 'react';
import { scenarioFileName, scenarioFileText } from '../../share/scenario-file';
import { selectEstimate } from '../store/derived';
import { useT } from '../hooks/use-t';
import { useAppStore } from '../store/app-store';
import { downloadText } from './download';
import { currentLink, useLinkState } from './link-state';
import { WorkbookButton } from './workbook-button';
import { runBusy } from '../progress/busy';

// Problems of a file or link opened: their field names load only when there are some.
const ProblemsBanner = lazy(() => import('./problems-banner'));

/** Links longer than this are cut by chat tools and mailers; the app offers the file instead. */
export const LINK_WARN_LENGTH = 8000;

/** The current scenario as a `.hvsizer.json` download (the scenario on screen when asked). */
export function saveScenarioFile() {
  const s = useAppStore.getState().scenario;
  void runBusy('save-file', () => downloadText(scenarioFileName(s), scenarioFileText(s), 'application/json'));
}

export function ShareControls() {
  const t = useT();
  const link = useLinkState((s) => s.link);
  const linkError = useLinkState((s) => s.linkError);
  const [copied, setCopied] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const tooLong = link.length > LINK_WARN_LENGTH;
  return (
    <div className="header-group share">
      <button
        type="button"
        disabled={link === '' || tooLong || linkError !== null}
        onClick={() => {
          // Only ever the link of the scenario on screen: after an edit the address bar may still lag.
          void currentLink().then((current) => {
            // A link past the limit is never copied: the scenario just changed (a large file opened)
            // and its link, now recorded, turns the button off and says why.
            if (current === null || current.length > LINK_WARN_LENGTH) return;
            void navigator.clipboard?.writeText(location.href.split('#')[0] + current).then(() => setCopied(true));
          });
        }}
        title={link ? t('linkLength', { n: link.length }) : undefined}
      >
        {copied ? t('linkCopied') : t('copyLink')}
      </button>
      <button type="button" className="btn-small" onClick={saveScenarioFile}>
        {t('saveFile')}
      </button>
      <button
        type="button"
        className="btn-small"
        onClick={() => {
          const { scenario, lang, units } = useAppStore.getState();
          const name = scenarioFileName(scenario).replace(/\.hvsizer\.json$/, '.csv');
          void runBusy('save-csv', async () => {
            // The CSV writer loads when asked for: it is not part of the first result.
            const { resultsCsv } = await import('../../export/results-csv');
            downloadText(name, resultsCsv(scenario, selectEstimate(scenario, lang), lang, units), 'text/csv;charset=utf-8');
          });
        }}
      >
        {t('saveCsv')}
      </button>
      <WorkbookButton />
      <button type="button" className="btn-small" onClick={() => fileInput.current?.click()}>
        {t('openFile')}
      </button>
      <input
        ref={fileInput}
        type="file"
        accept=".json,application/json"
        className="visually-hidden"
        tabIndex={-1}
        aria-label={t('openFile')}
        onChange={async (e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (!file) return;
          const { lang, replaceScenario } = useAppStore.getState();
          const result = await runBusy('open-file', async () => {
            // Loaded on the first file opened: nothing of it is needed to show the first results.
            const { readScenarioBytes } = await import('../../share/read-scenario-text');
            return readScenarioBytes(new Uint8Array(await file.arrayBuffer()), lang);
          });
          if (result.ok) {
            replaceScenario(result.scenario);
            useLinkState.setState({ problems: null, notes: result.notes.length > 0 ? { title: 'file', name: file.name, notes: result.notes } : null });
          } else useLinkState.setState({ problems: { title: 'file', name: file.name, problems: result.problems }, notes: null });
        }}
      />
      {tooLong && (
        <p className="small status-bad" role="status">
          {t('linkTooLong', { n: link.length, max: LINK_WARN_LENGTH })}
        </p>
      )}
      {linkError !== null && (
        <p className="small status-bad" role="status">
          {t('linkFailed')}
        </p>
      )}
    </div>
  );
}

/** What the person should know about a link or file that opened: an old link, a cut name, Shift_JIS. */
function OpenNotes() {
  const t = useT();
  const notes = useLinkState((s) => s.notes);
  if (!notes) return null;
  return (
    <div className="banner banner-warning" role="status" data-testid="open-notes">
      <p>
        <span aria-hidden="true">⚠ </span>
        {notes.title === 'link' ? t('linkNotes') : t('fileNotes', { name: notes.name ?? '' })}
      </p>
      <ul>
        {notes.notes.slice(0, 10).map((n, i) => (
          <li key={i}>{n.message}</li>
        ))}
      </ul>
      <button type="button" className="btn-small" onClick={() => useLinkState.setState({ notes: null })}>
        {t('dismiss')}
      </button>
    </div>
  );
}

/** What was wrong with a link or file that could not be opened; the work stays as it was. */
export function OpenProblems() {
  const problems = useLinkState((s) => s.problems);
  if (!problems) return <OpenNotes />;
  return (
    <Suspense fallback={null}>
      <ProblemsBanner />
    </Suspense>
  );
}
