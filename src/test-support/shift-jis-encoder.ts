/**
 * For tests: Shift_JIS bytes of a text, as Excel in Japan saves a CSV. Browsers and Node only decode
 * Shift_JIS, so the table is built by decoding every code the encoding has.
 */
const table = new Map<string, number[]>();
/** Characters whose first byte is 0x81–0x9F (kana, symbols, the first level of kanji). */
export const SHIFT_JIS_FIRST_HALF: string[] = [];

const decoder = new TextDecoder('shift_jis', { fatal: true });
const learn = (bytes: number[]) => {
  let char: string;
  try {
    char = decoder.decode(new Uint8Array(bytes));
  } catch {
    return;
  }
  if (table.has(char)) return;
  table.set(char, bytes);
  if (bytes.length === 2 && bytes[0]! <= 0x9f) SHIFT_JIS_FIRST_HALF.push(char);
};
for (let b = 0; b <= 0x7f; b++) learn([b]);
for (let b = 0xa1; b <= 0xdf; b++) learn([b]);
for (let lead = 0x81; lead <= 0xfc; lead++) {
  if (lead > 0x9f && lead < 0xe0) continue;
  for (let trail = 0x40; trail <= 0xfc; trail++) if (trail !== 0x7f) learn([lead, trail]);
}

export function encodeShiftJis(text: string): Uint8Array {
  const out: number[] = [];
  for (const char of text) {
    const bytes = table.get(char);
    if (!bytes) throw new Error(`not in Shift_JIS: ${char}`);
    out.push(...bytes);
  }
  return new Uint8Array(out);
}
