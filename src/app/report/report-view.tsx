import { useEffect, useMemo, useRef } from 'react';
import type { Scenario } from '../../engine';
import { shareFragment } from '../../share/link-codec';
import { useT } from '../hooks/use-t';
import { useLinkState } from '../share/link-state';
import { withViewParams } from '../share/view-params';
import { useAppStore } from '../store/app-store';
import { selectEstimate } from '../store/derived';
import { ReportCharts } from './report-charts';
import { ReportFindings } from './report-findings';
import { ReportInputs } from './report-inputs';
import { ReportJobs } from './report-jobs';
import { ReportOverTime } from './report-over-time';
import { ReportRules } from './report-rules';
import { ReportTitle } from './report-title';
import { ReportVerdict } from './report-verdict';
import { ReportVolumes } from './report-volumes';

/**
 * The scenario's share link, made at once when the address bar has not caught up: Ctrl+P renders the
 * report synchronously, so the link must not arrive later. A scenario that cannot be a link has none.
 */
function useReportLink(s: Scenario): string {
  const synced = useLinkState((st) => (st.linkFor === s ? st.link : ''));
  const units = useAppStore((st) => st.units);
  const lang = useAppStore((st) => st.lang);
  return useMemo(() => {
    if (synced) return synced;
    try {
      return withViewParams(shareFragment(s), units, lang);
    } catch {
      return '';
    }
  }, [s, synced, units, lang]);
}

/**
 * The sizing report reviewers attach to the design document: A4 portrait, in the UI language, one
 * component per section. Printing the main screen renders this too.
 */
export function ReportView({ onClose }: { onClose(): void }) {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const s = useAppStore((st) => st.scenario);
  const e = selectEstimate(s, lang);
  const link = useReportLink(s);
  const props = { s, e };
  const screen = useRef<HTMLDivElement>(null);
  // Keyboard: focus starts on the report; Esc goes back to the editor.
  useEffect(() => {
    screen.current?.focus();
    const onKey = (event: KeyboardEvent) => event.key === 'Escape' && onClose();
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);
  return (
    <div className="report-screen" ref={screen} tabIndex={-1} aria-label={t('reportTitle')}>
      <div className="report-toolbar no-print">
        <button type="button" onClick={() => window.print()}>
          {t('printReport')}
        </button>
        <button type="button" className="btn-small" onClick={onClose}>
          {t('backToEditor')}
        </button>
      </div>
      <article className="report" lang={lang}>
        <ReportTitle {...props} link={link} />
        <ReportVerdict {...props} />
        <ReportJobs {...props} />
        <ReportVolumes {...props} />
        <ReportOverTime {...props} />
        <section>
          <h2>{t('charts')}</h2>
          <ReportCharts scenario={s} result={e} />
        </section>
        <ReportFindings {...props} />
        <ReportInputs {...props} />
        <ReportRules {...props} />
      </article>
    </div>
  );
}

export default ReportView;
