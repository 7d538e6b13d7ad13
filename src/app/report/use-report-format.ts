import { formatBytes, formatExactBytes, type Estimate, type Scenario } from '../../engine';
import { useT } from '../hooks/use-t';
import { useAppStore } from '../store/app-store';

/** What every report section needs: the language, the chosen units, and byte figures in both forms. */
export function useReportFormat() {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const units = useAppStore((s) => s.units);
  const fb = (b: number | undefined | null) => (b === undefined || b === null ? t('notGiven') : formatBytes(b, lang, units));
  const exact = (b: number) => formatExactBytes(b, lang);
  return { t, lang, units, fb, exact };
}

export interface ReportSectionProps {
  s: Scenario;
  e: Estimate;
}

/** Volume labels by id, for tables that name where things live. */
export const volumeLabels = (s: Scenario) => new Map(s.volumes.map((v) => [v.id, v.label]));
