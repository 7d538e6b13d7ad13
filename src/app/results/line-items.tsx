import { useVirtualizer } from '@tanstack/react-virtual';
import { useMemo, useRef, useState } from 'react';
import { RULES, type JobEstimate, type Scenario } from '../../engine';
import { useT } from '../hooks/use-t';
import { useAppStore } from '../store/app-store';
import { useEstimate, useScenario } from '../store/derived';
import { Bytes } from './bytes';
import { RuleCite } from './rule-cite';
import { formatCount, guideLocation } from '../../i18n/messages';
import { jobsWithResults, lineItemsByVm, type VmItems } from '../../presentation/job-pairs';

interface ItemGroup {
  id: string;
  sources: string[];
  vms: number;
  bytes: number;
}

/** A job's line items summed by rule, each keeping the guide locations it drew on. */
export function groupLineItems(job: JobEstimate): ItemGroup[] {
  const groups = new Map<string, { sources: Set<string>; vms: Set<string>; bytes: number }>();
  for (const item of job.lineItems) {
    let g = groups.get(item.id);
    if (!g) groups.set(item.id, (g = { sources: new Set(), vms: new Set(), bytes: 0 }));
    g.sources.add(item.source);
    if (item.vmId !== undefined) g.vms.add(item.vmId);
    g.bytes += item.bytes;
  }
  return [...groups].map(([id, g]) => ({ id, sources: [...g.sources], vms: g.vms.size, bytes: g.bytes }));
}

type PerVmRow = { kind: 'vm'; group: VmItems } | { kind: 'item'; item: JobEstimate['lineItems'][number] };

/** Per VM, its items and subtotal; virtualized, since a cluster job lists thousands of items. */
function PerVmItems({ job, scenario }: { job: JobEstimate; scenario: Scenario }) {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const ref = useRef<HTMLDivElement>(null);
  const rows = useMemo<PerVmRow[]>(
    () =>
      lineItemsByVm(job, scenario, t('tabHost')).flatMap((group) => [
        { kind: 'vm' as const, group },
        ...group.items.map((item) => ({ kind: 'item' as const, item })),
      ]),
    [job, scenario, t],
  );
  const virtualizer = useVirtualizer({ count: rows.length, getScrollElement: () => ref.current, estimateSize: () => 28, overscan: 10 });
  return (
    <div ref={ref} className="per-vm" role="table" aria-label={t('perVm')} aria-rowcount={rows.length}>
      <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }} role="rowgroup">
        {virtualizer.getVirtualItems().map((v) => {
          const row = rows[v.index]!;
          const style = { transform: `translateY(${v.start}px)` };
          if (row.kind === 'vm') {
            return (
              <div key={v.key} role="row" aria-rowindex={v.index + 1} className="per-vm-row per-vm-group" style={style}>
                <span role="rowheader" className="per-vm-name">
                  {row.group.name}
                </span>
                <span role="cell" className="muted small">
                  {t('subtotal')}
                </span>
                <span role="cell" className="num">
                  <Bytes value={row.group.subtotal} />
                </span>
              </div>
            );
          }
          const item = row.item;
          return (
            <div key={v.key} role="row" aria-rowindex={v.index + 1} className="per-vm-row" style={style}>
              <span role="cell">{RULES[item.id]?.title[lang] ?? item.id}</span>
              <span role="cell" className="cite per-vm-cite">
                {item.id} {guideLocation(item.source, lang)}
              </span>
              <span role="cell" className="num">
                <Bytes value={item.bytes} />
              </span>
            </div>
          );
        })}
      </div>
    </div>
  );
}

/** The line items of every job: summed by rule with its guide location, and per VM on demand. */
export function LineItems() {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const scenario = useScenario({ deferred: true });
  const result = useEstimate({ deferred: true });
  const [open, setOpen] = useState<Set<string>>(new Set());
  return (
    <section aria-labelledby="line-items-heading">
      <h2 id="line-items-heading">{t('lineItems')}</h2>
      {jobsWithResults(scenario, result).map(({ job: input, result: job }) => (
        <div key={job.id} className="line-items-job">
          <h3>{input.name}</h3>
          <div className="table-scroll">
            <table className="data">
              <thead>
                <tr>
                  <th scope="col">{t('item')}</th>
                  <th scope="col">{t('ruleId')}</th>
                  <th scope="col" className="num">
                    {t('vms')}
                  </th>
                  <th scope="col" className="num">
                    {t('bytes')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {groupLineItems(job).map((g) => (
                  <tr key={g.id}>
                    <td>{RULES[g.id]?.title[lang] ?? g.id}</td>
                    <td>
                      <RuleCite ruleId={g.id} source={g.sources.join(', ')} />
                    </td>
                    <td className="num">{g.vms === 0 ? '—' : formatCount(g.vms, lang)}</td>
                    <td className="num">
                      <Bytes value={g.bytes} />
                    </td>
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row" colSpan={3}>
                    {t('firstGeneration')}
                  </th>
                  <td className="num">
                    <Bytes value={job.firstGenerationBytes} />
                  </td>
                </tr>
              </tfoot>
            </table>
          </div>
          {job.lineItems.some((li) => li.vmId !== undefined) && (
            <>
              <button
                type="button"
                className="btn-small"
                aria-expanded={open.has(job.id)}
                onClick={() =>
                  setOpen((s) => {
                    const next = new Set(s);
                    if (next.has(job.id)) next.delete(job.id);
                    else next.add(job.id);
                    return next;
                  })
                }
              >
                {open.has(job.id) ? '▾' : '▸'} {t('perVm')} ({formatCount(job.lineItems.length, lang)})
              </button>
              {open.has(job.id) && <PerVmItems job={job} scenario={scenario} />}
            </>
          )}
        </div>
      ))}
    </section>
  );
}
