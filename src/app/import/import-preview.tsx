import type { ReactNode } from 'react';
import type { Lang } from '../../engine';
import { DISK_KIND_NAMES, DISK_TYPE_NAMES, METHOD_NAMES, VM_STATE_NAMES, VOLUME_KIND_NAMES } from '../../i18n/terms';
import type { DiskPreview, ImportNote, ImportPreview, NoteKind, VmPreview } from '../../inventory/inventory-types';
import { Bytes } from '../results/bytes';
import { moreNotesText, PREVIEW_WORDS } from './import-words';

/** Rows shown per table: a preview of thousands would stall the page; the first ones tell what to check. */
export const ROWS_SHOWN = 200;

const NOTE_ORDER: NoteKind[] = ['refused', 'skipped', 'capped', 'guessed', 'check'];

/** A column heading; `num` right-aligns it, as the figures under it. */
type Column = string | { label: string; num: true };

/**
 * One table of the preview, named by its caption, in a region that scrolls sideways in the dialog
 * (reachable by keyboard, as axe's scrollable-region-focusable asks), with `more` said under it.
 */
function PreviewTable({
  caption,
  columns,
  className,
  more,
  children,
}: {
  caption: string;
  columns: Column[];
  className?: string;
  more?: string;
  children: ReactNode;
}) {
  return (
    <div className={className ? `table-scroll ${className}` : 'table-scroll'} role="region" aria-label={caption} tabIndex={0}>
      <table className="data small import-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            {columns.map((c) =>
              typeof c === 'string' ? (
                <th key={c} scope="col">
                  {c}
                </th>
              ) : (
                <th key={c.label} scope="col" className="num">
                  {c.label}
                </th>
              ),
            )}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
      {more && <p className="small">{more}</p>}
    </div>
  );
}

const num = (label: string): Column => ({ label, num: true });
const bytesOr = (value: number | undefined) => (value === undefined ? '—' : <Bytes value={value} />);

function DiskLine({ d, lang }: { d: DiskPreview; lang: Lang }) {
  const w = PREVIEW_WORDS[lang];
  return (
    <li>
      {d.label} — {DISK_KIND_NAMES[d.kind][lang]} {DISK_TYPE_NAMES[d.type][lang]} <Bytes value={d.maxSizeBytes} />
      {d.fileSizeBytes !== undefined && (
        <>
          {' '}
          ({w.fileSize} <Bytes value={d.fileSizeBytes} />)
        </>
      )}
      {d.checkpointFilesBytes !== undefined && d.checkpointFilesBytes > 0 && (
        <>
          {' '}
          ({w.checkpointFiles} <Bytes value={d.checkpointFilesBytes} />)
        </>
      )}
      {d.parentSizeBytes > 0 && (
        <>
          {' '}
          ({w.parent} <Bytes value={d.parentSizeBytes} />)
        </>
      )}
      {d.volume && <span className="muted"> · {d.volume}</span>}
    </li>
  );
}

function VmRow({ vm, lang }: { vm: VmPreview; lang: Lang }) {
  const w = PREVIEW_WORDS[lang];
  const c = vm.checkpoints;
  const notCounted = w.notCounted(c.recovery, c.replica);
  return (
    <tr className={vm.included ? undefined : 'muted'}>
      <td>{vm.host}</td>
      <th scope="row">{vm.name}</th>
      <td>{VM_STATE_NAMES[vm.state][lang]}</td>
      <td className="num">
        <Bytes value={vm.memoryBytes} />
        <div className="small muted">
          {w.memoryReason[vm.memoryReason]}
          {vm.memoryMaximumBytes !== undefined && (
            <>
              {' '}
              (<Bytes value={vm.memoryMaximumBytes} />)
            </>
          )}
        </div>
      </td>
      <td className="num">
        {vm.memoryInUseBytes !== undefined && <Bytes value={vm.memoryInUseBytes} />}
        <div className="small muted">{w.inUseReason[vm.inUseReason]}</div>
      </td>
      <td className="wrap">
        <ul className="import-disks">
          {vm.disks.map((d, i) => (
            <DiskLine key={i} d={d} lang={lang} />
          ))}
        </ul>
      </td>
      <td>{vm.volume || '—'}</td>
      <td>
        {w.checkpointCounts(c.standard, c.production)}
        {c.guessed > 0 && <div className="small">{w.guessed(c.guessed)}</div>}
        {notCounted && <div className="small muted">{notCounted}</div>}
      </td>
      <td>{vm.included ? (vm.job ?? w.noJob) : w.leftOut}</td>
    </tr>
  );
}

