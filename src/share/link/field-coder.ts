import { GiB, MiB } from '../../engine/units';
import { AdaptiveBits } from './adaptive-bits';
import { checkLength, LinkOverBound, LinkTooLarge } from './link-bounds';
import { LinkDamaged, RangeDecoder, RangeEncoder } from './range-coder';
import { SYMBOL_BITS, TextModel } from './text-model';
import { fromWtf8, toWtf8 } from './wtf8';

const SIZE_UNITS = [GiB, MiB, 1] as const;
const CHUNK = 0x10000;
/** Coding steps allowed per link: ample for 8,000 VMs, finite for a crafted one. */
const DECODE_BUDGET = 32_000_000;
const TEXT_MAX_BYTES = 1 << 20;
/**
 * Text contexts per link (1.5 KB each, so about 150 MB): real names and ids, even 8,000 random ones,
 * make at most a few tens of thousands, while text crafted to visit every pair of bytes in every key
 * would make 1.6 million (2.5 GB) within the coding budget.
 */
const TEXT_CONTEXTS_MAX = 100_000;
/** WTF-8 spends at most 3 bytes per UTF-16 unit, so a text past 3 bytes a character is too long already. */
const MAX_BYTES_PER_CHAR = 3;

/** A text's bound, checked as it is read (not written: tests write crafted links with the same coder). */
export interface TextLimit {
  maxChars: number;
  path: () => string;
}

/** Exact for every safe integer, where Math.log2 can round up just below a power of two. */
const bitLength = (n: number): number => (n >= 2 ** 32 ? 32 + bitLength(Math.floor(n / 2 ** 32)) : 32 - Math.clz32(n));

/** What one key has learnt: its decision trees by depth, the values it has seen, its text model. */
class Field {
  readonly trees: AdaptiveBits[] = [];
  readonly seen: unknown[] = [];
  readonly seenAt = new Map<unknown, number>();
  text: TextModel | undefined;
  private readonly parts = new Map<string, Field>();

  constructor(readonly key: string) {}

  /** A field derived from this one (`vm.memory:unit`), made once so hot paths build no strings. */
  part(name: string): Field {
    let part = this.parts.get(name);
    if (!part) this.parts.set(name, (part = new Field(`${this.key}:${name}`)));
    return part;
  }

  tree(bits: number): AdaptiveBits {
    return (this.trees[bits] ??= new AdaptiveBits(1 << bits));
  }
}

/** How a measured size relates to its maximum. */
const MEASURED = { absent: 0, below: 1, atMaximum: 2, above: 3, other: 4 } as const;

/**
 * One description of the link format serves both directions: every method takes the value to write
 * (when encoding) or nothing (when decoding) and returns the value written or read. Each key has its
 * own adaptive models, so a cluster's repeated shapes cost almost nothing.
 */
export class FieldCoder {
  private readonly fields = new Map<string, Field>();
  private budget = DECODE_BUDGET;
  private textContexts = 0;

  private constructor(
    private readonly encoder: RangeEncoder | undefined,
    private readonly decoder: RangeDecoder | undefined,
  ) {}

  static writer(): FieldCoder {
    return new FieldCoder(new RangeEncoder(), undefined);
  }

  static reader(bytes: Uint8Array): FieldCoder {
    return new FieldCoder(undefined, new RangeDecoder(bytes));
  }

  get reading(): boolean {
    return this.decoder !== undefined;
  }

  finish(): Uint8Array {
    if (!this.encoder) throw new Error('finish() is for the writer');
    return this.encoder.finish();
  }

  flag(key: string, value?: boolean): boolean {
    return this.flagIn(this.field(key), value);
  }

  /** A value in [0, n) through an adaptive binary tree: frequent values become cheap. */
  choice(key: string, n: number, value?: number): number {
    return this.choiceIn(this.field(key), n, value);
  }

