import { formatBytes, resolveAssumptions, RULES, type Estimate, type JobEstimate, type Lang, type Scenario } from '../engine';
import { guideLocation, translate, type MessageKey, type MessageVars } from '../i18n/messages';
import { BASIS_NAMES, DESTINATION_NAMES, METHOD_NAMES, SEVERITY_NAMES } from '../i18n/terms';
import { jobDerivation, volumeDerivation } from '../presentation/derivation';
import { hasInexactFigures, sortFindings } from '../presentation/finding-groups';
import { jobsWithResults } from '../presentation/job-pairs';
import { growthLine, restoreLine, runTimes } from '../presentation/over-time';
import { textTable } from './text-table';
import { visible } from './visible-text';

function itemSummary(job: JobEstimate, lang: Lang): string[][] {
  const groups = new Map<string, { bytes: number; vms: Set<string>; sources: Set<string> }>();
  for (const item of job.lineItems) {
    const g = groups.get(item.id) ?? { bytes: 0, vms: new Set<string>(), sources: new Set<string>() };
    g.bytes += item.bytes;
    if (item.vmId !== undefined) g.vms.add(item.vmId);
    g.sources.add(guideLocation(item.source, lang));
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
 * The estimate as a readable report for a terminal, in the words of the screen and the printed
 * report (one message catalogue): a table per job with its derivation, one of the source volumes,
 * then the findings. Names, labels, ids and messages may hold anything a file or link can carry:
 * every line shows control and bidi characters as escapes (tables do so cell by cell).
 */
export function renderTextReport(scenario: Scenario, result: Estimate, lang: Lang): string {
  const t = (key: MessageKey, vars?: MessageVars) => translate(lang, key, vars);
  const out: string[] = [];
  const say = (...lines: string[]) => out.push(...lines.map(visible));
  const table = (...args: Parameters<typeof textTable>) => out.push(textTable(...args));
  const fmt = (b: number) => `${formatBytes(b, lang)} (${b.toLocaleString('en-US')})`;
  const assumptions = resolveAssumptions(scenario.assumptions, result.basis);
  const errorsByJob = new Map<string, number>();
  for (const f of result.findings) if (f.severity === 'error' && f.jobId !== undefined) errorsByJob.set(f.jobId, (errorsByJob.get(f.jobId) ?? 0) + 1);
  say(`${t('appTitle')}: ${scenario.name}`, `${t('basis')}: ${BASIS_NAMES[result.basis][lang]}`, t('unitsMeaningBinary'), '');

  for (const { job: input, result: job } of jobsWithResults(scenario, result)) {
    const dest = `${DESTINATION_NAMES[input.destination.kind][lang]} ${input.destination.label}`;
    say(`== ${t('cliJob')}: ${input.name} [${job.id}] — ${METHOD_NAMES[input.method][lang]} → ${dest}`);
    table([t('item'), t('cliVmCount'), t('cliSize'), t('cliBytes'), t('source')], itemSummary(job, lang), ['left', 'right', 'right', 'right', 'left']);
    const rule = RULES[job.requiredBy];
    const capacity = input.destination.capacityBytes;
    const errors = errorsByJob.get(job.id) ?? 0;
    // As on the job card: never "fits" while the destination is short or the job has an error.
    const status =
      (job.shortfallBytes ?? 0) > 0
        ? `${t('shortByWord')} ${formatBytes(job.shortfallBytes!, lang)}`
        : errors > 0
          ? t('cliHasErrors', { n: errors })
          : t('cliFits');
    const rows = [
      [t('firstGeneration'), fmt(job.firstGenerationBytes)],
      [t('laterGeneration'), fmt(job.laterGenerationBytes)],
      [t('generations'), String(job.generations)],
      [t('required'), `${fmt(job.requiredCapacityBytes)}  [${rule?.title[lang] ?? job.requiredBy} ${guideLocation(rule?.source ?? '', lang)}]`],
      [t('cliCapacity'), capacity === undefined ? t('cliNotGiven') : `${fmt(capacity)} — ${status}`],
    ];
    if (capacity === undefined && errors > 0) rows.push(['', t('cliHasErrors', { n: errors })]);
    if (job.generationsThatFit !== null) rows.push([t('generationsThatFit'), String(job.generationsThatFit)]);
    if (job.shadowStorageNeededBytes !== null) {
      const percent = job.shadowStorageNeededPercent === null ? '' : ` — ${t('percentOfDisk', { percent: job.shadowStorageNeededPercent })}`;
      rows.push([t('shadowStorage'), fmt(job.shadowStorageNeededBytes) + percent]);
    }
    say('', ...rows.map(([k, v]) => `  ${k}: ${v}`), `  ${t('cliMath')}:`);
    say(...jobDerivation(input, job, assumptions, lang, 'binary').lines.map((line) => `    ${line}`));
    // Beyond the guide (time-and-restore.md): run times, growth, the largest restore.
    const runs = runTimes(input, job, lang, 'binary');
    const restore = restoreLine(input, job, scenario, lang, 'binary');
    say(
      `  ${t('overTime')}:`,
      `    ${t('runFirst')}: ${runs.first}`,
      `    ${t('runLater')}: ${runs.later}`,
      `    ${runs.window}`,
      `    ${growthLine(input, job, assumptions, lang)}`,
      ...(restore ? [`    ${t('largestRestore')}: ${restore}`] : []),
      '',
    );
  }

  const jobName = new Map(scenario.jobs.map((j) => [j.id, j.name]));
  say(`== ${t('sourceVolumes')}`);
  table(
    [t('volume'), t('requiredFree'), t('free'), t('shortfall'), t('decidingJob')],
    result.sourceVolumes.map((v) => [
      scenario.volumes.find((s) => s.id === v.volumeId)?.label ?? v.volumeId,
      formatBytes(v.requiredFreeBytes, lang),
      v.freeBytes === null ? t('cliNotGiven') : formatBytes(v.freeBytes, lang),
      v.shortfallBytes === null ? '—' : formatBytes(v.shortfallBytes, lang),
      v.requiredByJobId === null ? '—' : (jobName.get(v.requiredByJobId) ?? v.requiredByJobId),
    ]),
    ['left', 'right', 'right', 'right', 'left'],
  );
  for (const v of result.sourceVolumes) {
    if (v.requiredByJobId === null) continue;
    const label = scenario.volumes.find((s) => s.id === v.volumeId)?.label ?? v.volumeId;
    say(...volumeDerivation(v, jobName.get(v.requiredByJobId), lang, 'binary').lines.map((line) => `  ${label} — ${line}`));
  }
  say('');

  say(`== ${t('findings')} (${result.findings.length})`);
  if (result.findings.length === 0) say(`  ${t('cliNone')}`);
  for (const f of sortFindings(result.findings)) say(`  [${SEVERITY_NAMES[f.severity][lang]}] ${f.id} (${guideLocation(f.source, lang)}) ${f.message}`);
  say(
    '',
    `${t('totals')}: ${t('required')} ${fmt(result.totals.requiredCapacityBytes)}; ${t('shortfall')} ${fmt(result.totals.shortfallBytes)} (${t('shortfallDestination')} ${formatBytes(result.totals.destinationShortfallBytes, lang)}, ${t('shortfallSource')} ${formatBytes(result.totals.sourceShortfallBytes, lang)}); ${SEVERITY_NAMES.error[lang]} ${result.totals.errors}, ${SEVERITY_NAMES.warning[lang]} ${result.totals.warnings}`,
  );
  if (hasInexactFigures(result)) say(t('inexactFigures'));
  return out.join('\n') + '\n';
}
