import { AdaptiveBits } from './adaptive-bits';

/**
 * Predicts the bits of a text's bytes for the range coder. A link holds little text (names, labels,
 * notes), too little for one fixed context order: the model keeps order-0, -1 and -2 statistics and
 * mixes their predictions (logistic mixing, as in the PAQ family), trusting each order as far as it
 * has predicted well. Integer arithmetic only, so every browser decodes the same bits.
 *
 * A symbol is 9 bits: 0 ends the text, byte + 1 is a byte.
 *
 * Part of the link format: links already shared decode only with these exact tables and constants.
 */

export const SYMBOL_BITS = 9;

/** 4096 / (1 + e^(-x/2)) for x = -16…16: the logistic curve in 4096ths, interpolated between. */
const SQUASH_POINTS = [
  1, 2, 4, 6, 10, 17, 27, 45, 74, 120, 194, 311, 488, 747, 1102, 1546, 2048, 2550, 2994, 3349, 3608, 3785, 3902, 3976, 4022, 4051, 4069, 4079, 4086, 4090, 4092,
  4094, 4095,
];

/** The logistic function: a stretched value (−2047…2047, 256 per unit) to a probability in 4096ths. */
function squash(x: number): number {
  if (x > 2047) return 4095;
  if (x < -2047) return 1;
  const w = x & 127;
  const i = (x >> 7) + 16;
  return (SQUASH_POINTS[i]! * (128 - w) + SQUASH_POINTS[i + 1]! * w + 64) >> 7;
}

/** The inverse of squash, tabulated. */
const STRETCH = (() => {
  const table = new Int16Array(4096);
  let next = 0;
  for (let x = -2047; x <= 2047; x++) {
    const p = squash(x);
    for (let i = next; i <= p; i++) table[i] = x;
    next = p + 1;
  }
  table.fill(2047, next);
  return table;
})();

const INPUTS = 4;
const WEIGHT_SETS = SYMBOL_BITS * 4;
const LEARNING_RATE = 6;

export class TextModel {
  private readonly order0 = new AdaptiveBits(1 << SYMBOL_BITS);
  private readonly order1 = new Map<number, AdaptiveBits>();
  private readonly order2 = new Map<number, AdaptiveBits>();
  private readonly weights = new Int32Array(WEIGHT_SETS * INPUTS).fill(22000);
  private history = 0;
  private contexts: AdaptiveBits[] = [];
  private inputs = new Int32Array(INPUTS);
  private set = 0;
  private mixed = 2048;
  private depth = 0;

  /** `onNewContext` is told before each order-1 or order-2 context is made (each holds 1.5 KB of counters). */
  constructor(private readonly onNewContext: () => void = () => {}) {}

  /** Starts a text: the contexts of its first byte are its beginning. */
  begin(): void {
    this.history = 0;
    this.depth = 0;
    this.contexts = [this.order0, this.counters(this.order1, 0), this.counters(this.order2, 0)];
  }

  /** P(next bit = 1) in 4096ths for the given node of the symbol tree. */
  predict(node: number): number {
    const [c0, c1, c2] = this.contexts as [AdaptiveBits, AdaptiveBits, AdaptiveBits];
    this.inputs[0] = STRETCH[c0.p[node]! >> 4]!;
    this.inputs[1] = STRETCH[c1.p[node]! >> 4]!;
    this.inputs[2] = STRETCH[c2.p[node]! >> 4]!;
    this.inputs[3] = 256;
    const seen = c2.n[node]!;
    this.set = (this.depth * 4 + (seen === 0 ? 0 : seen < 3 ? 1 : seen < 8 ? 2 : 3)) * INPUTS;
    let dot = 0;
    for (let i = 0; i < INPUTS; i++) dot += this.weights[this.set + i]! * this.inputs[i]!;
    this.mixed = Math.min(4095, Math.max(1, squash(Math.floor(dot / 65536))));
    return this.mixed;
  }

  update(node: number, bit: number): void {
    const error = ((bit << 12) - this.mixed) * LEARNING_RATE;
    for (let i = 0; i < INPUTS; i++) this.weights[this.set + i]! += Math.floor((this.inputs[i]! * error) / 1024);
    for (const c of this.contexts) c.update(node, bit);
    this.depth++;
  }

  /** After a whole byte: it becomes the context of the next (byte + 1 in 9 bits; 0 is the start). */
  next(byte: number): void {
    this.history = ((this.history << 9) | (byte + 1)) & 0x3ffff;
    this.depth = 0;
    this.contexts = [this.order0, this.counters(this.order1, this.history & 0x1ff), this.counters(this.order2, this.history)];
  }

  private counters(map: Map<number, AdaptiveBits>, key: number): AdaptiveBits {
    let c = map.get(key);
    if (!c) {
      this.onNewContext();
      map.set(key, (c = new AdaptiveBits(1 << SYMBOL_BITS)));
    }
    return c;
  }
}
