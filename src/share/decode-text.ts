import type { Lang } from '../engine';
import { translate } from '../i18n/messages';

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'shift_jis';

export type DecodedFile =
  | { ok: true; text: string; encoding: TextEncodingName; /** Set when the reader should be told how the file was read. */ note?: string }
  | { ok: false; message: string };

const BOMS: { bytes: number[]; encoding: TextEncodingName }[] = [
  { bytes: [0xef, 0xbb, 0xbf], encoding: 'utf-8' },
  { bytes: [0xff, 0xfe], encoding: 'utf-16le' },
  { bytes: [0xfe, 0xff], encoding: 'utf-16be' },
];

function strict(encoding: TextEncodingName, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * Text of a file as a user's tools wrote it (inventory.md): a BOM names the encoding (UTF-8, or the
 * UTF-16 LE/BE that Windows PowerShell 5.1's Out-File and `>` write); without one, bytes that are
 * valid UTF-8 are UTF-8, and failing that valid Shift_JIS is Shift_JIS, which Excel in Japan saves
 * CSV as. Anything else is refused rather than shown with replacement characters.
 */
export function decodeFileText(bytes: Uint8Array, lang: Lang = 'en'): DecodedFile {
  for (const bom of BOMS) {
    if (bom.bytes.every((b, i) => bytes[i] === b)) {
      return { ok: true, text: new TextDecoder(bom.encoding).decode(bytes.subarray(bom.bytes.length)), encoding: bom.encoding };
    }
  }
  const utf8 = strict('utf-8', bytes);
  if (utf8 !== null) return { ok: true, text: utf8, encoding: 'utf-8' };
  const sjis = strict('shift_jis', bytes);
  if (sjis !== null) return { ok: true, text: sjis, encoding: 'shift_jis', note: translate(lang, 'decodeShiftJis') };
  return { ok: false, message: translate(lang, 'decodeUnknown') };
}

/**
 * The same reading for callers that want only the text: bytes that are neither UTF-8 nor Shift_JIS
 * come back as UTF-8 with replacement characters, so the JSON or CSV reader reports what it meets.
 */
export function decodeText(bytes: Uint8Array): string {
  const decoded = decodeFileText(bytes);
  return decoded.ok ? decoded.text : new TextDecoder('utf-8').decode(bytes);
}
