import type { ReactNode } from 'react';
import { encode } from 'uqr';

/** A QR code of `text` as an SVG path (no markup from strings), or the fallback when it is too long. */
export function QrCode({ text, size, label, fallback }: { text: string; size: number; label: string; fallback: ReactNode }) {
  let modules: boolean[][];
  try {
    modules = encode(text, { ecc: 'L', border: 2 }).data;
  } catch {
    return fallback;
  }
  const n = modules.length;
  // Long links make dense codes: keep modules at least 1.3 px (about 0.35 mm printed) to stay scannable.
  const side = Math.max(size, Math.ceil(n * 1.3));
  let d = '';
  modules.forEach((row, y) =>
    row.forEach((on, x) => {
      if (on) d += `M${x} ${y}h1v1h-1z`;
    }),
  );
  return (
    <svg role="img" aria-label={label} width={side} height={side} viewBox={`0 0 ${n} ${n}`} shapeRendering="crispEdges">
      <rect width={n} height={n} fill="#fff" />
      <path d={d} fill="#000" />
    </svg>
  );
}
