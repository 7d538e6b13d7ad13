import type { Lang } from '../engine';
import { readInventoryFiles } from './inventory-import';
import type { ImportResult } from './inventory-types';

export { INVENTORY_CSV_COLUMNS, csvInventorySteps, type CsvInventory } from './csv-to-inventory';

/** A CSV of one row per disk on its own → a scenario, with notes; whatever its name, it is read as CSV. */
export function readInventoryCsv(name: string, bytes: Uint8Array, lang: Lang = 'ja'): ImportResult {
  return readInventoryFiles([{ name, bytes, kind: 'csv' }], lang);
}