  /** One of a frozen list (frozen-enums.ts); a value the list does not hold cannot be written in this revision. */
  pick<T>(key: string, values: readonly T[], value?: T): T {
    const index = value === undefined ? undefined : values.indexOf(value);
    if (index === -1) throw new Error(`${key}: ${String(value)} has no code in this link revision`);
    return values[this.choice(key, values.length, index)]!;
  }

  /** A whole number ≥ 0: its bit length adaptively, the bits below the leading one uniformly. */
  count(key: string, value?: number, max = Number.MAX_SAFE_INTEGER): number {
    const result = this.countIn(this.field(key), value);
    if (result > max) throw new LinkDamaged(`${key} too large`);
    return result;
  }

  /** value in [0, n) with every value equally likely; n up to 2^53. */
  uniform(n: number, value?: number): number {
    if (n <= CHUNK) return this.uniformSmall(n, value);
    const high = this.uniform(Math.ceil(n / CHUNK), value === undefined ? undefined : Math.floor(value / CHUNK));
    const result = high * CHUNK + this.uniformSmall(CHUNK, value === undefined ? undefined : value % CHUNK);
    if (result >= n) throw new LinkDamaged('value out of range');
    return result;
  }

  optional<T>(key: string, value: T | undefined, code: (value: T | undefined) => T): T | undefined {
    return this.flag(key, this.reading ? undefined : value !== undefined) ? code(value) : undefined;
  }

  /**
   * Text as bytes, each predicted from those before it in texts of the same key (text-model.ts);
   * symbol 0 ends the text. Lone surrogates survive (WTF-8), so any JSON string round-trips.
   */
  text(key: string, value?: string, limit?: TextLimit): string {
    return this.textIn(this.field(key), value, limit);
  }

  /** A text seen before in this key costs its index; a new one is spelled out. */
  word(key: string, value?: string, limit?: TextLimit): string {
    const field = this.field(key);
    return this.recall(field, value, () => this.textIn(field, value, limit));
  }

  /**
   * A byte size: one seen before in this key costs its index (a cluster has a few memory and disk
   * sizes); a new one is a count of GiB, of MiB or of bytes.
   */
  size(key: string, value?: number): number {
    return this.sizeIn(this.field(key), value);
  }

  /**
   * A measured size that usually lies below a known maximum (memory in use, a dynamic disk's file):
   * then it is random to any model, so it costs exactly log2 of the maximum in MiB. At the maximum
   * (static memory) it costs next to nothing; above it (a fixed disk's file) only the difference is
   * coded; anything else as a plain size.
   */
  measured(key: string, bound: number, value?: number): number | undefined {
    const field = this.field(key);
    const relation = this.choiceIn(
      field.part('relation'),
      5,
      this.reading
        ? undefined
        : value === undefined
          ? MEASURED.absent
          : value === bound
            ? MEASURED.atMaximum
            : value % MiB === 0 && value < bound
              ? MEASURED.below
              : value > bound
                ? MEASURED.above
                : MEASURED.other,
    );
    switch (relation) {
      case MEASURED.absent:
        return undefined;
      case MEASURED.below:
        return this.uniform(Math.ceil(bound / MiB), value === undefined ? undefined : value / MiB) * MiB;
      case MEASURED.atMaximum:
        return bound;
      case MEASURED.above:
        return bound + this.sizeIn(field.part('above'), value === undefined ? undefined : value - bound);
      default:
        return this.sizeIn(field.part('other'), value);
    }
  }

  private field(key: string): Field {
    let field = this.fields.get(key);
    if (!field) this.fields.set(key, (field = new Field(key)));
    return field;
  }

  private flagIn(field: Field, value?: boolean): boolean {
    return this.bit(field.tree(1), 1, value === undefined ? undefined : Number(value)) === 1;
  }

  private choiceIn(field: Field, n: number, value?: number): number {
    const bits = bitLength(n - 1);
    const tree = field.tree(bits);
    let node = 1;
    for (let i = bits - 1; i >= 0; i--) node = (node << 1) | this.bit(tree, node, value === undefined ? undefined : (value >>> i) & 1);
    const result = node - (1 << bits);
    if (result >= n) throw new LinkDamaged(`${field.key} out of range`);
    return result;
  }