/** The preview's tables: hosts, VMs (state, memory and why, disks, volume, checkpoints by kind, job), volumes, proposed jobs. */
export function ImportPreviewTables({ preview, lang }: { preview: ImportPreview; lang: Lang }) {
  const w = PREVIEW_WORDS[lang];
  const vms = preview.vms.slice(0, ROWS_SHOWN);
  return (
    <>
      <PreviewTable caption={w.hosts} columns={[w.host, w.os, num(w.physicalMemory), num(w.systemDrive), num(w.vmCount)]}>
        {preview.hosts.map((h) => (
          <tr key={h.name}>
            <th scope="row">{h.name}</th>
            <td>{h.os}</td>
            <td className="num">{bytesOr(h.memoryBytes)}</td>
            <td className="num">
              {bytesOr(h.systemDriveBytes)}
              {preview.hosts.length > 1 && preview.systemDrive?.host === h.name && <div className="small">{w.systemDriveTaken}</div>}
            </td>
            <td className="num">{h.vms}</td>
          </tr>
        ))}
      </PreviewTable>
      <PreviewTable
        caption={w.vms}
        columns={[w.host, w.vm, w.state, num(w.memory), num(w.inUse), w.disks, w.volume, w.checkpoints, w.job]}
        more={preview.vms.length > vms.length ? w.moreVms(preview.vms.length - vms.length) : undefined}
      >
        {vms.map((vm, i) => (
          <VmRow key={i} vm={vm} lang={lang} />
        ))}
      </PreviewTable>
      <PreviewTable caption={w.volumes} columns={[w.volume, w.kind, num(w.capacity), num(w.free)]}>
        {preview.volumes.slice(0, ROWS_SHOWN).map((v, i) => (
          <tr key={i}>
            <th scope="row">{v.label}</th>
            <td>{VOLUME_KIND_NAMES[v.kind][lang]}</td>
            <td className="num">{bytesOr(v.capacityBytes)}</td>
            <td className="num">{bytesOr(v.freeBytes)}</td>
          </tr>
        ))}
      </PreviewTable>
      <PreviewTable caption={w.jobs} columns={[w.job, w.method, w.hostSystem, num(w.vmCount), w.destination, num(w.generations), w.capacity]}>
        {preview.jobs.map((j) => (
          <tr key={j.name}>
            <th scope="row">{j.name}</th>
            <td>{METHOD_NAMES[j.method][lang]}</td>
            <td>{j.hostSystem ? w.yes : w.no}</td>
            <td className="num">{j.vms}</td>
            <td>{j.destination}</td>
            <td className="num">{j.generations}</td>
            <td className="status-warning">{w.capacityNeeded}</td>
          </tr>
        ))}
      </PreviewTable>
    </>
  );
}

/** What was refused, skipped, capped or guessed, and what to check, with the reason: a table, refusals first. */
export function ImportNotesTable({ notes, lang }: { notes: ImportNote[]; lang: Lang }) {
  const w = PREVIEW_WORDS[lang];
  const sorted = NOTE_ORDER.flatMap((kind) => notes.filter((n) => n.kind === kind));
  const shown = sorted.slice(0, ROWS_SHOWN);
  return (
    <PreviewTable
      caption={w.notes}
      columns={[w.kind, w.where, w.reason]}
      className="import-notes"
      more={sorted.length > shown.length ? moreNotesText(sorted.length - shown.length, lang) : undefined}
    >
      {shown.map((n, i) => (
        <tr key={i} className={n.kind === 'refused' ? 'row-bad' : undefined}>
          <td>{w.noteKind[n.kind]}</td>
          <td className="wrap">{n.where || '—'}</td>
          <td className="wrap">{n.message}</td>
        </tr>
      ))}
    </PreviewTable>
  );
}
