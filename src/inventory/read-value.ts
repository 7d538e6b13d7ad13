import { formatBytes, type Lang } from '../engine';
import { INVENTORY_LIMITS, type Bound } from './inventory-limits';
import { noteOf, say, type WordKey } from './inventory-words';
import type { ImportNote } from './inventory-types';

type Parsed = { value: number } | { problem: WordKey } | null;

const GROUPED = /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/;
const DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i;

/**
 * A number as a tool may have written it: a JSON number, or text such as "1073741824" or Excel's
 * "1,073,741,824". Absent (undefined, null, blank) is null; anything else that is not a finite number
 * from 0 to 2^53 says what is wrong with it.
 */
function parseNumber(raw: unknown): Parsed {
  let v = raw;
  if (v === undefined || v === null) return null;
  if (typeof v === 'string') {
    const s = v.trim();
    if (s === '') return null;
    const plain = GROUPED.test(s) ? s.replaceAll(',', '') : s;
    if (!DECIMAL.test(plain)) return { problem: 'notNumber' };
    v = Number(plain);
  }
  if (typeof v !== 'number' || Number.isNaN(v)) return { problem: 'notNumber' };
  if (v < 0) return { problem: 'negative' };
  if (v > Number.MAX_SAFE_INTEGER) return { problem: 'tooLarge' };
  return { value: v };
}

/** A value as the note shows it: short, and text in its own quotes. */
function shown(v: unknown): string {
  const s = typeof v === 'string' ? v : typeof v === 'number' ? String(v) : (JSON.stringify(v) ?? String(v));
  return s.length > 40 ? `${s.slice(0, 40)}…` : s;
}

/**
 * Reads the importers' values and notes each one it cannot take as it is: never a silent 0.
 * Enumerations are looked up in Maps, so a value such as "constructor" is unknown, not a property.
 */
export class ValueReader {
  constructor(
    readonly notes: ImportNote[],
    readonly lang: Lang,
  ) {}

  note(where: string, key: WordKey, v = '', f = '', w = ''): void {
    this.notes.push(noteOf(where, key, this.lang, v, f, w));
  }

  /** What is wrong with a value, in words, or null when it can be taken (rounded to a whole number). */
  private problem(raw: unknown, field: string, bound: Bound | undefined): { value: number } | { words: string } | null {
    const p = parseNumber(raw);
    if (p === null) return null;
    if ('problem' in p) return { words: say(p.problem, this.lang, shown(raw), field) };
    const value = Math.round(p.value);
    if (bound && value > bound.max) {
      const limit = bound.bytes ? formatBytes(bound.max, this.lang) : bound.max.toLocaleString('en-US');
      return { words: say('overBound', this.lang, shown(raw), field, limit) };
    }
    return { value };
  }

  /** A whole number ≥ 0 (bytes or a count) within `bound`, or undefined when absent or unreadable (noted). */
  count(raw: unknown, field: string, where: string, bound?: Bound): number | undefined {
    const p = this.problem(raw, field, bound);
    if (p === null || 'value' in p) return p?.value;
    this.notes.push({ where, message: p.words + say('leftOut', this.lang), kind: 'skipped' });
    return undefined;
  }

  /** A number the scenario needs: when absent or unreadable it is 0, and the note asks for it. */
  required(raw: unknown, field: string, where: string, bound?: Bound): number {
    const p = this.problem(raw, field, bound);
    if (p !== null && 'value' in p) return p.value;
    const what = p === null ? say('missing', this.lang, '', field) : p.words;
    this.notes.push({ where, message: what + say('setToZero', this.lang), kind: 'guessed' });
    return 0;
  }

  /** Generation 1 or 2 (1, "1", 2, "2"); absent is 2, the default; anything else is 2 with a note. */
  generation(raw: unknown, where: string): 1 | 2 {
    const p = parseNumber(raw);
    if (p === null) return 2;
    if ('value' in p && (p.value === 1 || p.value === 2)) return p.value;
    this.note(where, 'generation', shown(raw));
    return 2;
  }

  /** One of `table`'s values by its lower-case name; blank is `fallback`, anything else too, with a note. */
  choice<T extends string>(raw: string, table: ReadonlyMap<string, T>, fallback: T, field: string, where: string): T {
    const name = raw.trim();
    if (name === '') return fallback;
    const found = table.get(name.toLowerCase());
    if (found !== undefined) return found;
    this.note(where, 'unknownValue', shown(name), field, fallback);
    return fallback;
  }

  /** A name or label within formats.md's bound; a longer one is cut (never inside a surrogate pair), with a note. */
  name(text: string, where: (cut: string) => string): string {
    const max = INVENTORY_LIMITS.nameChars;
    if (text.length <= max) return text;
    const end = /[\uD800-\uDBFF]/.test(text[max - 1]!) ? max - 1 : max;
    const cut = text.slice(0, end);
    this.note(where(cut), 'nameCut', String(max));
    return cut;
  }
}
