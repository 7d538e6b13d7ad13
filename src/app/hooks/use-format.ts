import { useCallback } from 'react';
import { formatBytes, formatExactBytes } from '../../engine';
import { useAppStore } from '../store/app-store';

/** Byte counts in the chosen language and units: three significant digits, the unit always named. */
export function useFormatBytes() {
  const lang = useAppStore((s) => s.lang);
  const units = useAppStore((s) => s.units);
  const short = useCallback((bytes: number) => formatBytes(bytes, lang, units), [lang, units]);
  const exact = useCallback((bytes: number) => formatExactBytes(bytes, lang), [lang]);
  return { short, exact };
}
