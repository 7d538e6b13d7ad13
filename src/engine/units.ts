/** Binary units, as the guide and Windows use them ("KB" = KiB, sizing-rules.md §0). */
export const KiB = 1024;
export const MiB = 1024 * KiB;
export const GiB = 1024 * MiB;
export const TiB = 1024 * GiB;

/**
 * Every reported byte figure is rounded up to a whole byte once, at the end (sizing-rules.md §0).
 * The tiny tolerance keeps 4294967296 × 1.05 style products that land a hair above an integer
 * through floating point from gaining a phantom byte.
 */
export function ceilBytes(exact: number): number {
  const nearest = Math.round(exact);
  if (Math.abs(exact - nearest) <= Math.abs(exact) * 1e-15) return nearest;
  return Math.ceil(exact);
}
