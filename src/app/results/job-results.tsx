import { resolveAssumptions, type Finding, type Job, type JobEstimate, type ResolvedAssumptions } from '../../engine';
import { lazy, Suspense, useState } from 'react';
import { DESTINATION_NAMES, METHOD_NAMES } from '../../i18n/terms';
import { useT } from '../hooks/use-t';
import { useAppStore } from '../store/app-store';
import { useEstimate, useScenario } from '../store/derived';
import { Bytes } from './bytes';
import { RuleCite } from './rule-cite';
import { JobOverTime } from './job-over-time';
import { ShadowStorage } from './shadow-storage';
import { jobsWithResults } from '../../presentation/job-pairs';

const JobMath = lazy(() => import('./job-math'));

function CapacityBar({ required, capacity }: { required: number; capacity: number }) {
  const max = Math.max(required, capacity, 1);
  return (
    <div className="capbar" aria-hidden="true">
      <div className={`capbar-fill ${required > capacity ? 'over' : ''}`} style={{ width: `${(Math.min(required, max) / max) * 100}%` }} />
      <div className="capbar-line" style={{ left: `${(capacity / max) * 100}%` }} />
    </div>
  );
}

interface JobResultProps {
  job: Job;
  result: JobEstimate;
  /** Findings about this job (its own and those of its VMs in it), for the card's status. */
  severities: { error: number; warning: number };
  assumptions: ResolvedAssumptions;
  /** F-SHARE-GENERATIONS: a scheduled WSB to a share keeps one generation, whatever fits. */
  keepsOne: boolean;
}

function JobResult({ job, result, severities, assumptions, keepsOne }: JobResultProps) {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const units = useAppStore((s) => s.units);
  const capacity = job.destination.capacityBytes;
  const short = result.shortfallBytes !== null && result.shortfallBytes > 0;
  // The card follows its worst finding: never "fits" while the destination is short or the job has an error.
  const bad = short || severities.error > 0;
  const status = short
    ? null
    : severities.error > 0
      ? t('jobHasErrors', { n: severities.error })
      : severities.warning > 0
        ? t('jobHasWarnings', { n: severities.warning })
        : t('fits');
  const [mathOpen, setMathOpen] = useState(false);
  return (
    <article
      className={`job-result ${bad ? 'is-short' : ''}`}
      aria-labelledby={`job-${job.id}`}
      data-status={bad ? 'bad' : severities.warning > 0 ? 'warning' : 'ok'}
    >
      <header>
        <h3 id={`job-${job.id}`}>{job.name}</h3>
        <p className="muted small">
          {METHOD_NAMES[job.method][lang]} → {DESTINATION_NAMES[job.destination.kind][lang]} <code>{job.destination.label}</code> ·{' '}
          {t('generationsShort', { n: job.generations })}
        </p>
      </header>
      <div className="job-figures">
        <div>
          <div className="label">{t('required')}</div>
          <div className="big" data-testid={`required-${job.id}`}>
            <Bytes value={result.requiredCapacityBytes} />
          </div>
        </div>
        <div>
          <div className="label">{t('destinationCapacityShort')}</div>
          <div className="big">{capacity === undefined ? <span className="muted">{t('unknownCapacity')}</span> : <Bytes value={capacity} />}</div>
        </div>
        <div>
          <div className="label">{t('generationsThatFit')}</div>
          <div className="big" data-testid={`fit-${job.id}`}>
            {result.generationsThatFit ?? t('generationsUnbounded')}
          </div>
          {keepsOne && <div className="small status-bad">{t('shareKeepsOne')}</div>}
        </div>
      </div>
      {capacity !== undefined && <CapacityBar required={result.requiredCapacityBytes} capacity={capacity} />}
      {(capacity !== undefined || severities.error > 0) && (
        <p className={bad ? 'status-bad' : severities.warning > 0 ? 'status-warning' : 'status-ok'} data-testid={`status-${job.id}`}>
          <span aria-hidden="true">{bad ? '✖ ' : severities.warning > 0 ? '⚠ ' : '✔ '}</span>
          {short ? (
            <>
              {t('shortfall')}: <Bytes value={result.shortfallBytes} />
              {severities.error > 1 && ` · ${t('jobHasErrors', { n: severities.error })}`}
            </>
          ) : (
            status
          )}
        </p>
      )}
      <details className="derivation" onToggle={(e) => setMathOpen(e.currentTarget.open)}>
        <summary>{t('showMath')}</summary>
        {mathOpen && (
          <Suspense fallback={null}>
            <JobMath job={job} result={result} assumptions={assumptions} lang={lang} units={units} />
          </Suspense>
        )}
      </details>
      <dl className="kv small">
        <dt>{t('firstGeneration')}</dt>
        <dd>
          <Bytes value={result.firstGenerationBytes} />
        </dd>
        <dt>{t('laterGeneration')}</dt>
        <dd>
          <Bytes value={result.laterGenerationBytes} />
        </dd>
        <dt>{t('dataHeld', { n: result.generations })}</dt>
        <dd>
          <Bytes value={result.dataBytes} />
        </dd>
        <dt>{t('decidedBy')}</dt>
        <dd>
          <RuleCite ruleId={result.requiredBy} showTitle />
        </dd>
      </dl>
      <ShadowStorage job={job} result={result} />
      <JobOverTime job={job} result={result} assumptions={assumptions} />
    </article>
  );
}

/** Errors and warnings per job: findings that name the job (with or without a VM). */
function severitiesByJob(findings: Finding[]): Map<string, { error: number; warning: number }> {
  const out = new Map<string, { error: number; warning: number }>();
  for (const f of findings) {
    if (f.jobId === undefined || f.severity === 'info') continue;
    const s = out.get(f.jobId) ?? { error: 0, warning: 0 };
    s[f.severity]++;
    out.set(f.jobId, s);
  }
  return out;
}

export function JobResults() {
  const t = useT();
  const scenario = useScenario();
  const result = useEstimate();
  const severities = severitiesByJob(result.findings);
  const assumptions = resolveAssumptions(scenario.assumptions, result.basis);
  return (
    <section aria-labelledby="jobs-results-heading">
      <h2 id="jobs-results-heading">{t('jobResults')}</h2>
      <div className="job-results">
        {jobsWithResults(scenario, result).map(({ job, result: r }) => (
          <JobResult
            key={r.id}
            job={job}
            result={r}
            severities={severities.get(job.id) ?? { error: 0, warning: 0 }}
            assumptions={assumptions}
            keepsOne={result.findings.some((f) => f.id === 'F-SHARE-GENERATIONS' && f.jobId === job.id)}
          />
        ))}
      </div>
    </section>
  );
}
