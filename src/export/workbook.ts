import {
  ASSUMPTION_SOURCES,
  CONFIG_COLUMNS,
  DEFAULT_ASSUMPTIONS,
  DEFAULT_FILE_SIZES,
  FILE_SIZE_KEYS,
  FINDING_RULE,
  GiB,
  isLocalDestination,
  resolveAssumptions,
  RULES,
  type Estimate,
  type Job,
  type Lang,
  type Scenario,
  type UnitSystem,
} from '../engine';
import { guideLocation, MESSAGES, translate, type MessageKey, type MessageVars } from '../i18n/messages';
import {
  BASIS_NAMES,
  DESTINATION_NAMES,
  DISK_KIND_NAMES,
  DISK_TYPE_NAMES,
  FILE_SIZE_NAMES,
  GUEST_OS_NAMES,
  GUEST_ROLE_NAMES,
  GUEST_VOLUMES_NAMES,
  HOST_OS_NAMES,
  METHOD_NAMES,
  SCHEDULE_NAMES,
  SEVERITY_NAMES,
  STOP_ACTION_NAMES,
  TOPOLOGY_NAMES,
  VM_STATE_NAMES,
  VOLUME_KIND_NAMES,
} from '../i18n/terms';
import { jobDerivation, volumeDerivation } from '../presentation/derivation';
import { hasInexactFigures, incompleteText, sortFindings, subjectNamer, verdictOf } from '../presentation/finding-groups';
import { jobsWithResults, lineItemsByVm, type JobWithResult } from '../presentation/job-pairs';
import { growthLine, restoreLine, runTimes } from '../presentation/over-time';
import { scenarioFileName } from '../share/scenario-file';
import { WORKBOOK_WORDS, type SheetKey, type WorkbookVerdict } from './workbook-words';

/**
 * The workbook of formats.md ("Workbook (Excel)") as plain rows, before any file format: one table
 * per sheet under a single header row. Figures are numbers (bytes exact, each beside its binary GiB),
 * `null` is an empty cell, words are the screen's (message catalogue, term tables, presentation).
 * workbook-xlsx.ts writes it; nothing here loads the spreadsheet library.
 */

/** A cell: text, a number, or empty. */
export type CellValue = string | number | null;

/**
 * What a column holds, which sets its number format and width: `bytes` whole bytes Excel can sum,
 * `gib` the same figure in binary GiB, `integer` counts and seconds, `number` other figures
 * (percentages, hours, MB/s), `general` a mix of text and numbers, `text` short text, `long` sentences.
 */
export type ColumnKind = 'text' | 'long' | 'general' | 'bytes' | 'gib' | 'integer' | 'number';

export interface WorkbookColumn {
  header: string;
  kind: ColumnKind;
}

export interface WorkbookSheet {
  key: SheetKey;
  name: string;
  columns: WorkbookColumn[];
  rows: CellValue[][];
}

export interface WorkbookData {
  lang: Lang;
  title: string;
  sheets: WorkbookSheet[];
}

/** Excel keeps 15 significant digits: whole numbers below this stay exact in a cell. */
export const EXCEL_EXACT_BELOW = 1e15;

/** Excel's rows per sheet (the header row included). */
export const EXCEL_MAX_ROWS = 1_048_576;

/** The cells of a workbook that hold something. */
export function workbookCellCount(data: WorkbookData): number {
  let n = 0;
  for (const sheet of data.sheets) {
    n += sheet.columns.length;
    for (const row of sheet.rows) for (const value of row) if (value !== null) n++;
  }
  return n;
}

/** One column of a sheet and how each row fills it. */
interface Field<T> {
  header: string;
  kind: ColumnKind;
  value: (item: T) => CellValue;
}

const gib = (bytes: number | null | undefined): CellValue => (bytes === null || bytes === undefined ? null : bytes / GiB);

