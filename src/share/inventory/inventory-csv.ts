import Papa from 'papaparse';
import type { Lang } from '../../engine';
import { decodeText } from '../decode-text';
import { importInventory, INVENTORY_FORMAT, type ImportResult } from './inventory-import';

/**
 * The simpler inventory: a CSV with one row per disk (a VM without disks has one row with no disk
 * path), as someone might assemble it by hand or from Export-Csv. The rows become the collector's
 * JSON shape and go through the same importer.
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

type Row = Partial<Record<(typeof INVENTORY_CSV_COLUMNS)[number], string>>;

const n = (v: string | undefined) => (v === undefined || v.trim() === '' ? undefined : Number(v.replaceAll(',', '')));
const yes = (v: string | undefined) => /^(true|yes|1|はい)$/i.test((v ?? '').trim());

/** The CSV's rows as collector-shaped files, one per host named in the Host column. */
export function csvToInventoryFiles(name: string, bytes: Uint8Array): { name: string; json: unknown }[] {
  const parsed = Papa.parse<Row>(decodeText(bytes).replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true, transformHeader: (h) => h.trim() });
  const hosts = new Map<string, Map<string, Record<string, unknown>>>();
  for (const row of parsed.data) {
    const host = row.Host?.trim() || name;
    const vmName = row.VMName?.trim();
    if (!vmName) continue;
    const vms = hosts.get(host) ?? new Map<string, Record<string, unknown>>();
    hosts.set(host, vms);
    let vm = vms.get(vmName);
    if (!vm) {
      const memory = n(row.MemoryBytes);
      vm = {
        name: vmName,
        vmId: `${host}/${vmName}`,
        state: row.State?.trim(),
        version: row.Version?.trim(),
        generation: n(row.Generation),
        memoryStartup: memory,
        memoryMaximum: memory,
        memoryAssigned: n(row.MemoryAssignedBytes),
        dynamicMemoryEnabled: yes(row.DynamicMemory),
        automaticStopAction: row.AutomaticStopAction?.trim() || 'Save',
        path: row.VMPath?.trim(),
        configurationLocation: row.VMPath?.trim(),
        backupIntegrationEnabled: row.BackupIntegration === undefined || row.BackupIntegration.trim() === '' ? true : yes(row.BackupIntegration),
        snapshots: { standard: n(row.StandardCheckpoints) ?? 0, production: n(row.ProductionCheckpoints) ?? 0 },
        disks: [] as unknown[],
      };
      vms.set(vmName, vm);
    }
    const diskPath = row.DiskPath?.trim();
    const diskNumber = n(row.DiskNumber);
    if (!diskPath && diskNumber === undefined) continue;
    (vm.disks as unknown[]).push(
      diskNumber !== undefined
        ? { path: diskPath ?? '', diskNumber, diskSize: n(row.DiskSizeBytes) }
        : {
            path: diskPath,
            diskNumber: null,
            supportPersistentReservations: yes(row.SharedVhdx),
            vhd: { path: diskPath, vhdFormat: row.VhdFormat?.trim() || 'VHDX', vhdType: row.VhdType?.trim() || 'Dynamic', size: n(row.DiskSizeBytes), fileSize: n(row.DiskFileSizeBytes), parentSize: n(row.ParentSizeBytes) },
          },
    );
  }
  return [...hosts].map(([host, vms]) => ({ name, json: { format: INVENTORY_FORMAT, version: 1, computerName: host, vms: [...vms.values()] } }));
}

export function readInventoryCsv(name: string, bytes: Uint8Array, lang: Lang = 'ja'): ImportResult {
  const files = csvToInventoryFiles(name, bytes);
  if (files.length === 0) return { ok: false, notes: [noRows(name, lang)] };
  return importInventory(files, lang);
}

export const noRows = (name: string, lang: Lang) => ({
  where: name,
  message: lang === 'ja' ? '取り込める行がありません (VMName 列が必要)' : 'no rows to import (a VMName column is needed)',
});
