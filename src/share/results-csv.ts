import { RULES, type Estimate, type Lang, type Scenario } from '../engine';

const HEADERS = {
  items: { ja: ['ジョブ', 'VM', '項目', '規則', '根拠', 'バイト'], en: ['Job', 'VM', 'Item', 'Rule', 'Source', 'Bytes'] },
  jobs: {
    ja: ['ジョブ', '初回 (B) バイト', '以降の世代 (L) バイト', '世代数', '必要容量 バイト', '決め手', '格納先の容量 バイト', '収まる世代数', 'シャドウ コピー記憶域 バイト', 'シャドウ コピー記憶域 %', '不足 バイト'],
    en: ['Job', 'First generation (B) bytes', 'Later generation (L) bytes', 'Generations', 'Required capacity bytes', 'Decided by', 'Destination capacity bytes', 'Generations that fit', 'Shadow copy storage bytes', 'Shadow copy storage %', 'Shortfall bytes'],
  },
  volumes: {
    ja: ['ボリューム', '必要な空き バイト', '空き バイト', '不足 バイト', '決めたジョブ'],
    en: ['Volume', 'Required free bytes', 'Free bytes', 'Shortfall bytes', 'Decided by job'],
  },
} as const;

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
export function resultsCsv(s: Scenario, e: Estimate, lang: Lang): string {
  const jobName = new Map(s.jobs.map((j) => [j.id, j.name]));
  const vmName = new Map(s.vms.map((v) => [v.id, v.name]));
  const lines: string[] = [row([...HEADERS.items[lang]])];
  for (const job of e.jobs) {
    for (const item of job.lineItems) {
      lines.push(row([jobName.get(job.id), item.vmId === undefined ? '' : vmName.get(item.vmId), RULES[item.id]?.title[lang], item.id, item.source, item.bytes]));
    }
  }
  lines.push('', row([...HEADERS.jobs[lang]]));
  e.jobs.forEach((job, i) => {
    lines.push(
      row([
        jobName.get(job.id),
        job.firstGenerationBytes,
        job.laterGenerationBytes,
        job.generations,
        job.requiredCapacityBytes,
        job.requiredBy,
        s.jobs[i]?.destination.capacityBytes,
        job.generationsThatFit,
        job.shadowStorageNeededBytes,
        job.shadowStorageNeededPercent,
        job.shortfallBytes,
      ]),
    );
  });
  lines.push('', row([...HEADERS.volumes[lang]]));
  for (const v of e.sourceVolumes) {
    const label = s.volumes.find((x) => x.id === v.volumeId)?.label ?? v.volumeId;
    lines.push(row([label, v.requiredFreeBytes, v.freeBytes, v.shortfallBytes, v.requiredByJobId === null ? '' : jobName.get(v.requiredByJobId)]));
  }
  return '\uFEFF' + lines.join('\r\n') + '\r\n';
}
