import type { Job, JobEstimate, ResolvedAssumptions } from '../../engine';
import { growthLine, restoreLine, runTimes } from '../../presentation/over-time';
import { useT } from '../hooks/use-t';
import { useAppStore } from '../store/app-store';
import { useScenario } from '../store/derived';

const STATUS_CLASS = { none: 'muted', fits: 'status-ok', 'first-only': 'status-warning', exceeded: 'status-bad' } as const;

/**
 * A job over time (beyond the guide, time-and-restore.md): its run times against the window, when
 * growth makes the destination too small, and where the largest VM would be restored.
 */
export function JobOverTime({ job, result, assumptions }: { job: Job; result: JobEstimate; assumptions: ResolvedAssumptions }) {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const units = useAppStore((s) => s.units);
  const scenario = useScenario();
  const runs = runTimes(job, result, lang, units);
  const restore = restoreLine(job, result, scenario, lang, units);
  return (
    <div className="over-time" data-testid={`over-time-${job.id}`}>
      <h4>{t('overTime')}</h4>
      <dl className="kv small">
        <dt>{t('runFirst')}</dt>
        <dd>{runs.first}</dd>
        <dt>{t('runLater')}</dt>
        <dd>{runs.later}</dd>
      </dl>
      <p className={`small ${STATUS_CLASS[runs.status]}`}>{runs.window}</p>
      {assumptions.basis === 'maximum' && <p className="small muted">{t('runsAssumeFull')}</p>}
      <p className="small" data-testid={`growth-${job.id}`}>
        {growthLine(job, result, assumptions, lang)}
      </p>
      {restore && (
        <p className="small">
          <strong>{t('largestRestore')}:</strong> {restore}
        </p>
      )}
    </div>
  );
}
