import type { Lang } from '../engine';
import { decodeFileText } from '../share/decode-text';
import { importInventorySteps } from './build-scenario';
import { csvInventorySteps } from './csv-to-inventory';
import { INVENTORY_LIMITS, OverLimit, overLimitNote } from './inventory-limits';
import type { ImportNote, ImportOptions, ImportResult, InventoryFile, Steps } from './inventory-types';
import { noteOf } from './inventory-words';

export interface PickedFile {
  name: string;
  bytes: Uint8Array;
  /** What the file holds, when its name does not say (`.csv` is CSV, anything else JSON). */
  kind?: 'csv' | 'json';
}

const MiB_TEXT = `${INVENTORY_LIMITS.fileBytes / 1024 / 1024} MiB`;

/**
 * Files as picked or dropped: bytes in any encoding decodeFileText reads (a Shift_JIS file is read
 * and noted), the collector's JSON or a `.csv` of one row per disk, all merged into one scenario.
 * A file over the size bound is not read; an import over a count bound is refused as a whole.
 */
export function* readInventorySteps(files: PickedFile[], lang: Lang, options: ImportOptions = {}): Steps<ImportResult> {
  const decoded: InventoryFile[] = [];
  const notes: ImportNote[] = [];
  for (const f of files) {
    if (f.bytes.length > INVENTORY_LIMITS.fileBytes) {
      notes.push(noteOf(f.name, 'tooBig', lang, MiB_TEXT));
      continue;
    }
    const text = decodeFileText(f.bytes, lang);
    if (!text.ok) {
      notes.push({ where: f.name, message: text.message, kind: 'refused' });
      continue;
    }
    if (text.note) notes.push({ where: f.name, message: text.note, kind: 'check' });
    if ((f.kind ?? (/\.csv$/i.test(f.name) ? 'csv' : 'json')) === 'csv') {
      try {
        const csv = yield* csvInventorySteps(f.name, text.text, lang);
        notes.push(...csv.notes);
        if (csv.files.length === 0) notes.push(noteOf(f.name, 'noRows', lang));
        decoded.push(...csv.files);
      } catch (error) {
        if (error instanceof OverLimit) return { ok: false, notes: [overLimitNote(error, f.name, lang)] };
        throw error;
      }
      continue;
    }
    try {
      decoded.push({ name: f.name, json: JSON.parse(text.text) });
    } catch {
      notes.push(noteOf(f.name, 'notJson', lang));
    }
  }
  const result = yield* importInventorySteps(decoded, lang, options);
  return { ...result, notes: [...notes, ...result.notes] };
}
