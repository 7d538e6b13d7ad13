import type { Lang } from '../engine';
import { CsvLines, type CsvRow } from './csv-lines';
import { BOUNDS, INVENTORY_LIMITS, OverLimit } from './inventory-limits';
import { INVENTORY_FORMAT, INVENTORY_VERSION, type ImportNote, type InventoryFile, type Steps } from './inventory-types';
import { ValueReader } from './read-value';

/**
 * The simpler inventory: a CSV with one row per disk (a VM without disks has one row with no disk
 * path), as someone might assemble it by hand or from Export-Csv. The rows become the collector's
 * JSON shape (version 2, with the checkpoint kinds as the columns state them and the parent's size as
 * a total) and go through the same importer; numbers are read here, where the notes can name the
 * column.
 */
export const INVENTORY_CSV_COLUMNS = [
  'Host',
  'VMName',
  'State',
  'Version',
  'Generation',
  'MemoryBytes',
  'MemoryAssignedBytes',
  'DynamicMemory',
  'AutomaticStopAction',
  'VMPath',
  'StandardCheckpoints',
  'ProductionCheckpoints',
  'BackupIntegration',
  'DiskPath',
  'VhdFormat',
  'VhdType',
  'DiskSizeBytes',
  'DiskFileSizeBytes',
  'ParentSizeBytes',
  'DiskNumber',
  'SharedVhdx',
] as const;

type Column = (typeof INVENTORY_CSV_COLUMNS)[number];
type Raw = Record<string, unknown>;

const yes = (v: string | undefined) => /^(true|yes|1|はい)$/i.test((v ?? '').trim());

export interface CsvInventory {
  files: InventoryFile[];
  notes: ImportNote[];
}

/**
 * The CSV's rows as collector-shaped files, one per host named in the Host column, with notes for
 * lines and values that could not be read. Yields progress per row; throws OverLimit as soon as the
 * rows hold more disks or VMs than a scenario may.
 */
export function* csvInventorySteps(name: string, text: string, lang: Lang): Steps<CsvInventory> {
  const notes: ImportNote[] = [];
  const read = new ValueReader(notes, lang);
  const csv = new CsvLines(text);
  const index = new Map<string, number>();
  let header: string[] | null = null;
  const cell = (row: CsvRow, column: Column): string | undefined => {
    const i = index.get(column);
    return i === undefined ? undefined : row.fields[i]?.trim();
  };
  const hosts = new Map<string, Map<string, Raw>>();
  let vmCount = 0;
  let diskRows = 0;
  for (const row of csv.records(name, notes, lang)) {
    yield { stage: 'rows', done: row.line, total: csv.lines.length };
    if (row.fields.every((f) => f.trim() === '')) continue;
    if (!header) {
      header = row.fields.map((h, i) => (i === 0 ? h.replace(/^\uFEFF/, '') : h).trim());
      header.forEach((h, i) => index.has(h) || index.set(h, i));
      continue;
    }
    if (row.fields.length > header.length) {
      // A comma inside an unquoted value has shifted every column after it.
      read.note(`${name} line ${row.line}`, 'tooManyFields', String(row.fields.length));
      continue;
    }
    const host = read.name(cell(row, 'Host') || name, (cut) => cut);
    const vmName = cell(row, 'VMName');
    if (!vmName) {
      // A file without the column at all is told once, as having nothing to import.
      if (index.has('VMName')) read.note(`${name} line ${row.line}`, 'noVmName');
      continue;
    }
    const vms = hosts.get(host) ?? new Map<string, Raw>();
    hosts.set(host, vms);
    let vm = vms.get(vmName);
    if (!vm) {
      if (++vmCount > INVENTORY_LIMITS.vms) throw new OverLimit('tooManyVms', INVENTORY_LIMITS.vms);
      vm = vmOf(row, host, vmName, cell, read);
      vms.set(vmName, vm);
    }
    const diskPath = cell(row, 'DiskPath');
    const disks = vm.disks as Raw[];
    const where = `${host} / ${vm.name as string} / ${diskPath || `disk ${disks.length + 1}`}`;
    const diskNumber = read.count(cell(row, 'DiskNumber'), 'DiskNumber', where);
    if (!diskPath && diskNumber === undefined) continue;
    if (++diskRows > INVENTORY_LIMITS.disks) throw new OverLimit('tooManyDisks', INVENTORY_LIMITS.disks);
    disks.push(diskOf(row, diskPath, diskNumber, where, cell, read));
  }
  const files = [...hosts].map(([host, vms]) => ({
    name,
    json: { format: INVENTORY_FORMAT, version: INVENTORY_VERSION, computerName: host, vms: [...vms.values()] },
  }));
  return { files, notes };
}

