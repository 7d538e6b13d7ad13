import type { Scenario } from '../engine';

export interface ImportNote {
  /** Where: `host01 / vm web01 / disk 2` … */
  where: string;
  message: string;
}

export type ImportResult =
  | { ok: true; scenario: Scenario; notes: ImportNote[]; counts: { hosts: number; volumes: number; vms: number; disks: number } }
  | { ok: false; notes: ImportNote[] };

/** A collector file already JSON-decoded, or a CSV's rows in the same shape. */
export interface InventoryFile {
  name: string;
  json: unknown;
}

/** Called as work goes on: `done` of `total` items of the stage (CSV rows, then VMs) so far. */
export type OnProgress = (done: number, total: number, stage: Progress['stage']) => void;

export const INVENTORY_FORMAT = 'hyperv-backup-sizer/inventory';

/** How far an import is: CSV rows read, then VMs mapped, then the scenario checked. */
export interface Progress {
  stage: 'rows' | 'vms' | 'check';
  done: number;
  total: number;
}

/** Import work as a generator that yields its progress, so it can run at once or in slices. */
export type Steps<T> = Generator<Progress, T, void>;
