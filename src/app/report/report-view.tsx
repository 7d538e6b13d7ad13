import {
  ASSUMPTION_SOURCES,
  DEFAULT_ASSUMPTIONS,
  FINDING_RULE,
  formatBytes,
  RULES,
  type Estimate,
  type Scenario,
} from '../../engine';
import {
  BASIS_NAMES,
  DESTINATION_NAMES,
  DISK_KIND_NAMES,
  DISK_TYPE_NAMES,
  GUEST_OS_NAMES,
  GUEST_VOLUMES_NAMES,
  HOST_OS_NAMES,
  METHOD_NAMES,
  SCHEDULE_NAMES,
  SEVERITY_NAMES,
  STOP_ACTION_NAMES,
  TOPOLOGY_NAMES,
  VM_STATE_NAMES,
  VOLUME_KIND_NAMES,
} from '../../i18n/terms';
import { groupFindings, subjectNamer } from '../results/findings-list';
import type { StringKey } from '../i18n/strings';
import { useT } from '../i18n/use-t';
import { useAppStore } from '../store/app-store';
import { selectEstimate } from '../store/derived';
import { useEffect, useState } from 'react';
import { encodeShareFragment } from '../../share/link-codec';
import { useLinkState } from '../share/link-state';
import { QrCode } from './qr-code';
import { ReportCharts } from './report-charts';

declare const __APP_VERSION__: string;

/**
 * The scenario's share link: the address bar's when it is up to date (so Ctrl+P prints it at once),
 * else made for the report.
 */
function useReportLink(s: Scenario): string {
  const synced = useLinkState((st) => (st.linkFor === s ? st.link : ''));
  const [own, setOwn] = useState<{ for: Scenario; link: string } | null>(null);
  useEffect(() => {
    if (synced) return;
    let live = true;
    void encodeShareFragment(s).then((l) => live && setOwn({ for: s, link: l }));
    return () => {
      live = false;
    };
  }, [s, synced]);
  return synced || (own?.for === s ? own.link : '');
}

const ICON = { error: '✖', warning: '⚠', info: 'ℹ' } as const;

/** Every rule the estimate drew on: line items, the deciding destination rules, volume items, findings. */
function rulesUsed(e: Estimate): string[] {
  const ids = new Set<string>();
  for (const j of e.jobs) {
    ids.add(j.requiredBy);
    for (const i of j.lineItems) ids.add(i.id);
  }
  for (const v of e.sourceVolumes) for (const i of v.lineItems) ids.add(i.id);
  for (const f of e.findings) ids.add(f.id);
  return Object.keys(RULES).filter((id) => ids.has(id));
}

/**
 * The sizing report reviewers attach to the design document: A4 portrait, in the UI language.
 * Printing the main screen renders this too.
 */
