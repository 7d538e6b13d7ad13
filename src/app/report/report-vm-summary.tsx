import { formatCount } from '../../i18n/messages';
import { isFileBacked, VM_STATES, type Scenario } from '../../engine';
import { VM_STATE_NAMES } from '../../i18n/terms';
import { useReportFormat, volumeLabels } from './use-report-format';

/**
 * Past this many VMs the report sums them per volume instead of a row each: 8,000 rows made a
 * 1,160-page PDF and took seconds to lay out. The VM-by-VM list stays in the workbook and the file.
 */
export const REPORT_VM_ROWS_MAX = 300;

interface VolumeSums {
  vms: number;
  states: Map<string, number>;
  memoryBytes: number;
  disks: number;
  maxSizeBytes: number;
}

function sumsPerVolume(s: Scenario): Map<string, VolumeSums> {
  const out = new Map<string, VolumeSums>();
  for (const vm of s.vms) {
    let v = out.get(vm.volumeId);
    if (!v) out.set(vm.volumeId, (v = { vms: 0, states: new Map(), memoryBytes: 0, disks: 0, maxSizeBytes: 0 }));
    v.vms++;
    v.states.set(vm.state, (v.states.get(vm.state) ?? 0) + 1);
    v.memoryBytes += vm.memoryBytes;
    for (const d of vm.disks) {
      v.disks++;
      if (isFileBacked(d.kind)) v.maxSizeBytes += d.maxSizeBytes;
    }
  }
  return out;
}

/** The VMs summed per configuration volume, with their configuration versions counted. */
export function ReportVmSummary({ s }: { s: Scenario }) {
  const { t, lang, fb } = useReportFormat();
  const label = volumeLabels(s);
  const versions = new Map<string, number>();
  for (const vm of s.vms) versions.set(vm.configVersion, (versions.get(vm.configVersion) ?? 0) + 1);
  return (
    <>
      <p className="small">{t('reportVmsSummarized', { n: s.vms.length })}</p>
      <table className="report-table">
        <thead>
          <tr>
            <th>{t('vmVolume')}</th>
            <th className="num">{t('reportVmCount')}</th>
            <th>{t('vmState')}</th>
            <th className="num">{t('reportMemoryTotal')}</th>
            <th className="num">{t('reportDiskCount')}</th>
            <th className="num">{t('reportDiskMaxTotal')}</th>
          </tr>
        </thead>
        <tbody>
          {[...sumsPerVolume(s)].map(([volumeId, v]) => (
            <tr key={volumeId}>
              <td className="break">{label.get(volumeId) ?? volumeId}</td>
              <td className="num">{formatCount(v.vms, lang)}</td>
              <td>
                {VM_STATES.filter((state) => v.states.has(state))
                  .map((state) => `${VM_STATE_NAMES[state][lang]} ${formatCount(v.states.get(state)!, lang)}`)
                  .join(t('listSeparator'))}
              </td>
              <td className="num nw">{fb(v.memoryBytes)}</td>
              <td className="num">{formatCount(v.disks, lang)}</td>
              <td className="num nw">{fb(v.maxSizeBytes)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="small">
        {t('configVersionShort')}:{' '}
        {[...versions]
          .sort((a, b) => b[1] - a[1])
          .map(([version, n]) => `${version} × ${formatCount(n, lang)}`)
          .join(t('listSeparator'))}
      </p>
    </>
  );
}
