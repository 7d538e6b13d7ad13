import {
  formatBytes,
  RULES,
  type Estimate,
  type JobEstimate,
  type Lang,
  type Scenario,
} from '../engine';
import { BASIS_NAMES, DESTINATION_NAMES, METHOD_NAMES, SEVERITY_NAMES } from '../i18n/terms';
import { textTable } from './text-table';
import { visible } from './visible-text';

const T = {
  title: { ja: 'Hyper-V バックアップ容量見積もり', en: 'Hyper-V Backup Sizer' },
  basis: { ja: '基準', en: 'Basis' },
  job: { ja: 'ジョブ', en: 'Job' },
  item: { ja: '項目', en: 'Item' },
  vms: { ja: 'VM 数', en: 'VMs' },
  size: { ja: 'サイズ', en: 'Size' },
  bytes: { ja: 'バイト', en: 'Bytes' },
  source: { ja: '根拠', en: 'Source' },
  first: { ja: '初回 (B)', en: 'First generation (B)' },
  later: { ja: '以降の世代 (L)', en: 'Each later generation (L)' },
  generations: { ja: '世代数', en: 'Generations' },
  required: { ja: '必要容量', en: 'Required capacity' },
  capacity: { ja: 'バックアップ先の容量', en: 'Destination capacity' },
  unknown: { ja: '(未指定)', en: '(not given)' },
  fits: { ja: '収まる世代数', en: 'Generations that fit' },
  shadow: { ja: 'シャドウ コピー記憶域', en: 'Shadow copy storage' },
  short: { ja: '不足', en: 'short by' },
  ok: { ja: '収まります', en: 'fits' },
  volumes: { ja: 'コピー元ボリュームの空き容量', en: 'Free space on source volumes' },
  volume: { ja: 'ボリューム', en: 'Volume' },
  requiredFree: { ja: '必要な空き', en: 'Required free' },
  free: { ja: '空き', en: 'Free' },
  shortfall: { ja: '不足', en: 'Shortfall' },
  byJob: { ja: '決めたジョブ', en: 'Decided by job' },
  findings: { ja: '指摘事項', en: 'Findings' },
  none: { ja: 'なし', en: 'none' },
  totals: { ja: '合計', en: 'Totals' },
  percentOfDisk: { ja: 'ディスクの {percent} %', en: '{percent} % of the disk' },
  destinations: { ja: 'バックアップ先', en: 'destinations' },
  sources: { ja: 'バックアップ元', en: 'sources' },
} as const;

function itemSummary(job: JobEstimate, lang: Lang): string[][] {
  const groups = new Map<string, { bytes: number; vms: Set<string>; sources: Set<string> }>();
  for (const item of job.lineItems) {
    const g = groups.get(item.id) ?? { bytes: 0, vms: new Set<string>(), sources: new Set<string>() };
    g.bytes += item.bytes;
    if (item.vmId !== undefined) g.vms.add(item.vmId);
    g.sources.add(item.source);
    groups.set(item.id, g);
  }
  return [...groups].map(([id, g]) => [
    `${RULES[id]?.title[lang] ?? id} [${id}]`,
    g.vms.size === 0 ? '' : String(g.vms.size),
    formatBytes(g.bytes, lang),
    g.bytes.toLocaleString('en-US'),
    [...g.sources].join(', '),
  ]);
}

/**
 * The estimate as a readable report for a terminal: a table per job and one of the source volumes,
 * then the findings, in the chosen language. Names, labels, ids and messages may hold anything a
 * file or link can carry: every line shows control and bidi characters as escapes (tables do so
 * cell by cell).
 */
export function renderTextReport(scenario: Scenario, result: Estimate, lang: Lang): string {
  const t = (key: keyof typeof T) => T[key][lang];
  const out: string[] = [];
  const say = (...lines: string[]) => out.push(...lines.map(visible));
  const table = (...args: Parameters<typeof textTable>) => out.push(textTable(...args));
  say(`${t('title')}: ${scenario.name}`, `${t('basis')}: ${BASIS_NAMES[result.basis][lang]}`, '');
  const fmt = (b: number) => `${formatBytes(b, lang)} (${b.toLocaleString('en-US')})`;

  result.jobs.forEach((job, i) => {
    const input = scenario.jobs[i];
    if (input === undefined) return;
    const dest = `${DESTINATION_NAMES[input.destination.kind][lang]} ${input.destination.label}`;
    say(`== ${t('job')}: ${input.name} [${job.id}] — ${METHOD_NAMES[input.method][lang]} → ${dest}`);
    table([t('item'), t('vms'), t('size'), t('bytes'), t('source')], itemSummary(job, lang), ['left', 'right', 'right', 'right', 'left']);
    const rule = RULES[job.requiredBy];
    const capacity = input.destination.capacityBytes;
    const rows = [
      [t('first'), fmt(job.firstGenerationBytes)],
      [t('later'), fmt(job.laterGenerationBytes)],
      [t('generations'), String(job.generations)],
      [t('required'), `${fmt(job.requiredCapacityBytes)}  [${job.requiredBy} ${rule?.source ?? ''}]`],
      [
        t('capacity'),
        capacity === undefined
          ? t('unknown')
          : `${fmt(capacity)} — ${job.shortfallBytes === 0 ? t('ok') : `${t('short')} ${formatBytes(job.shortfallBytes ?? 0, lang)}`}`,
      ],
    ];
    if (job.generationsThatFit !== null) rows.push([t('fits'), String(job.generationsThatFit)]);
    if (job.shadowStorageNeededBytes !== null) {
      const percent = job.shadowStorageNeededPercent === null ? '' : ` — ${t('percentOfDisk').replace('{percent}', String(job.shadowStorageNeededPercent))}`;
      rows.push([t('shadow'), fmt(job.shadowStorageNeededBytes) + percent]);
    }
    say('', ...rows.map(([k, v]) => `  ${k}: ${v}`), '');
  });

  say(`== ${t('volumes')}`);
  table(
    [t('volume'), t('requiredFree'), t('free'), t('shortfall'), t('byJob')],
    result.sourceVolumes.map((v) => [
      scenario.volumes.find((s) => s.id === v.volumeId)?.label ?? v.volumeId,
      formatBytes(v.requiredFreeBytes, lang),
      v.freeBytes === null ? t('unknown') : formatBytes(v.freeBytes, lang),
      v.shortfallBytes === null ? '—' : formatBytes(v.shortfallBytes, lang),
      v.requiredByJobId ?? '—',
    ]),
    ['left', 'right', 'right', 'right', 'left'],
  );
  say('');

  say(`== ${t('findings')} (${result.findings.length})`);
  if (result.findings.length === 0) say(`  ${t('none')}`);
  const order = { error: 0, warning: 1, info: 2 } as const;
  const sorted = [...result.findings].sort((a, b) => order[a.severity] - order[b.severity] || a.id.localeCompare(b.id));
  for (const f of sorted) say(`  [${SEVERITY_NAMES[f.severity][lang]}] ${f.id} (${f.source}) ${f.message}`);
  say(
    '',
    `${t('totals')}: ${t('required')} ${fmt(result.totals.requiredCapacityBytes)}; ${t('shortfall')} ${fmt(result.totals.shortfallBytes)} (${t('destinations')} ${formatBytes(result.totals.destinationShortfallBytes, lang)}, ${t('sources')} ${formatBytes(result.totals.sourceShortfallBytes, lang)}); ${SEVERITY_NAMES.error[lang]} ${result.totals.errors}, ${SEVERITY_NAMES.warning[lang]} ${result.totals.warnings}`,
  );
  return out.join('\n') + '\n';
}
