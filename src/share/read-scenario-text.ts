import { parseScenario, problemMessage, type Lang, type ParseResult } from '../engine';

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
