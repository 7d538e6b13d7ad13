import { useT } from '../hooks/use-t';
import { useEstimate, useScenario } from '../store/derived';
import { Bytes } from './bytes';
import { RuleCite } from './rule-cite';
import { volumeDerivation } from '../../presentation/derivation';
import { useAppStore } from '../store/app-store';
import { DerivationList } from './derivation-list';

/** Per source volume: the free space a backup needs against what it has (§1.6(5), §3.1.2(1)). */
export function VolumeResults() {
  const t = useT();
  const scenario = useScenario({ deferred: true });
  const result = useEstimate({ deferred: true });
  const lang = useAppStore((s) => s.lang);
  const units = useAppStore((s) => s.units);
  return (
    <section aria-labelledby="volumes-results-heading">
      <h2 id="volumes-results-heading">{t('sourceVolumes')}</h2>
      <div className="table-scroll">
        <table className="data">
          <thead>
            <tr>
              <th scope="col">{t('volume')}</th>
              <th scope="col" className="num">
                {t('requiredFree')}
              </th>
              <th scope="col" className="num">
                {t('free')}
              </th>
              <th scope="col" className="num">
                {t('shortfall')}
              </th>
              <th scope="col">{t('decidingJob')}</th>
              <th scope="col">{t('source')}</th>
            </tr>
          </thead>
          <tbody>
            {result.sourceVolumes.map((v) => {
              const volume = scenario.volumes.find((x) => x.id === v.volumeId);
              const job = scenario.jobs.find((j) => j.id === v.requiredByJobId);
              const short = v.shortfallBytes !== null && v.shortfallBytes > 0;
              const rules = [...new Set(v.lineItems.map((i) => `${i.id}|${i.source}`))];
              return (
                <tr key={v.volumeId} className={short ? 'row-bad' : undefined}>
                  <th scope="row">{volume?.label ?? v.volumeId}</th>
                  <td className="num">
                    <Bytes value={v.requiredFreeBytes} />
                  </td>
                  <td className="num">{v.freeBytes === null ? <span className="muted">{t('unknownFree')}</span> : <Bytes value={v.freeBytes} />}</td>
                  <td className="num">
                    {short ? (
                      <span className="status-bad">
                        <span aria-hidden="true">✖ </span>
                        <span className="visually-hidden">{t('errors')}: </span>
                        <Bytes value={v.shortfallBytes} />
                      </span>
                    ) : (
                      <Bytes value={v.shortfallBytes} />
                    )}
                  </td>
                  <td className="break">{job?.name ?? '—'}</td>
                  <td>
                    {rules.map((r) => {
                      const [id, source] = r.split('|') as [string, string];
                      return <RuleCite key={r} ruleId={id} source={source} showTitle />;
                    })}
                    {v.requiredByJobId !== null && (
                      <details className="derivation">
                        <summary>{t('showMath')}</summary>
                        <DerivationList lines={volumeDerivation(v, job?.name, lang, units).lines} />
                      </details>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
