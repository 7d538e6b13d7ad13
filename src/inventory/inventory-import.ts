import type { Lang } from '../engine';
import { importInventorySteps } from './build-scenario';
import type { ImportResult, InventoryFile, OnProgress } from './inventory-types';
import { readInventorySteps, type PickedFile } from './read-inventory';
import { runSteps, runStepsInSlices } from './run-steps';

/**
 * The inventory importer's public face: collector JSON (public/collect-hyperv-inventory.ps1) and the
 * one-row-per-disk CSV → one scenario, with a note for everything that could not be mapped.
 */
export { INVENTORY_FORMAT, type ImportNote, type ImportResult, type InventoryFile, type OnProgress, type Progress } from './inventory-types';
export type { PickedFile } from './read-inventory';

/** Collector files already JSON-decoded (several hosts of a cluster merge) → one scenario. */
export function importInventory(files: InventoryFile[], lang: Lang = 'ja'): ImportResult {
  return runSteps(importInventorySteps(files, lang));
}

/** Files as picked or dropped (JSON or `.csv`, any encoding PowerShell or Excel writes) → one scenario, at once. */
export function readInventoryFiles(files: PickedFile[], lang: Lang = 'ja'): ImportResult {
  return runSteps(readInventorySteps(files, lang));
}

/** The same in slices of about 30 ms, reporting progress: the import dialog stays responsive. */
export function readInventoryFilesInSlices(files: PickedFile[], lang: Lang, onProgress?: OnProgress): Promise<ImportResult> {
  return runStepsInSlices(readInventorySteps(files, lang), onProgress);
}