type Cell = (row: CsvRow, column: Column) => string | undefined;

const stated = (kind: 'standard' | 'production', n: number) => Array.from({ length: n }, (_, i) => ({ name: `${kind} ${i + 1}`, kind }));

function vmOf(row: CsvRow, host: string, vmName: string, cell: Cell, read: ValueReader): Raw {
  const name = read.name(vmName, (cut) => `${host} / ${cut}`);
  const where = `${host} / ${name}`;
  const memory = read.required(cell(row, 'MemoryBytes'), 'MemoryBytes', where, BOUNDS.memory);
  const backup = cell(row, 'BackupIntegration');
  return {
    name,
    vmId: `${host}/${vmName}`,
    state: cell(row, 'State'),
    version: cell(row, 'Version'),
    generation: read.generation(cell(row, 'Generation'), where),
    memoryStartup: memory,
    memoryMaximum: memory,
    memoryAssigned: read.count(cell(row, 'MemoryAssignedBytes'), 'MemoryAssignedBytes', where, BOUNDS.memory),
    dynamicMemoryEnabled: yes(cell(row, 'DynamicMemory')),
    automaticStopAction: cell(row, 'AutomaticStopAction') || 'Save',
    path: cell(row, 'VMPath'),
    configurationLocation: cell(row, 'VMPath'),
    backupIntegrationEnabled: backup === undefined || backup === '' ? true : yes(backup),
    // The kinds as the columns state them (at most Hyper-V's 50 each): not measured, taken as stated.
    checkpoints: [
      ...stated('standard', read.count(cell(row, 'StandardCheckpoints'), 'StandardCheckpoints', where, BOUNDS.checkpoints) ?? 0),
      ...stated('production', read.count(cell(row, 'ProductionCheckpoints'), 'ProductionCheckpoints', where, BOUNDS.checkpoints) ?? 0),
    ],
    disks: [] as Raw[],
  };
}

function diskOf(row: CsvRow, diskPath: string | undefined, diskNumber: number | undefined, where: string, cell: Cell, read: ValueReader): Raw {
  if (diskNumber !== undefined) return { path: diskPath ?? '', diskNumber, diskSize: read.required(cell(row, 'DiskSizeBytes'), 'DiskSizeBytes', where) };
  const vhdFormat = cell(row, 'VhdFormat') || 'VHDX';
  return {
    path: diskPath,
    diskNumber: null,
    supportPersistentReservations: yes(cell(row, 'SharedVhdx')),
    chain: [
      {
        path: diskPath,
        vhdFormat,
        vhdType: cell(row, 'VhdType') || 'Dynamic',
        size: read.required(cell(row, 'DiskSizeBytes'), 'DiskSizeBytes', where, /^vhd$/i.test(vhdFormat) ? BOUNDS.vhd : BOUNDS.vhdx),
        fileSize: read.count(cell(row, 'DiskFileSizeBytes'), 'DiskFileSizeBytes', where),
      },
    ],
    // Totals rather than levels: the CSV does not list the chain, nor the checkpoint files.
    parentSize: read.count(cell(row, 'ParentSizeBytes'), 'ParentSizeBytes', where),
    checkpointFilesBytes: null,
  };
}