export function ReportView({ onClose }: { onClose(): void }) {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const units = useAppStore((s) => s.units);
  const s: Scenario = useAppStore((st) => st.scenario);
  const e = selectEstimate(s, lang);
  const link = useReportLink(s);
  const fb = (b: number | undefined | null) => (b === undefined || b === null ? t('notGiven') : formatBytes(b, lang, units));
  const exact = (b: number) => b.toLocaleString(lang === 'ja' ? 'ja-JP' : 'en-US');
  const volumeLabel = new Map(s.volumes.map((v) => [v.id, v.label]));
  const url = location.href.split('#')[0] + link;
  const date = new Date().toLocaleDateString(lang === 'ja' ? 'ja-JP' : 'en-US', { year: 'numeric', month: 'long', day: 'numeric' });
  const nameOf = subjectNamer(s);
  const yes = lang === 'ja' ? 'はい' : 'Yes';
  const no = lang === 'ja' ? 'いいえ' : 'No';
  const assumptionRows: { key: keyof typeof DEFAULT_ASSUMPTIONS; label: StringKey; bytes?: boolean }[] = [
    { key: 'basis', label: 'basis' },
    { key: 'vmrsOverheadPercent', label: 'aVmrsOverheadPercent' },
    { key: 'hyperVSettingsBytes', label: 'aHyperVSettingsBytes', bytes: true },
    { key: 'localDestinationFactor', label: 'aLocalDestinationFactor' },
    { key: 'shadowStoragePercent', label: 'aShadowStoragePercent' },
    { key: 'sourceWritePercent', label: 'aSourceWritePercent' },
    { key: 'vssMinFreeBytes', label: 'aVssMinFreeBytes', bytes: true },
  ];
  const showAssumption = (key: keyof typeof DEFAULT_ASSUMPTIONS, value: unknown, bytes?: boolean) =>
    key === 'basis'
      ? BASIS_NAMES[value as 'maximum'][lang]
      : value === 'as-needed'
        ? t('shadowStorageAsNeeded')
        : bytes
          ? fb(value as number)
          : String(value);

  return (
    <div className="report-screen">
      <div className="report-toolbar no-print">
        <button type="button" onClick={() => window.print()}>
          {t('printReport')}
        </button>
        <button type="button" className="btn-small" onClick={onClose}>
          {t('backToEditor')}
        </button>
      </div>
      <article className="report" lang={lang}>
        <header className="report-title keep">
          <div>
            <p className="muted small">{t('appTitle')}</p>
            <h1>{t('reportTitle')}</h1>
            <p className="report-name">{s.name}</p>
            <dl className="kv small">
              <dt>{t('reportDate')}</dt>
              <dd>{date}</dd>
              <dt>{t('appVersion')}</dt>
              <dd>{__APP_VERSION__}</dd>
              <dt>{t('basis')}</dt>
              <dd>{BASIS_NAMES[e.basis][lang]}</dd>
              <dt>{t('source')}</dt>
              <dd>{t('appSubtitle')}</dd>
            </dl>
            {s.notes && <p className="small">{s.notes}</p>}
          </div>
          <div className="report-qr">{link && <QrCode text={url} size={150} label={t('shareLink')} fallback={<p className="small">{t('qrTooLong')}</p>} />}</div>
        </header>
        <p className="report-link small">
          <strong>{t('shareLink')}:</strong> <span className="wrap">{url}</span>
        </p>

        <section className="report-verdict keep">
          <h2>{t('verdict')}</h2>
          <p className={e.totals.errors === 0 ? 'status-ok' : 'status-bad'}>
            {e.totals.errors === 0 ? `✔ ${t('verdictOk')}` : `✖ ${t('verdictProblems')}`}
          </p>
          <dl className="kv">
            <dt>{t('totalRequired')}</dt>
            <dd>
              {fb(e.totals.requiredCapacityBytes)} ({exact(e.totals.requiredCapacityBytes)} {lang === 'ja' ? 'バイト' : 'bytes'})
            </dd>
            <dt>{t('shortfall')}</dt>
            <dd>
              {fb(e.totals.shortfallBytes)} ({t('shortfallDestination')} {fb(e.totals.destinationShortfallBytes)} · {t('shortfallSource')}{' '}
              {fb(e.totals.sourceShortfallBytes)})
            </dd>
            <dt>{t('errors')} / {t('warnings')}</dt>
            <dd>
              {e.totals.errors} / {e.totals.warnings}
            </dd>
          </dl>
        </section>

        <section>
          <h2>{t('resultsSection')}: {t('jobResults')}</h2>
          <table className="report-table">
            <thead>
              <tr>
                <th>{t('jobName')}</th>
                <th className="num">{t('firstGeneration')}</th>
                <th className="num">{t('laterGeneration')}</th>
                <th className="num">{t('generations')}</th>
                <th className="num">{t('required')}</th>
                <th>{t('decidedBy')}</th>
                <th className="num">{t('destinationCapacityShort')}</th>
                <th className="num">{t('generationsThatFit')}</th>
                <th className="num">{t('shadowStorage')}</th>
              </tr>
            </thead>
            <tbody>
              {e.jobs.map((j, i) => {
                const job = s.jobs[i]!;
                const cap = job.destination.capacityBytes;
                const short = cap !== undefined && cap < j.requiredCapacityBytes;
                return (
                  <tr key={j.id} className={short ? 'row-bad' : undefined}>
                    <td>
                      {job.name}
                      <br />
                      <span className="muted small">
                        {METHOD_NAMES[job.method][lang]} → {DESTINATION_NAMES[job.destination.kind][lang]} {job.destination.label}
                      </span>
                    </td>
                    <td className="num">{fb(j.firstGenerationBytes)}</td>
                    <td className="num">{fb(j.laterGenerationBytes)}</td>
                    <td className="num">{j.generations}</td>
                    <td className="num">
                      <strong>{fb(j.requiredCapacityBytes)}</strong>
                      <br />
                      <span className="muted small">{exact(j.requiredCapacityBytes)}</span>
                    </td>
                    <td className="small">
                      {j.requiredBy}
                      <br />
                      {RULES[j.requiredBy]?.source}
                    </td>
                    <td className="num">
                      {fb(cap)}
                      {short && (
                        <>
                          <br />
                          <span className="status-bad small">
                            ✖ {t('shortfall')} {fb(j.requiredCapacityBytes - cap)}
                          </span>
                        </>
                      )}
                    </td>
                    <td className="num">{j.generationsThatFit ?? t('notGiven')}</td>
                    <td className="num">
                      {j.shadowStorageNeededBytes === null ? t('notGiven') : fb(j.shadowStorageNeededBytes)}
                      {j.shadowStorageNeededPercent !== null && (
                        <>
                          <br />
                          <span className="small">{t('percentOfDisk', { percent: j.shadowStorageNeededPercent })}</span>
                        </>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </section>

        <section>
          <h2>{t('sourceVolumes')}</h2>
          <table className="report-table">
            <thead>
              <tr>
                <th>{t('volume')}</th>
                <th className="num">{t('requiredFree')}</th>
                <th className="num">{t('free')}</th>
                <th className="num">{t('shortfall')}</th>
                <th>{t('decidingJob')}</th>
                <th>{t('source')}</th>
              </tr>
            </thead>
            <tbody>
              {e.sourceVolumes.map((v) => (
                <tr key={v.volumeId} className={v.shortfallBytes ? 'row-bad' : undefined}>
                  <td>{volumeLabel.get(v.volumeId)}</td>
                  <td className="num">{fb(v.requiredFreeBytes)}</td>
                  <td className="num">{fb(v.freeBytes)}</td>
                  <td className="num">{v.shortfallBytes ? `✖ ${fb(v.shortfallBytes)}` : fb(v.shortfallBytes)}</td>
                  <td>{s.jobs.find((j) => j.id === v.requiredByJobId)?.name ?? t('notGiven')}</td>
                  <td className="small">{[...new Set(v.lineItems.map((i) => `${i.id} ${i.source}`))].join(', ')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>

        <section>
          <h2>{t('charts')}</h2>
          <ReportCharts scenario={s} result={e} />
        </section>

        <section>
          <h2>{t('findings')}</h2>
          {e.findings.length === 0 && <p>{t('noFindings')}</p>}
          {groupFindings(e.findings).map((g) => {
            const rule = FINDING_RULE[g.id];
            const names = g.findings.map(nameOf).filter((n) => n !== '');
            return (
              <div key={g.id} className={`report-finding keep sev-${g.severity}`}>
                <p>
                  <strong>
                    {ICON[g.severity]} {SEVERITY_NAMES[g.severity][lang]}: {rule.title[lang]}
                  </strong>{' '}
                  <span className="small">
                    ({g.findings.length}) {g.id} · {rule.source}
                  </span>
                </p>
                {names.length > 0 && (
                  <p className="small">
                    {t('concerns')}: {names.slice(0, 30).join('、 ')}
                    {names.length > 30 && ` … (+${names.length - 30})`}
                  </p>
                )}
                <p className="small">
                  {t('advice')}: {rule.advice[lang]}
                </p>
              </div>
            );
          })}
        </section>

        <section>
          <h2>{t('inputs')}</h2>
          <h3>{t('hostSection')}</h3>
          <dl className="kv">
            <dt>{t('hostOs')}</dt>
            <dd>{HOST_OS_NAMES[s.host.os][lang]}</dd>
            <dt>{t('topology')}</dt>
            <dd>{TOPOLOGY_NAMES[s.host.topology][lang]}</dd>
            <dt>{t('nodes')}</dt>
            <dd>{s.host.nodes}</dd>
            <dt>{t('systemDrive')}</dt>
            <dd>
              {fb(s.host.systemDriveBytes)} ({s.host.systemVolumeId ? volumeLabel.get(s.host.systemVolumeId) : t('notGiven')})
            </dd>
          </dl>
          <h3>{t('volumesSection')}</h3>
          <table className="report-table">
            <thead>
              <tr>
                <th>{t('volumeLabel')}</th>
                <th>{t('volumeKind')}</th>
                <th>{t('fileSystem')}</th>
                <th className="num">{t('capacity')}</th>
                <th className="num">{t('freeSpace')}</th>
              </tr>
            </thead>
            <tbody>
              {s.volumes.map((v) => (
                <tr key={v.id}>
                  <td>{v.label}</td>
                  <td>{VOLUME_KIND_NAMES[v.kind][lang]}</td>
                  <td>{v.fileSystem}</td>
                  <td className="num">{fb(v.capacityBytes)}</td>
                  <td className="num">{fb(v.freeBytes)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <h3>
            {t('vmsSection')} ({s.vms.length})
          </h3>
          <table className="report-table report-vms">
            <thead>
              <tr>
                <th>{t('vmName')}</th>
                <th className="nw">{lang === 'ja' ? '構成 Ver.' : 'Config'}</th>
                <th className="nw">{t('vmState')}</th>
                <th className="num">{t('memory')}</th>
                <th>{t('vmVolume')}</th>
                <th>{lang === 'ja' ? 'CP 標準/運用' : 'Checkpoints std/prod'}</th>
                <th>{lang === 'ja' ? 'オンライン' : 'Online'}</th>
                <th>{t('disks')}</th>
              </tr>
            </thead>
            <tbody>
              {s.vms.map((vm) => (
                <tr key={vm.id}>
                  <td>
                    {vm.name}
                    <br />
                    <span className="muted small">
                      {GUEST_OS_NAMES[vm.guestOs][lang]}, {lang === 'ja' ? '第' : 'Gen '}
                      {vm.generation}
                      {lang === 'ja' ? '世代' : ''}
                    </span>
                  </td>
                  <td className="nw">{vm.configVersion}</td>
                  <td className="nw">
                    {VM_STATE_NAMES[vm.state][lang]}
                    <br />
                    <span className="muted small">{STOP_ACTION_NAMES[vm.automaticStopAction][lang]}</span>
                  </td>
                  <td className="num nw">
                    {fb(vm.memoryBytes)}
                    {vm.memoryInUseBytes !== undefined && (
                      <>
                        <br />
                        <span className="muted small">{fb(vm.memoryInUseBytes)}</span>
                      </>
                    )}
                  </td>
                  <td className="break">{volumeLabel.get(vm.volumeId)}</td>
                  <td className="nw">
                    {vm.checkpoints.standard}/{vm.checkpoints.production}
                  </td>
                  <td>{vm.onlineBackup ? yes : no}</td>
                  <td className="small">
                    {vm.disks.map((d) => (
                      <div key={d.id}>
                        {d.label ?? d.id}: {DISK_KIND_NAMES[d.kind][lang]} {DISK_TYPE_NAMES[d.type][lang]} {fb(d.maxSizeBytes)}
                        {d.fileSizeBytes !== undefined && ` (${fb(d.fileSizeBytes)})`}
                        {d.volumeId && ` @ ${volumeLabel.get(d.volumeId)}`}
                      </div>
                    ))}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <h3>{t('jobsSection')}</h3>
          <table className="report-table">
            <thead>
              <tr>
                <th>{t('jobName')}</th>
                <th>{t('method')}</th>
                <th>{t('includes')}</th>
                <th>{t('destination')}</th>
                <th className="num">{t('generations')}</th>
                <th>{t('schedule')}</th>
                <th className="num">{t('changePerGeneration')}</th>
              </tr>
            </thead>
            <tbody>
              {s.jobs.map((j) => (
                <tr key={j.id}>
                  <td>{j.name}</td>
                  <td>{METHOD_NAMES[j.method][lang]}</td>
                  <td className="small">
                    {[
                      j.include.hostSystem && t('includeHostSystem'),
                      j.include.hyperVSettings && t('includeHyperVSettings'),
                      `${t('includeVms')} ${j.include.vmIds.length}`,
                      j.method === 'wsb-guest' && GUEST_VOLUMES_NAMES[j.include.guestVolumes][lang],
                    ]
                      .filter(Boolean)
                      .join(', ')}
                  </td>
                  <td>
                    {DESTINATION_NAMES[j.destination.kind][lang]} {j.destination.label}
                    <br />
                    <span className="small">{fb(j.destination.capacityBytes)}</span>
                  </td>
                  <td className="num">{j.generations}</td>
                  <td>{SCHEDULE_NAMES[j.schedule][lang]}</td>
                  <td className="num">{j.changePercentPerGeneration}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <h3>{t('assumptionsSection')}</h3>
          <table className="report-table">
            <thead>
              <tr>
                <th>{t('assumption')}</th>
                <th>{lang === 'ja' ? '値' : 'Value'}</th>
                <th>{t('defaultValue')}</th>
                <th>{t('source')}</th>
              </tr>
            </thead>
            <tbody>
              {assumptionRows.map(({ key, label, bytes }) => {
                const given = s.assumptions[key];
                return (
                  <tr key={key} className={given !== undefined && given !== DEFAULT_ASSUMPTIONS[key] ? 'row-changed' : undefined}>
                    <td>{t(label)}</td>
                    <td>
                      {given === undefined ? (
                        <span className="muted">({t('defaultMark')})</span>
                      ) : (
                        <>
                          <strong>{showAssumption(key, given, bytes)}</strong>
                          {given !== DEFAULT_ASSUMPTIONS[key] && ` ★ ${t('differsFromDefault')}`}
                        </>
                      )}
                    </td>
                    <td>{showAssumption(key, DEFAULT_ASSUMPTIONS[key], bytes)}</td>
                    <td>{ASSUMPTION_SOURCES[key]}</td>
                  </tr>
                );
              })}
              {s.assumptions.fileSizes !== undefined && (
                <tr className="row-changed">
                  <td>{t('aFileSizes')}</td>
                  <td colSpan={2} className="small">
                    ★ {JSON.stringify(s.assumptions.fileSizes)}
                  </td>
                  <td>{ASSUMPTION_SOURCES.fileSizes}</td>
                </tr>
              )}
            </tbody>
          </table>
        </section>

        <section>
          <h2>{t('rulesUsed')}</h2>
          <table className="report-table">
            <thead>
              <tr>
                <th>{t('ruleId')}</th>
                <th>{t('source')}</th>
                <th>{lang === 'ja' ? '内容' : 'Rule'}</th>
              </tr>
            </thead>
            <tbody>
              {rulesUsed(e).map((id) => {
                const rule = RULES[id]!;
                return (
                  <tr key={id}>
                    <td>
                      <code>{id}</code>
                    </td>
                    <td className="small">{rule.source}</td>
                    <td className="small">
                      <strong>{rule.title[lang]}</strong> {rule.wording !== rule.title && rule.wording[lang]}
                      {rule.beyondGuide && <em> ({t('beyondGuide')}: {rule.beyondGuide[lang]})</em>}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </section>
      </article>
    </div>
  );
}

export default ReportView;