  private countIn(field: Field, value?: number): number {
    const length = this.choiceIn(field, 54, value === undefined ? undefined : bitLength(value));
    if (length <= 1) return length;
    const top = 2 ** (length - 1);
    return top + this.uniform(top, value === undefined ? undefined : value - top);
  }

  private sizeIn(field: Field, value?: number): number {
    return this.recall(field, value, () => {
      const unit = this.choiceIn(field.part('unit'), SIZE_UNITS.length, value === undefined ? undefined : SIZE_UNITS.findIndex((u) => value % u === 0));
      const result = this.countIn(field.part('count'), value === undefined ? undefined : value / SIZE_UNITS[unit]!) * SIZE_UNITS[unit]!;
      if (!Number.isSafeInteger(result)) throw new LinkDamaged(`${field.key} too large`);
      return result;
    });
  }

  private textIn(field: Field, value?: string, limit?: TextLimit): string {
    const bound = this.reading && limit ? limit.maxChars * MAX_BYTES_PER_CHAR : Infinity;
    const model = (field.text ??= new TextModel(() => {
      if (++this.textContexts > TEXT_CONTEXTS_MAX) throw new LinkTooLarge('content');
    }));
    const bytes = value === undefined ? [] : toWtf8(value);
    const out: number[] = [];
    model.begin();
    for (let i = 0; ; i++) {
      const symbol = this.reading ? 0 : i < bytes.length ? bytes[i]! + 1 : 0;
      let node = 1;
      for (let b = SYMBOL_BITS - 1; b >= 0; b--) {
        const bit = this.bitWithChance(model.predict(node), (symbol >>> b) & 1);
        model.update(node, bit);
        node = (node << 1) | bit;
      }
      const read = node - (1 << SYMBOL_BITS);
      if (read === 0) break;
      if (read > 256) throw new LinkDamaged(`${field.key} damaged`);
      if (out.length >= bound) throw new LinkOverBound(limit!.path(), { code: 'max-length', max: limit!.maxChars });
      // Read, an endless text is damage; written, it is more than the reader would take.
      if (out.length >= TEXT_MAX_BYTES) throw this.reading ? new LinkDamaged(`${field.key} damaged`) : new LinkTooLarge('content');
      out.push(read - 1);
      model.next(read - 1);
    }
    if (value !== undefined) return value;
    const text = fromWtf8(out);
    if (limit) checkLength(limit.path, text, limit.maxChars);
    return text;
  }

  /** A value seen before in this key costs its index among them; a new one is coded by `spell`. */
  private recall<T>(field: Field, value: T | undefined, spell: () => T): T {
    const seen = field.seen as T[];
    const at = value === undefined ? -1 : (field.seenAt.get(value) ?? -1);
    if (seen.length > 0 && this.flagIn(field.part('known'), this.reading ? undefined : at >= 0)) {
      return seen[this.choiceIn(field.part('which'), seen.length, at)]!;
    }
    const result = spell();
    field.seenAt.set(result, seen.length);
    seen.push(result);
    return result;
  }

  private bit(probs: AdaptiveBits, i: number, value: number | undefined): number {
    const bit = this.bitWithChance(probs.chance(i), value ?? 0);
    probs.update(i, bit);
    return bit;
  }

  private bitWithChance(one: number, value: number): number {
    this.spend();
    if (this.encoder) {
      this.encoder.bitWithChance(one, value);
      return value;
    }
    return this.decoder!.bitWithChance(one);
  }

  private uniformSmall(n: number, value: number | undefined): number {
    this.spend();
    if (this.encoder) {
      this.encoder.uniform(value!, n);
      return value!;
    }
    return this.decoder!.uniform(n);
  }

  /**
   * Both directions count: the reader takes exactly the steps the writer took, so a scenario whose
   * link the reader would refuse is refused while it is written.
   */
  private spend(): void {
    if (--this.budget < 0) throw new LinkTooLarge('content');
  }
}
