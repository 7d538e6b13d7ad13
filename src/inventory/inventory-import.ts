import type { Lang } from '../engine';
import { importInventorySteps } from './build-scenario';
import type { ImportOptions, ImportResult, InventoryFile, OnProgress } from './inventory-types';
import { readInventorySteps, type PickedFile } from './read-inventory';
import { runSteps, runStepsInSlices } from './run-steps';

/**
 * The inventory importer's public face: collector JSON (public/collect-hyperv-inventory.ps1) and the
 * one-row-per-disk CSV → one scenario, with a note for everything that could not be mapped.
 */
export {
  INVENTORY_FORMAT,
  INVENTORY_VERSION,
  type ImportNote,
  type ImportOptions,
  type ImportPreview,
  type ImportResult,
  type InventoryFile,
  type NoteKind,
  type OnProgress,
  type Progress,
  type VmPreview,
} from './inventory-types';
export type { PickedFile } from './read-inventory';

/** Collector files already JSON-decoded (several hosts of a cluster merge) → one scenario. */
export function importInventory(files: InventoryFile[], lang: Lang = 'ja', options: ImportOptions = {}): ImportResult {
  return runSteps(importInventorySteps(files, lang, options));
}

/** Files as picked or dropped (JSON or `.csv`, any encoding PowerShell or Excel writes) → one scenario, at once. */
export function readInventoryFiles(files: PickedFile[], lang: Lang = 'ja', options: ImportOptions = {}): ImportResult {
  return runSteps(readInventorySteps(files, lang, options));
}

/** The same in slices of about 30 ms, reporting progress: the import dialog stays responsive. */
export function readInventoryFilesInSlices(files: PickedFile[], lang: Lang, onProgress?: OnProgress, options: ImportOptions = {}): Promise<ImportResult> {
  return runStepsInSlices(readInventorySteps(files, lang, options), onProgress);
}
