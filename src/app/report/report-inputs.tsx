import { formatCount } from '../../i18n/messages';
import { isLocalDestination, type Job } from '../../engine';
import {
  DESTINATION_NAMES,
  DISK_KIND_NAMES,
  DISK_TYPE_NAMES,
  GUEST_OS_NAMES,
  GUEST_VOLUMES_NAMES,
  HOST_OS_NAMES,
  METHOD_NAMES,
  SCHEDULE_NAMES,
  STOP_ACTION_NAMES,
  TOPOLOGY_NAMES,
  VM_STATE_NAMES,
  VOLUME_KIND_NAMES,
} from '../../i18n/terms';
import { ReportAssumptions } from './report-assumptions';
import { REPORT_VM_ROWS_MAX, ReportVmSummary } from './report-vm-summary';
import { useReportFormat, volumeLabels, type ReportSectionProps } from './use-report-format';

/** Schedule and change per generation are WSB's (the editor offers them only there). */
const wsb = (j: Job) => j.method === 'wsb-host' || j.method === 'wsb-guest';

/** The inputs as entered: host, volumes, VMs with their disks, jobs, and the assumptions. */
export function ReportInputs(props: ReportSectionProps) {
  const { t, lang, fb } = useReportFormat();
  const { s } = props;
  const label = volumeLabels(s);
  return (
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
          {fb(s.host.systemDriveBytes)} ({s.host.systemVolumeId ? label.get(s.host.systemVolumeId) : t('notGiven')})
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
              <td className="break">{v.label}</td>
              <td>{VOLUME_KIND_NAMES[v.kind][lang]}</td>
              <td>{v.fileSystem}</td>
              <td className="num">{fb(v.capacityBytes)}</td>
              <td className="num">{fb(v.freeBytes)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3>
        {t('vmsSection')} ({formatCount(s.vms.length, lang)})
      </h3>
      {s.vms.length > REPORT_VM_ROWS_MAX ? (
        <ReportVmSummary s={s} />
      ) : (
        <table className="report-table report-vms">
          <thead>
            <tr>
              <th>{t('vmName')}</th>
              <th className="nw">{t('configVersionShort')}</th>
              <th className="nw">{t('vmState')}</th>
              <th className="num">{t('memory')}</th>
              <th>{t('vmVolume')}</th>
              <th>{t('checkpointsStdProd')}</th>
              <th>{t('onlineShort')}</th>
              <th>{t('disks')}</th>
            </tr>
          </thead>
          <tbody>
            {s.vms.map((vm) => (
              <tr key={vm.id}>
                <td className="break">
                  {vm.name}
                  <br />
                  <span className="muted small">
                    {GUEST_OS_NAMES[vm.guestOs][lang]}, {t('vmGenerationN', { n: vm.generation })}
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
                <td className="break">{label.get(vm.volumeId)}</td>
                <td className="nw">
                  {vm.checkpoints.standard}/{vm.checkpoints.production}
                </td>
                <td>{vm.onlineBackup ? t('yes') : t('no')}</td>
                <td className="small">
                  {vm.disks.map((d) => (
                    <div key={d.id}>
                      {d.label ?? d.id}: {DISK_KIND_NAMES[d.kind][lang]} {DISK_TYPE_NAMES[d.type][lang]} {fb(d.maxSizeBytes)}
                      {d.fileSizeBytes !== undefined && ` (${fb(d.fileSizeBytes)})`}
                      {d.volumeId && ` @ ${label.get(d.volumeId)}`}
                    </div>
                  ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
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
              <td className="break">{j.name}</td>
              <td>{METHOD_NAMES[j.method][lang]}</td>
              <td className="small">
                {[
                  j.include.hostSystem && t('includeHostSystem'),
                  j.include.hyperVSettings && t('includeHyperVSettings'),
                  `${t('includeVms')} ${formatCount(j.include.vmIds.length, lang)}`,
                  j.method === 'wsb-guest' && GUEST_VOLUMES_NAMES[j.include.guestVolumes][lang],
                ]
                  .filter(Boolean)
                  .join(t('listSeparator'))}
              </td>
              <td className="break">
                {DESTINATION_NAMES[j.destination.kind][lang]} {j.destination.label}
                <br />
                <span className="small">{fb(j.destination.capacityBytes)}</span>
              </td>
              <td className="num">{j.generations}</td>
              <td>{wsb(j) ? SCHEDULE_NAMES[j.schedule][lang] : t('notGiven')}</td>
              <td className="num">{wsb(j) && isLocalDestination(j) ? j.changePercentPerGeneration : t('notGiven')}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <ReportAssumptions {...props} />
    </section>
  );
}
