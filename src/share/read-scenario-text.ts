import { parseScenario, problemMessage, type Lang, type ParseResult, type Problem } from '../engine';
import { decodeFileText } from './decode-text';

/**
 * A scenario file's text → a typed scenario or the problems, each naming its field. Empty input and
 * text that is not JSON are problems too, never exceptions.
 */
export function readScenarioText(text: string, lang: Lang = 'en'): ParseResult {
  const trimmed = text.replace(/^\uFEFF/, '').trim();
  if (trimmed === '') {
    return { ok: false, problems: [{ path: 'file', message: problemMessage({ code: 'empty-input' }, lang) }] };
  }
  let json: unknown;
  try {
    json = JSON.parse(trimmed);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, problems: [{ path: 'file', message: problemMessage({ code: 'not-json', detail }, lang) }] };
  }
  return parseScenario(json, lang);
}

/**
 * A scenario file's bytes, in whatever encoding decodeFileText accepts: the parse result, plus notes
 * the reader should see even when the file opens (a file read as Shift_JIS says so).
 */
export function readScenarioBytes(bytes: Uint8Array, lang: Lang = 'en'): ParseResult & { notes: Problem[] } {
  const decoded = decodeFileText(bytes, lang);
  if (!decoded.ok) return { ok: false, problems: [{ path: 'file', message: decoded.message }], notes: [] };
  const notes = decoded.note ? [{ path: 'file', message: decoded.note }] : [];
  return { ...readScenarioText(decoded.text, lang), notes };
}
