/**
 * A binary range coder in the manner of LZMA's (32-bit range, carry propagated through a cached
 * byte) for bits whose probability a model supplies, plus exact uniform coding of a value below n. The share link uses it
 * because a scenario is mostly small enums and sizes that a per-field model predicts well, and
 * measured sizes that are random below a known maximum: deflate can code neither near its entropy.
 *
 * Two byte-saving conventions: the encoder's first byte (always 0 in LZMA) is not written, and
 * the flushed trailing zero bytes are dropped because the decoder reads zeros past the end.
 */

const TOP = 2 ** 24;

export class LinkDamaged extends Error {}

export class RangeEncoder {
  private low = 0;
  private range = 0xffffffff;
  private cache = 0;
  private cacheSize = 1;
  private readonly out: number[] = [];

  /** A bit whose probability of being 1 (in 4096ths, 1…4095) a model outside has worked out. */
  bitWithChance(one: number, bit: number): void {
    const bound = (this.range >>> 12) * (4096 - one);
    if (bit === 0) this.range = bound;
    else {
      this.low += bound;
      this.range -= bound;
    }
    this.normalize();
  }

  /** value in [0, n), every value equally likely; n ≤ 2^16 keeps the range precise. */
  uniform(value: number, n: number): void {
    const r = Math.floor(this.range / n);
    this.low += value * r;
    this.range = r;
    this.normalize();
  }

  finish(): Uint8Array {
    // Any value in [low, low + range) decodes the same; the one with most trailing zeros ends shortest.
    for (let bits = 32; bits > 0; bits--) {
      const step = 2 ** bits;
      const v = Math.ceil(this.low / step) * step;
      if (v < this.low + this.range) {
        this.low = v;
        break;
      }
    }
    for (let i = 0; i < 5; i++) this.shiftLow();
    // The flushed low bytes are zeros by the choice above; the decoder reads them back as padding.
    let end = this.out.length;
    while (end > this.out.length - 4 && end > 1 && this.out[end - 1] === 0) end--;
    return Uint8Array.from(this.out.slice(1, end));
  }

  private normalize(): void {
    while (this.range < TOP) {
      this.range = (this.range * 256) >>> 0;
      this.shiftLow();
    }
  }

  private shiftLow(): void {
    if (this.low < 0xff000000 || this.low >= 2 ** 32) {
      const carry = this.low >= 2 ** 32 ? 1 : 0;
      let temp = this.cache;
      do {
        this.out.push((temp + carry) & 0xff);
        temp = 0xff;
      } while (--this.cacheSize !== 0);
      this.cache = Math.floor(this.low / TOP) & 0xff;
    }
    this.cacheSize++;
    this.low = (this.low % TOP) * 256;
  }
}

/** Reads what RangeEncoder wrote. Damaged input throws LinkDamaged instead of decoding forever. */
export class RangeDecoder {
  private code = 0;
  private range = 0xffffffff;
  private pos = 0;
  private pastEnd = 0;

  constructor(private readonly bytes: Uint8Array) {
    for (let i = 0; i < 4; i++) this.code = this.code * 256 + this.next();
    if (this.code >= this.range) throw new LinkDamaged('bad start');
  }

  bitWithChance(one: number): number {
    const bound = (this.range >>> 12) * (4096 - one);
    let bit = 0;
    if (this.code < bound) this.range = bound;
    else {
      this.code -= bound;
      this.range -= bound;
      bit = 1;
    }
    this.normalize();
    return bit;
  }

  uniform(n: number): number {
    const r = Math.floor(this.range / n);
    const value = Math.floor(this.code / r);
    if (value >= n) throw new LinkDamaged('value out of range');
    this.code -= value * r;
    this.range = r;
    this.normalize();
    return value;
  }

  private normalize(): void {
    while (this.range < TOP) {
      this.range = (this.range * 256) >>> 0;
      this.code = this.code * 256 + this.next();
    }
  }

  /** A valid stream reads at most the 4 bytes its encoder flushed past its last symbol. */
  private next(): number {
    if (this.pos < this.bytes.length) return this.bytes[this.pos++]!;
    if (++this.pastEnd > 8) throw new LinkDamaged('read past the end');
    return 0;
  }
}
