import { INVENTORY_CSV_COLUMNS } from '../inventory/csv-to-inventory';

type Column = (typeof INVENTORY_CSV_COLUMNS)[number];
export type CsvRowValues = Partial<Record<Column, string>>;

/** For tests and benchmarks: one disk row of a running VM on D:, every column filled. */
export function diskRow(vm: number, disk: number, overrides: CsvRowValues = {}): CsvRowValues {
  return {
    Host: 'HV01',
    VMName: `vm${vm}`,
    State: 'Running',
    Version: '10.0',
    Generation: '2',
    MemoryBytes: '4294967296',
    MemoryAssignedBytes: '2147483648',
    DynamicMemory: 'false',
    AutomaticStopAction: 'Save',
    VMPath: `D:\\VMs\\vm${vm}`,
    StandardCheckpoints: '0',
    ProductionCheckpoints: '0',
    BackupIntegration: 'true',
    DiskPath: `D:\\VMs\\vm${vm}\\disk${disk}.vhdx`,
    VhdFormat: 'VHDX',
    VhdType: 'Dynamic',
    DiskSizeBytes: '136365211648',
    DiskFileSizeBytes: '10737418240',
    ParentSizeBytes: '',
    DiskNumber: '',
    SharedVhdx: '',
    ...overrides,
  };
}

/** The inventory CSV's lines (header first) for these rows; values are written as they are. */
export function inventoryCsvLines(rows: CsvRowValues[]): string[] {
  return [INVENTORY_CSV_COLUMNS.join(','), ...rows.map((r) => INVENTORY_CSV_COLUMNS.map((c) => r[c] ?? '').join(','))];
}

/** `diskRows` disk rows, `disksPerVm` to a VM, as the UTF-8 bytes of a CSV. */
export function generatedCsv(diskRows: number, disksPerVm: number): Uint8Array {
  const rows: CsvRowValues[] = [];
  for (let i = 0; i < diskRows; i++) rows.push(diskRow(Math.floor(i / disksPerVm), i % disksPerVm));
  return new TextEncoder().encode(inventoryCsvLines(rows).join('\r\n'));
}
