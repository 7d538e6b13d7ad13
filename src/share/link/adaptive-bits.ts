/**
 * Probabilities of a 1 for a set of binary decisions, each learnt from what it has seen: after n
 * observations it moves 1/(n + 1.5) of the way to the new bit (down to 1/31.5), so a decision seen
 * once already predicts, as a link's few hundred symbols need. Integer arithmetic only, so every
 * browser decodes the same bits.
 *
 * Part of the link format: links already shared decode only with these exact constants.
 */

const COUNT_LIMIT = 30;
const RATE = Array.from({ length: COUNT_LIMIT + 1 }, (_, n) => Math.floor(131072 / (2 * n + 3)));

export class AdaptiveBits {
  /** P(1) in 65536ths. */
  readonly p: Uint16Array;
  /** Observations so far, up to COUNT_LIMIT. */
  readonly n: Uint8Array;

  constructor(size: number) {
    this.p = new Uint16Array(size).fill(32768);
    this.n = new Uint8Array(size);
  }

  /** P(1) in 4096ths, never certain: what the range coder takes. */
  chance(i: number): number {
    return Math.min(4095, Math.max(1, this.p[i]! >> 4));
  }

  update(i: number, bit: number): void {
    const p = this.p[i]!;
    const n = this.n[i]!;
    this.p[i] = p + Math.trunc((((bit ? 65535 : 0) - p) * RATE[n]!) / 65536);
    if (n < COUNT_LIMIT) this.n[i] = n + 1;
  }
}
