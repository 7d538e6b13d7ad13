import type { Job, JobEstimate } from '../../engine';
import { DESTINATION_NAMES, METHOD_NAMES } from '../../i18n/terms';
import { useT } from '../i18n/use-t';
import { useAppStore } from '../store/app-store';
import { useEstimate, useScenario } from '../store/derived';
import { Bytes } from './bytes';
import { RuleCite } from './rule-cite';
import { ShadowStorage } from './shadow-storage';
import { jobsWithResults } from '../../presentation/job-pairs';

function CapacityBar({ required, capacity }: { required: number; capacity: number }) {
  const max = Math.max(required, capacity, 1);
  return (
    <div className="capbar" aria-hidden="true">
      <div className={`capbar-fill ${required > capacity ? 'over' : ''}`} style={{ width: `${(Math.min(required, max) / max) * 100}%` }} />
      <div className="capbar-line" style={{ left: `${(capacity / max) * 100}%` }} />
    </div>
  );
}

function JobResult({ job, result }: { job: Job; result: JobEstimate }) {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const capacity = job.destination.capacityBytes;
  const short = result.shortfallBytes !== null && result.shortfallBytes > 0;
  return (
    <article className={`job-result ${short ? 'is-short' : ''}`} aria-labelledby={`job-${job.id}`}>
      <header>
        <h3 id={`job-${job.id}`}>{job.name}</h3>
        <p className="muted small">
          {METHOD_NAMES[job.method][lang]} → {DESTINATION_NAMES[job.destination.kind][lang]} <code>{job.destination.label}</code> · {t('generationsShort', { n: job.generations })}
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
        </div>
      </div>
      {capacity !== undefined && (
        <>
          <CapacityBar required={result.requiredCapacityBytes} capacity={capacity} />
          <p className={short ? 'status-bad' : 'status-ok'}>
            <span aria-hidden="true">{short ? '✖ ' : '✔ '}</span>
            {short ? (
              <>
                {t('shortfall')}: <Bytes value={result.shortfallBytes} />
              </>
            ) : (
              t('fits')
            )}
          </p>
        </>
      )}
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
          <RuleCite ruleId={result.requiredBy} />
        </dd>
      </dl>
      <ShadowStorage job={job} result={result} />
    </article>
  );
}

export function JobResults() {
  const t = useT();
  const scenario = useScenario();
  const result = useEstimate();
  return (
    <section aria-labelledby="jobs-results-heading">
      <h2 id="jobs-results-heading">{t('jobResults')}</h2>
      <div className="job-results">
        {jobsWithResults(scenario, result).map(({ job, result: r }) => (
          <JobResult key={r.id} job={job} result={r} />
        ))}
      </div>
    </section>
  );
}