/** The figure in the overall verdict (formats.md: fits / short / has errors; "inputs needed" before it can be checked). */
export function workbookVerdict(s: Scenario, e: Estimate): WorkbookVerdict {
  if (e.totals.shortfallBytes > 0) return 'short';
  if (e.totals.errors > 0) return 'errors';
  return verdictOf(s, e).kind === 'incomplete' ? 'incomplete' : 'fits';
}

/**
 * Every rule the estimate drew on, in RULES order: line items, the terms of each required capacity
 * (its deciding rule among them), source volume items and findings.
 */
export function rulesUsed(e: Estimate): string[] {
  const ids = new Set<string>();
  for (const j of e.jobs) {
    ids.add(j.requiredBy);
    for (const term of j.requiredTerms) ids.add(term.id);
    for (const i of j.lineItems) ids.add(i.id);
  }
  for (const v of e.sourceVolumes) for (const i of v.lineItems) ids.add(i.id);
  for (const f of e.findings) ids.add(f.id);
  return Object.keys(RULES).filter((id) => ids.has(id));
}

/** The workbook's file name: the scenario file's, ending in `.xlsx`. */
export function workbookFileName(s: Scenario): string {
  return scenarioFileName(s).replace(/\.hvsizer\.json$/, '.xlsx');
}

/** WSB's schedule, change rate and performance setting matter only where the editor offers them. */
const isWsb = (j: Job) => j.method === 'wsb-host' || j.method === 'wsb-guest';

/** Assumption keys with the words the editor and the report give them; throughputs are shown in MB/s as entered there. */
const ASSUMPTION_ROWS: Record<keyof typeof DEFAULT_ASSUMPTIONS, { label: MessageKey; unit?: 'bytes' | 'mbps' }> = {
  basis: { label: 'basis' },
  vmrsOverheadPercent: { label: 'aVmrsOverheadPercent' },
  hyperVSettingsBytes: { label: 'aHyperVSettingsBytes', unit: 'bytes' },
  localDestinationFactor: { label: 'aLocalDestinationFactor' },
  shadowStoragePercent: { label: 'aShadowStorageMode' },
  sourceWritePercent: { label: 'aSourceWritePercent' },
  vssMinFreeBytes: { label: 'aVssMinFreeBytes', unit: 'bytes' },
  growthPercentPerYear: { label: 'aGrowthPercentPerYear' },
  horizonYears: { label: 'aHorizonYears' },
  localThroughputBytesPerSecond: { label: 'aLocalThroughput', unit: 'mbps' },
  shareThroughputBytesPerSecond: { label: 'aShareThroughput', unit: 'mbps' },
};

const MB = 1e6;

/**
 * The sheets of the workbook for a scenario and its estimate, in the chosen language. `units` sets
 * only how sizes read inside sentences (derivations, run times), as on screen; every GiB column is
 * binary GiB whatever it is.
 */
