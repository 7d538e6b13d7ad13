import { BASIS_NAMES } from '../i18n/terms';
import { jobDerivation } from '../presentation/derivation';
import { hasInexactFigures } from '../presentation/finding-groups';
import { resolveAssumptions, RULES, type Estimate, type Lang, type Scenario, type UnitSystem } from '../engine';
import { guideLocation, translate, type MessageKey } from '../i18n/messages';

const HEADERS = {
  items: ['jobName', 'csvVm', 'csvItem', 'csvRule', 'csvSource', 'csvBytes'],
  jobs: [
    'jobName',
    'csvFirstBytes',
    'csvLaterBytes',
    'generations',
    'csvRequiredBytes',
    'decidedBy',
    'csvCapacityBytes',
    'generationsThatFit',
    'csvShadowBytes',
    'csvShadowPercent',
    'csvShortfallBytes',
    'showMath',
    'csvThroughput',
    'csvFirstRunSeconds',
    'csvLaterRunSeconds',
    'windowHours',
    'csvMonthsUntilShort',
    'csvLargestRestoreBytes',
  ],
  volumes: ['volume', 'csvRequiredFreeBytes', 'csvFreeBytes', 'csvShortfallBytes', 'decidingJob'],
} satisfies Record<string, MessageKey[]>;

/**
 * Text that Excel (or LibreOffice) could take as the start of a formula: = + - @, their full-width
 * forms (a Japanese IME types ＝), and the TAB, CR, LF or space that Excel skips before one (OWASP CSV
 * injection). Such a cell gets a leading apostrophe, which Excel shows as text.
 */
const FORMULA_START = /^[=+\-@\t\r\n \u3000\uFF1D\uFF0B\uFF0D\uFF20]/;

/** RFC 4180 quoting; text that could start a formula is prefixed so Excel never runs a name. */
export function cell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return String(value);
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

const row = (cells: (string | number | null | undefined)[]) => cells.map(cell).join(',');

/**
 * The results as CSV that Excel opens with Japanese intact: UTF-8 with BOM, CRLF. One row per line
 * item (job, VM, item, rule id, guide location, bytes), then the per-job and per-volume summaries.
 */
export function resultsCsv(s: Scenario, e: Estimate, lang: Lang, units: UnitSystem = 'binary'): string {
  const jobName = new Map(s.jobs.map((j) => [j.id, j.name]));
  const vmName = new Map(s.vms.map((v) => [v.id, v.name]));
  const lines: string[] = [row(HEADERS.items.map((k) => translate(lang, k)))];
  for (const job of e.jobs) {
    for (const item of job.lineItems) {
      lines.push(
        row([
          jobName.get(job.id),
          item.vmId === undefined ? '' : vmName.get(item.vmId),
          RULES[item.id]?.title[lang],
          item.id,
          guideLocation(item.source, lang),
          item.bytes,
        ]),
      );
    }
  }
  lines.push('', row(HEADERS.jobs.map((k) => translate(lang, k))));
  const inputs = new Map(s.jobs.map((j) => [j.id, j]));
  const assumptions = resolveAssumptions(s.assumptions, e.basis);
  e.jobs.forEach((job) => {
    const input = inputs.get(job.id);
    lines.push(
      row([
        jobName.get(job.id),
        job.firstGenerationBytes,
        job.laterGenerationBytes,
        job.generations,
        job.requiredCapacityBytes,
        `${RULES[job.requiredBy]?.title[lang] ?? ''} (${job.requiredBy}, ${guideLocation(RULES[job.requiredBy]?.source ?? '', lang)})`,
        input?.destination.capacityBytes,
        job.generationsThatFit,
        job.shadowStorageNeededBytes,
        job.shadowStorageNeededPercent,
        job.shortfallBytes,
        input === undefined ? '' : jobDerivation(input, job, assumptions, lang, units).lines.join(' / '),
        job.transfer.throughputBytesPerSecond,
        job.transfer.firstRunSeconds,
        job.transfer.laterRunSeconds,
        input?.windowHours,
        job.monthsUntilShort,
        job.largestRestore?.bytes,
      ]),
    );
  });
  lines.push('', row(HEADERS.volumes.map((k) => translate(lang, k))));
  for (const v of e.sourceVolumes) {
    const label = s.volumes.find((x) => x.id === v.volumeId)?.label ?? v.volumeId;
    lines.push(row([label, v.requiredFreeBytes, v.freeBytes, v.shortfallBytes, v.requiredByJobId === null ? '' : jobName.get(v.requiredByJobId)]));
  }
  // Sizes here are bytes; say which TB the screen the file came from meant, so figures can be matched.
  if (hasInexactFigures(e)) lines.push('', row([translate(lang, 'inexactFigures')]));
  lines.push('', row([translate(lang, 'basis'), BASIS_NAMES[e.basis][lang]]));
  lines.push(row([translate(lang, 'csvUnitsNote'), translate(lang, units === 'decimal' ? 'unitsMeaningDecimal' : 'unitsMeaningBinary')]));
  return '\uFEFF' + lines.join('\r\n') + '\r\n';
}
