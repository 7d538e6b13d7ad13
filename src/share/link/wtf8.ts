import { LinkDamaged } from './range-coder';

/**
 * UTF-8 that also carries lone surrogates (WTF-8): a JSON string may hold one (`"\ud800"`), and
 * TextEncoder would turn it into U+FFFD, so a link would not give back what was shared.
 */
export function toWtf8(text: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) {
    let cp = text.charCodeAt(i);
    const next = text.charCodeAt(i + 1);
    if (cp >= 0xd800 && cp < 0xdc00 && next >= 0xdc00 && next < 0xe000) {
      cp = 0x10000 + ((cp - 0xd800) << 10) + (next - 0xdc00);
      i++;
    }
    if (cp < 0x80) out.push(cp);
    else if (cp < 0x800) out.push(0xc0 | (cp >> 6), 0x80 | (cp & 63));
    else if (cp < 0x10000) out.push(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
    else out.push(0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 63), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
  }
  return out;
}

export function fromWtf8(bytes: number[]): string {
  const units: number[] = [];
  for (let i = 0; i < bytes.length;) {
    const lead = bytes[i++]!;
    const length = lead < 0x80 ? 0 : lead >= 0xf0 && lead < 0xf5 ? 3 : lead >= 0xe0 ? 2 : lead >= 0xc2 ? 1 : -1;
    if (length < 0 || lead >= 0xf5) throw new LinkDamaged('bad text');
    let cp = length === 0 ? lead : lead & (0x3f >> length);
    for (let k = 0; k < length; k++) {
      const b = bytes[i++];
      if (b === undefined || (b & 0xc0) !== 0x80) throw new LinkDamaged('bad text');
      cp = (cp << 6) | (b & 63);
    }
    if (cp > 0x10ffff) throw new LinkDamaged('bad text');
    if (cp >= 0x10000) units.push(0xd800 + ((cp - 0x10000) >> 10), 0xdc00 + ((cp - 0x10000) & 0x3ff));
    else units.push(cp);
  }
  let text = '';
  for (let i = 0; i < units.length; i += 0x8000) text += String.fromCharCode(...units.slice(i, i + 0x8000));
  return text;
}