export function buildWorkbook(s: Scenario, e: Estimate, lang: Lang, units: UnitSystem = 'binary'): WorkbookData {
  const w = WORKBOOK_WORDS[lang];
  const t = (key: MessageKey, vars?: MessageVars) => translate(lang, key, vars);
  const bytesFields = <T>(label: string, get: (item: T) => number | null | undefined): Field<T>[] => [
    { header: `${label} ${t('bytesUnit')}`, kind: 'bytes', value: (item) => get(item) ?? null },
    { header: `${label} ${w.gib}`, kind: 'gib', value: (item) => gib(get(item)) },
  ];
  const sheet = <T>(key: SheetKey, fields: Field<T>[], items: Iterable<T>): WorkbookSheet => ({
    key,
    name: w.sheets[key],
    columns: fields.map(({ header, kind }) => ({ header, kind })),
    rows: Array.from(items, (item) => fields.map((f) => f.value(item))),
  });
  const jobName = new Map(s.jobs.map((j) => [j.id, j.name]));
  const vmName = new Map(s.vms.map((v) => [v.id, v.name]));
  const volume = new Map(s.volumes.map((v) => [v.id, v]));
  const volumeLabel = (id: string | undefined) => (id === undefined ? null : (volume.get(id)?.label ?? id));
  const ruleTitle = (id: string) => RULES[id]?.title[lang] ?? id;
  const ruleSource = (id: string) => guideLocation(RULES[id]?.source ?? '', lang);
  const pairs = jobsWithResults(s, e);
  const assumptions = resolveAssumptions(s.assumptions, e.basis);

  const errorsByJob = new Map<string, number>();
  for (const f of e.findings) if (f.severity === 'error' && f.jobId !== undefined) errorsByJob.set(f.jobId, (errorsByJob.get(f.jobId) ?? 0) + 1);
  // As the job card and hvsize text say it: never "fits" while short or with an error finding.
  const jobStatus = ({ job, result }: JobWithResult) =>
    (result.shortfallBytes ?? 0) > 0
      ? w.jobShort
      : (errorsByJob.get(job.id) ?? 0) > 0
        ? t('cliHasErrors', { n: errorsByJob.get(job.id)! })
        : job.destination.capacityBytes === undefined
          ? t('unknownCapacity')
          : t('fits');
  const jobFields: Field<JobWithResult>[] = [
    { header: t('jobName'), kind: 'text', value: ({ job }) => job.name },
    { header: t('method'), kind: 'text', value: ({ job }) => METHOD_NAMES[job.method][lang] },
    { header: t('destinationKind'), kind: 'text', value: ({ job }) => DESTINATION_NAMES[job.destination.kind][lang] },
    { header: t('destinationLabel'), kind: 'text', value: ({ job }) => job.destination.label },
    { header: w.status, kind: 'text', value: jobStatus },
    ...bytesFields<JobWithResult>(t('firstGeneration'), ({ result }) => result.firstGenerationBytes),
    ...bytesFields<JobWithResult>(t('laterGeneration'), ({ result }) => result.laterGenerationBytes),
    { header: t('generations'), kind: 'integer', value: ({ result }) => result.generations },
    ...bytesFields<JobWithResult>(w.dataBytes, ({ result }) => result.dataBytes),
    ...bytesFields<JobWithResult>(t('required'), ({ result }) => result.requiredCapacityBytes),
    { header: t('decidedBy'), kind: 'text', value: ({ result }) => ruleTitle(result.requiredBy) },
    { header: t('ruleId'), kind: 'text', value: ({ result }) => result.requiredBy },
    { header: t('source'), kind: 'text', value: ({ result }) => ruleSource(result.requiredBy) },
    ...bytesFields<JobWithResult>(t('destinationCapacityShort'), ({ job }) => job.destination.capacityBytes),
    ...bytesFields<JobWithResult>(t('shortfall'), ({ result }) => result.shortfallBytes),
    { header: t('generationsThatFit'), kind: 'integer', value: ({ result }) => result.generationsThatFit },
    ...bytesFields<JobWithResult>(t('shadowStorage'), ({ result }) => result.shadowStorageNeededBytes),
    { header: t('csvShadowPercent'), kind: 'number', value: ({ result }) => result.shadowStorageNeededPercent },
    { header: t('showMath'), kind: 'long', value: ({ job, result }) => jobDerivation(job, result, assumptions, lang, units).lines.join('\n') },
  ];

  type ItemRow = { job: string; vm: string; id: string; bytes: number; source: string };
  const itemRows: ItemRow[] = [];
  for (const { job, result } of pairs) {
    for (const group of lineItemsByVm(result, s, t('tabHost'))) {
      for (const item of group.items) itemRows.push({ job: job.name, vm: group.name, id: item.id, bytes: item.bytes, source: item.source });
    }
  }
  const itemFields: Field<ItemRow>[] = [
    { header: t('jobName'), kind: 'text', value: (r) => r.job },
    { header: t('csvVm'), kind: 'text', value: (r) => r.vm },
    { header: t('item'), kind: 'text', value: (r) => ruleTitle(r.id) },
    { header: t('ruleId'), kind: 'text', value: (r) => r.id },
    { header: t('source'), kind: 'text', value: (r) => guideLocation(r.source, lang) },
    { header: t('csvBytes'), kind: 'bytes', value: (r) => r.bytes },
    { header: w.gib, kind: 'gib', value: (r) => gib(r.bytes) },
  ];

  type VolumeRow = Estimate['sourceVolumes'][number];
  const volumeFields: Field<VolumeRow>[] = [
    { header: t('volume'), kind: 'text', value: (v) => volumeLabel(v.volumeId) },
    { header: t('volumeKind'), kind: 'text', value: (v) => (volume.has(v.volumeId) ? VOLUME_KIND_NAMES[volume.get(v.volumeId)!.kind][lang] : null) },
    { header: t('fileSystem'), kind: 'text', value: (v) => volume.get(v.volumeId)?.fileSystem ?? null },
    ...bytesFields<VolumeRow>(t('requiredFree'), (v) => v.requiredFreeBytes),
    ...bytesFields<VolumeRow>(t('free'), (v) => v.freeBytes),
    ...bytesFields<VolumeRow>(t('shortfall'), (v) => v.shortfallBytes),
    { header: t('decidingJob'), kind: 'text', value: (v) => (v.requiredByJobId === null ? null : (jobName.get(v.requiredByJobId) ?? v.requiredByJobId)) },
    {
      header: t('showMath'),
      kind: 'long',
      value: (v) => volumeDerivation(v, v.requiredByJobId === null ? undefined : jobName.get(v.requiredByJobId), lang, units).lines.join('\n'),
    },
  ];

  const nameOf = subjectNamer(s);
  type FindingRow = Estimate['findings'][number];
  const findingFields: Field<FindingRow>[] = [
    { header: w.severity, kind: 'text', value: (f) => SEVERITY_NAMES[f.severity][lang] },
    { header: w.id, kind: 'text', value: (f) => f.id },
    { header: w.findingTitle, kind: 'text', value: (f) => FINDING_RULE[f.id].title[lang] },
    { header: t('concerns'), kind: 'text', value: (f) => nameOf(f) || null },
    { header: w.message, kind: 'long', value: (f) => f.message },
    { header: t('advice'), kind: 'long', value: (f) => FINDING_RULE[f.id].advice[lang] },
    { header: t('source'), kind: 'text', value: (f) => guideLocation(f.source, lang) },
  ];

  const ruleFields: Field<string>[] = [
    { header: t('ruleId'), kind: 'text', value: (id) => id },
    { header: w.ruleTitle, kind: 'text', value: (id) => ruleTitle(id) },
    { header: t('source'), kind: 'text', value: (id) => ruleSource(id) },
    { header: t('ruleWording'), kind: 'long', value: (id) => RULES[id]?.wording[lang] ?? null },
    {
      header: w.severity,
      kind: 'text',
      value: (id) => (id in FINDING_RULE ? SEVERITY_NAMES[FINDING_RULE[id as keyof typeof FINDING_RULE].severity][lang] : null),
    },
    { header: t('advice'), kind: 'long', value: (id) => (id in FINDING_RULE ? FINDING_RULE[id as keyof typeof FINDING_RULE].advice[lang] : null) },
    { header: t('beyondGuide'), kind: 'long', value: (id) => RULES[id]?.beyondGuide?.[lang] ?? null },
  ];

  const overTimeFields: Field<JobWithResult>[] = [
    { header: t('jobName'), kind: 'text', value: ({ job }) => job.name },
    { header: t('windowHours'), kind: 'number', value: ({ job }) => job.windowHours ?? null },
    { header: t('csvThroughput'), kind: 'integer', value: ({ result }) => result.transfer.throughputBytesPerSecond },
    ...bytesFields<JobWithResult>(w.firstRunBytes, ({ result }) => result.transfer.firstRunBytes),
    { header: t('csvFirstRunSeconds'), kind: 'integer', value: ({ result }) => result.transfer.firstRunSeconds },
    ...bytesFields<JobWithResult>(w.laterRunBytes, ({ result }) => result.transfer.laterRunBytes),
    { header: t('csvLaterRunSeconds'), kind: 'integer', value: ({ result }) => result.transfer.laterRunSeconds },
    { header: t('runFirst'), kind: 'text', value: ({ job, result }) => runTimes(job, result, lang, units).first },
    { header: t('runLater'), kind: 'text', value: ({ job, result }) => runTimes(job, result, lang, units).later },
    { header: w.windowResult, kind: 'long', value: ({ job, result }) => runTimes(job, result, lang, units).window },
    { header: t('csvMonthsUntilShort'), kind: 'integer', value: ({ result }) => result.monthsUntilShort },
    { header: w.growthOutlook, kind: 'long', value: ({ job, result }) => growthLine(job, result, assumptions, lang) },
    {
      header: w.largestRestoreVm,
      kind: 'text',
      value: ({ result }) => (result.largestRestore === null ? null : (vmName.get(result.largestRestore.vmId) ?? result.largestRestore.vmId)),
    },
    ...bytesFields<JobWithResult>(t('largestRestore'), ({ result }) => result.largestRestore?.bytes),
    { header: w.restorePath, kind: 'long', value: ({ job, result }) => restoreLine(job, result, s, lang, units) || null },
  ];

  const sheets = [
    summarySheet(),
    sheet('jobs', jobFields, pairs),
    sheet('lineItems', itemFields, itemRows),
    sheet('volumes', volumeFields, e.sourceVolumes),
    sheet('findings', findingFields, sortFindings(e.findings)),
    sheet('inputs', inputFields(), inputRows()),
    sheet('rules', ruleFields, rulesUsed(e)),
    sheet('overTime', overTimeFields, pairs),
  ];
  if (sheets.some(hasDigitsBeyondExcel)) sheets[0]!.rows.push([w.note, w.fifteenDigitsNote, null, null]);
  return { lang, title: s.name, sheets };

  /** The answer first: the verdict, the totals and what the shortfall is made of, the counts, the units. */
  function summarySheet(): WorkbookSheet {
    type Row = { label: string; value?: CellValue; bytes?: number };
    const verdict = verdictOf(s, e);
    const verdictWords: Record<WorkbookVerdict, string> = {
      fits: t('verdictOk'),
      short: w.verdicts.short,
      errors: w.verdicts.errors,
      incomplete: t('verdictIncomplete'),
    };
    const infos = e.findings.length - e.totals.errors - e.totals.warnings;
    const rows: Row[] = [
      { label: t('scenarioName'), value: s.name },
      { label: t('verdict'), value: verdictWords[workbookVerdict(s, e)] },
      ...(verdict.unknownDestinations + verdict.unknownVolumes > 0 ? [{ label: w.inputsNeeded, value: incompleteText(verdict, lang) }] : []),
      { label: t('basis'), value: BASIS_NAMES[e.basis][lang] },
      { label: t('totalRequired'), bytes: e.totals.requiredCapacityBytes },
      { label: t('shortfall'), bytes: e.totals.shortfallBytes },
      { label: w.shortfallOf(t('shortfallDestination')), bytes: e.totals.destinationShortfallBytes },
      { label: w.shortfallOf(t('shortfallSource')), bytes: e.totals.sourceShortfallBytes },
      { label: t('errors'), value: e.totals.errors },
      { label: t('warnings'), value: e.totals.warnings },
      { label: t('infos'), value: infos },
      { label: t('units'), value: t(units === 'decimal' ? 'unitsMeaningDecimal' : 'unitsMeaningBinary') },
      { label: w.note, value: w.gibNote },
      ...(hasInexactFigures(e) ? [{ label: w.note, value: t('inexactFigures') }] : []),
    ];
    return sheet<Row>(
      'summary',
      [
        { header: t('item'), kind: 'text', value: (r) => r.label },
        { header: t('value'), kind: 'long', value: (r) => r.value ?? null },
        { header: t('csvBytes'), kind: 'bytes', value: (r) => r.bytes ?? null },
        { header: w.gib, kind: 'gib', value: (r) => gib(r.bytes) },
      ],
      rows,
    );
  }

  function inputFields(): Field<InputRow>[] {
    return [
      { header: w.section, kind: 'text', value: (r) => r.section },
      { header: w.subject, kind: 'text', value: (r) => r.subject },
      { header: w.id, kind: 'text', value: (r) => r.id },
      { header: t('item'), kind: 'text', value: (r) => r.item },
      { header: t('value'), kind: 'general', value: (r) => r.value ?? null },
      { header: t('csvBytes'), kind: 'bytes', value: (r) => r.bytes ?? null },
      { header: w.gib, kind: 'gib', value: (r) => gib(r.bytes) },
      { header: t('defaultValue'), kind: 'general', value: (r) => r.default ?? null },
      { header: t('source'), kind: 'text', value: (r) => r.source ?? null },
    ];
  }

  /** Host, volumes, VMs, disks, jobs and assumptions as entered: one row per field. */
  function inputRows(): InputRow[] {
    const rows: InputRow[] = [];
    const yesNo = (b: boolean) => t(b ? 'yes' : 'no');
    const section =
      (name: string, subject: string | null, id: string | null) =>
      (item: MessageKey | string, value: CellValue | undefined, more: Partial<InputRow> = {}) =>
        rows.push({ section: name, subject, id, item: isMessageKey(item) ? t(item) : item, value: value ?? null, ...more });
    const host = section(t('hostSection'), null, null);
    host('scenarioName', s.name);
    host('notes', s.notes === '' ? null : s.notes);
    host('hostOs', HOST_OS_NAMES[s.host.os][lang]);
    host('topology', TOPOLOGY_NAMES[s.host.topology][lang]);
    host('nodes', s.host.nodes);
    host('systemDrive', null, { bytes: s.host.systemDriveBytes });
    host('systemVolume', volumeLabel(s.host.systemVolumeId));
    for (const v of s.volumes) {
      const add = section(t('volumesSection'), v.label, v.id);
      add('volumeLabel', v.label);
      add('volumeKind', VOLUME_KIND_NAMES[v.kind][lang]);
      add('fileSystem', v.fileSystem);
      add('capacity', null, { bytes: v.capacityBytes ?? null });
      add('freeSpace', null, { bytes: v.freeBytes ?? null });
    }
    for (const vm of s.vms) {
      const add = section(t('vmsSection'), vm.name, vm.id);
      add('vmName', vm.name);
      add('configVersion', vm.configVersion);
      add('vmGeneration', vm.generation);
      add('vmState', VM_STATE_NAMES[vm.state][lang]);
      add('memory', null, { bytes: vm.memoryBytes });
      add('memoryInUse', null, { bytes: vm.memoryInUseBytes ?? null });
      add('vmVolume', volumeLabel(vm.volumeId));
      add('standardCheckpoints', vm.checkpoints.standard);
      add('productionCheckpoints', vm.checkpoints.production);
      add('onlineBackup', yesNo(vm.onlineBackup));
      add('automaticStopAction', STOP_ACTION_NAMES[vm.automaticStopAction][lang]);
      add('guestOs', GUEST_OS_NAMES[vm.guestOs][lang]);
    }
    for (const vm of s.vms) {
      for (const d of vm.disks) {
        const add = section(t('disks'), `${vm.name} / ${d.label ?? d.id}`, `${vm.id}/${d.id}`);
        add('diskLabel', d.label ?? d.id);
        add('diskKind', DISK_KIND_NAMES[d.kind][lang]);
        add('diskType', DISK_TYPE_NAMES[d.type][lang]);
        add('maxSize', null, { bytes: d.maxSizeBytes });
        add('fileSize', null, { bytes: d.fileSizeBytes ?? null });
        add('parentSize', null, { bytes: d.type === 'differencing' ? d.parentSizeBytes : null });
        add('checkpointFiles', null, { bytes: d.checkpointFilesBytes ?? null });
        add('diskVolume', volumeLabel(d.volumeId));
        add('guestRole', GUEST_ROLE_NAMES[d.guestRole][lang]);
        add('guestUsed', null, { bytes: d.guestUsedBytes ?? null });
      }
    }
    for (const j of s.jobs) {
      const add = section(t('jobsSection'), j.name, j.id);
      const wsbLocal = isWsb(j) && isLocalDestination(j);
      add('jobName', j.name);
      add('method', METHOD_NAMES[j.method][lang]);
      add('includeHostSystem', yesNo(j.include.hostSystem));
      add('includeHyperVSettings', yesNo(j.include.hyperVSettings));
      add('includeVms', j.include.vmIds.length);
      for (const id of j.include.vmIds) add(w.includedVm, vmName.get(id) ?? id);
      add('guestVolumes', j.method === 'wsb-guest' ? GUEST_VOLUMES_NAMES[j.include.guestVolumes][lang] : null);
      add('destinationKind', DESTINATION_NAMES[j.destination.kind][lang]);
      add('destinationLabel', j.destination.label);
      add('destinationCapacity', null, { bytes: j.destination.capacityBytes ?? null });
      add('generations', j.generations);
      add('schedule', isWsb(j) ? SCHEDULE_NAMES[j.schedule][lang] : null);
      add('changePerGeneration', wsbLocal ? j.changePercentPerGeneration : null);
      add('windowHours', j.windowHours);
      const defaultRate = isLocalDestination(j) ? assumptions.localThroughputBytesPerSecond : assumptions.shareThroughputBytesPerSecond;
      add('throughput', j.throughputBytesPerSecond === undefined ? null : j.throughputBytesPerSecond / MB, { default: defaultRate / MB });
      add('wsbPerformance', wsbLocal ? w.wsbPerformanceValue[j.wsbPerformance] : null);
    }
    const add = section(t('assumptionsSection'), null, null);
    for (const key of Object.keys(ASSUMPTION_ROWS) as (keyof typeof ASSUMPTION_ROWS)[]) {
      const { label, unit } = ASSUMPTION_ROWS[key];
      const shown = (v: unknown): CellValue =>
        key === 'basis'
          ? BASIS_NAMES[v as 'maximum'][lang]
          : v === 'as-needed'
            ? t('shadowStorageAsNeeded')
            : unit === 'mbps'
              ? (v as number) / MB
              : (v as number);
      const given = s.assumptions[key];
      const value = given ?? DEFAULT_ASSUMPTIONS[key];
      const more: Partial<InputRow> = { id: key, default: shown(DEFAULT_ASSUMPTIONS[key]), source: guideLocation(ASSUMPTION_SOURCES[key], lang) };
      if (unit === 'bytes') add(label, null, { ...more, bytes: value as number });
      else add(label, shown(value), more);
    }
    for (const column of CONFIG_COLUMNS) {
      for (const key of FILE_SIZE_KEYS) {
        const bytes = s.assumptions.fileSizes?.[column]?.[key];
        if (bytes === undefined) continue;
        add(`${t('aFileSizes')}: ${FILE_SIZE_NAMES[key][lang]} (${column})`, null, {
          id: `fileSizes.${column}.${key}`,
          bytes,
          default: DEFAULT_FILE_SIZES[column][key] ?? null,
          source: guideLocation(ASSUMPTION_SOURCES.fileSizes, lang),
        });
      }
    }
    return rows;
  }
}

interface InputRow {
  section: string;
  subject: string | null;
  id: string | null;
  item: string;
  value: CellValue;
  bytes?: number | null;
  default?: CellValue;
  source?: string;
}

const isMessageKey = (key: string): key is MessageKey => Object.hasOwn(MESSAGES.en, key);

/** Whether any bytes column holds a figure Excel cannot keep to the byte (15 significant digits). */
function hasDigitsBeyondExcel(sheet: WorkbookSheet): boolean {
  const bytesColumns = sheet.columns.flatMap((c, i) => (c.kind === 'bytes' ? [i] : []));
  return sheet.rows.some((row) => bytesColumns.some((i) => Math.abs((row[i] as number | null) ?? 0) >= EXCEL_EXACT_BELOW));
}
