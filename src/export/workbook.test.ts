import { describe, expect, it } from 'vitest';
import { estimate, GiB, parseScenario, RULES, type Lang, type Scenario } from '../engine';
import { translate } from '../i18n/messages';
import { loadFixturePairs } from '../test-support/fixtures';
import { disk, job, scenario, vm } from '../test-support/scenario-builder';
import { buildWorkbook, EXCEL_EXACT_BELOW, rulesUsed, workbookCellCount, workbookFileName, workbookVerdict, type WorkbookSheet } from './workbook';
import { SHEET_KEYS, WORKBOOK_WORDS } from './workbook-words';

const FIXTURES: { name: string; s: Scenario }[] = loadFixturePairs().map((p) => {
  const r = parseScenario(p.scenario);
  if (!r.ok) throw new Error(p.name);
  return { name: p.name, s: r.scenario };
});

/** The values of a column by its header, one per data row. */
function column(sheet: WorkbookSheet, header: string) {
  const i = sheet.columns.findIndex((c) => c.header === header);
  if (i < 0) throw new Error(`${sheet.key}: no column ${header}`);
  return sheet.rows.map((r) => r[i]);
}

const sheetOf = (s: Scenario, lang: Lang, key: WorkbookSheet['key'], e = estimate(s, { lang })) => buildWorkbook(s, e, lang).sheets.find((x) => x.key === key)!;

describe('workbook sheets', () => {
  it('come in the order of formats.md, named in the chosen language', () => {
    const s = FIXTURES[0]!.s;
    expect(buildWorkbook(s, estimate(s), 'ja').sheets.map((x) => x.name)).toEqual(['概要', 'ジョブ', '明細', 'ボリューム', '指摘事項', '入力', '規則', '運用']);
    expect(buildWorkbook(s, estimate(s, { lang: 'en' }), 'en').sheets.map((x) => x.name)).toEqual([
      'Summary',
      'Jobs',
      'Line items',
      'Volumes',
      'Findings',
      'Inputs',
      'Rules',
      'Over time',
    ]);
    for (const lang of ['ja', 'en'] as const) for (const key of SHEET_KEYS) expect(WORKBOOK_WORDS[lang].sheets[key].length).toBeLessThanOrEqual(31);
  });

  it('have one header row and rows as wide as it', () => {
    for (const { s } of FIXTURES) {
      for (const sheet of buildWorkbook(s, estimate(s), 'ja').sheets) {
        expect(new Set(sheet.columns.map((c) => c.header)).size, sheet.key).toBe(sheet.columns.length);
        for (const row of sheet.rows) expect(row).toHaveLength(sheet.columns.length);
      }
    }
  });

  it('hold each byte figure as a number beside its binary GiB', () => {
    for (const { s } of FIXTURES) {
      for (const sheet of buildWorkbook(s, estimate(s), 'en').sheets) {
        sheet.columns.forEach((c, i) => {
          if (c.kind !== 'bytes') return;
          expect(sheet.columns[i + 1]!.kind).toBe('gib');
          for (const row of sheet.rows) {
            const bytes = row[i] ?? null;
            expect(bytes === null || Number.isInteger(bytes)).toBe(true);
            expect(row[i + 1]).toBe(bytes === null ? null : (bytes as number) / GiB);
          }
        });
      }
    }
  });
});

describe('workbook figures equal the estimate', () => {
  for (const { name, s } of FIXTURES) {
    it(`${name}: jobs, line items, volumes and over time`, () => {
      const e = estimate(s, { lang: 'ja' });
      const t = (key: Parameters<typeof translate>[1]) => translate('ja', key);
      const jobs = sheetOf(s, 'ja', 'jobs', e);
      expect(column(jobs, t('jobName'))).toEqual(e.jobs.map((j) => s.jobs.find((x) => x.id === j.id)!.name));
      expect(column(jobs, `${t('firstGeneration')} バイト`)).toEqual(e.jobs.map((j) => j.firstGenerationBytes));
      expect(column(jobs, `${t('laterGeneration')} バイト`)).toEqual(e.jobs.map((j) => j.laterGenerationBytes));
      expect(column(jobs, t('generations'))).toEqual(e.jobs.map((j) => j.generations));
      expect(column(jobs, `${WORKBOOK_WORDS.ja.dataBytes} バイト`)).toEqual(e.jobs.map((j) => j.dataBytes));
      expect(column(jobs, '必要容量 バイト')).toEqual(e.jobs.map((j) => j.requiredCapacityBytes));
      expect(column(jobs, t('ruleId'))).toEqual(e.jobs.map((j) => j.requiredBy));
      expect(column(jobs, t('decidedBy'))).toEqual(e.jobs.map((j) => RULES[j.requiredBy]!.title.ja));
      expect(column(jobs, '格納先の容量 バイト')).toEqual(e.jobs.map((j) => s.jobs.find((x) => x.id === j.id)!.destination.capacityBytes ?? null));
      expect(column(jobs, '不足 バイト')).toEqual(e.jobs.map((j) => j.shortfallBytes));
      expect(column(jobs, t('generationsThatFit'))).toEqual(e.jobs.map((j) => j.generationsThatFit));
      expect(column(jobs, 'シャドウ コピー記憶域 バイト')).toEqual(e.jobs.map((j) => j.shadowStorageNeededBytes));
      expect(column(jobs, t('csvShadowPercent'))).toEqual(e.jobs.map((j) => j.shadowStorageNeededPercent));

      const items = sheetOf(s, 'ja', 'lineItems', e);
      const bytes = column(items, t('csvBytes'));
      expect(bytes.reduce<number>((n, b) => n + (b as number), 0)).toBe(e.jobs.reduce((n, j) => n + j.firstGenerationBytes, 0));
      expect([...column(items, t('ruleId'))].sort()).toEqual(e.jobs.flatMap((j) => j.lineItems.map((i) => i.id)).sort());

      const volumes = sheetOf(s, 'ja', 'volumes', e);
      expect(column(volumes, '必要な空き バイト')).toEqual(e.sourceVolumes.map((v) => v.requiredFreeBytes));
      expect(column(volumes, '空き バイト')).toEqual(e.sourceVolumes.map((v) => v.freeBytes));
      expect(column(volumes, '不足 バイト')).toEqual(e.sourceVolumes.map((v) => v.shortfallBytes));

      const findings = sheetOf(s, 'ja', 'findings', e);
      expect([...column(findings, 'ID')].sort()).toEqual(e.findings.map((f) => f.id).sort());

      const overTime = sheetOf(s, 'ja', 'overTime', e);
      expect(column(overTime, t('csvThroughput'))).toEqual(e.jobs.map((j) => j.transfer.throughputBytesPerSecond));
      expect(column(overTime, t('csvFirstRunSeconds'))).toEqual(e.jobs.map((j) => j.transfer.firstRunSeconds));
      expect(column(overTime, t('csvLaterRunSeconds'))).toEqual(e.jobs.map((j) => j.transfer.laterRunSeconds));
      expect(column(overTime, t('csvMonthsUntilShort'))).toEqual(e.jobs.map((j) => j.monthsUntilShort));
      expect(column(overTime, '最大の復元 バイト')).toEqual(e.jobs.map((j) => j.largestRestore?.bytes ?? null));
      expect(column(overTime, t('windowHours'))).toEqual(e.jobs.map((j) => s.jobs.find((x) => x.id === j.id)!.windowHours ?? null));
    });
  }

  it('the summary: totals, what the shortfall is made of, and the counts', () => {
    const { s } = FIXTURES.find((f) => f.name === 'csv-cluster')!;
    const e = estimate(s, { lang: 'en' });
    const summary = sheetOf(s, 'en', 'summary', e);
    const row = (label: string) => summary.rows.find((r) => r[0] === label)!;
    expect(row('Total required capacity').slice(2)).toEqual([e.totals.requiredCapacityBytes, e.totals.requiredCapacityBytes / GiB]);
    expect(row('Shortfall')[2]).toBe(e.totals.shortfallBytes);
    expect(row('Shortfall (destinations)')[2]).toBe(e.totals.destinationShortfallBytes);
    expect(row('Shortfall (sources)')[2]).toBe(e.totals.sourceShortfallBytes);
    expect(row('Errors')[1]).toBe(e.totals.errors);
    expect(row('Warnings')[1]).toBe(e.totals.warnings);
    expect(row('Basis')[1]).toBe('Maximum (the guide’s worst case)');
  });
});

describe('the verdict', () => {
  const capacity = (bytes: number) => ({ kind: 'remote-share' as const, label: '\\\\fs01\\b', capacityBytes: bytes });
  const word = (s: Scenario, lang: Lang) => sheetOf(s, lang, 'summary').rows[1]!;

  it('fits when every destination and read volume is known and has the space', () => {
    const s = scenario({ jobs: [job({ destination: capacity(10_000 * GiB) })] });
    expect(workbookVerdict(s, estimate(s))).toBe('fits');
    expect(word(s, 'ja')).toEqual(['判定', translate('ja', 'verdictOk'), null, null]);
  });

  it('is short when a destination or source volume is, with errors of other kinds still counted', () => {
    const s = scenario({ jobs: [job({ destination: capacity(1 * GiB) })] });
    expect(workbookVerdict(s, estimate(s))).toBe('short');
    expect(word(s, 'en')[1]).toBe('Short of space');
  });

  it('has errors when the plan cannot work although the space is there', () => {
    const s = scenario({ jobs: [job({ method: 'file-copy', destination: capacity(10_000 * GiB) })] });
    expect(workbookVerdict(s, estimate(s))).toBe('errors');
    expect(word(s, 'ja')[1]).toBe('エラーの指摘があります');
  });

  it('says inputs are needed, never "fits", while a destination capacity is unknown', () => {
    const s = scenario();
    expect(workbookVerdict(s, estimate(s))).toBe('incomplete');
    const summary = sheetOf(s, 'ja', 'summary');
    expect(summary.rows[1]![1]).toBe(translate('ja', 'verdictIncomplete'));
    expect(summary.rows[2]![1]).toBe(translate('ja', 'verdictIncompleteDestinations', { d: 1, v: 0 }));
  });
});

describe('empty cells, inputs and rules', () => {
  it('a value that is null is an empty cell, never 0 or a dash', () => {
    const s = scenario();
    const jobs = sheetOf(s, 'en', 'jobs');
    for (const header of ['Destination capacity bytes', 'Destination capacity GiB', 'Shortfall bytes', 'Generations that fit']) {
      expect(column(jobs, header)).toEqual([null]);
    }
  });

  it('inputs hold host, volumes, VMs, disks, jobs and assumptions, sizes in bytes', () => {
    const s = scenario({
      vms: [vm({ disks: [disk({ label: '日本語ディスク.vhdx', maxSizeBytes: 127 * GiB, fileSizeBytes: 40 * GiB })] })],
      jobs: [job({ throughputBytesPerSecond: 250_000_000, windowHours: 6 })],
      assumptions: { growthPercentPerYear: 20, hyperVSettingsBytes: 512 * 1024 },
    });
    const inputs = sheetOf(s, 'ja', 'inputs');
    const t = (key: Parameters<typeof translate>[1]) => translate('ja', key);
    expect(new Set(column(inputs, '区分'))).toEqual(
      new Set([t('hostSection'), t('volumesSection'), t('vmsSection'), t('disks'), t('jobsSection'), t('assumptionsSection')]),
    );
    const find = (item: string, subject?: string) => inputs.rows.find((r) => r[3] === item && (subject === undefined || r[1] === subject))!;
    expect(find(t('maxSize'), 'app01 / 日本語ディスク.vhdx').slice(5, 7)).toEqual([127 * GiB, 127]);
    expect(find(t('fileSize'), 'app01 / 日本語ディスク.vhdx')[5]).toBe(40 * GiB);
    expect(find(t('memoryInUse'), 'app01')[5]).toBeNull();
    expect(find(t('configVersion'), 'app01')[4]).toBe('10.0');
    expect(find(t('throughput'), 'backup').slice(4)).toEqual([250, null, null, 110, null]);
    expect(find(t('windowHours'), 'backup')[4]).toBe(6);
    expect(find(t('aGrowthPercentPerYear')).slice(4, 8)).toEqual([20, null, null, 0]);
    expect(find(t('aHyperVSettingsBytes')).slice(4, 8)).toEqual([null, 512 * 1024, 0.00048828125, 400 * 1024]);
    expect(find(t('systemDrive'))[5]).toBe(s.host.systemDriveBytes);
  });

  it('rules: every rule the estimate used, with its wording, the required-capacity terms included', () => {
    for (const { s } of FIXTURES) {
      const e = estimate(s, { lang: 'en' });
      const used = rulesUsed(e);
      for (const j of e.jobs) for (const term of j.requiredTerms) expect(used).toContain(term.id);
      for (const f of e.findings) expect(used).toContain(f.id);
      const rules = sheetOf(s, 'en', 'rules', e);
      expect(column(rules, 'Rule')).toEqual(used);
      expect(column(rules, 'What it says')).toEqual(used.map((id) => RULES[id]!.wording.en));
    }
  });

  it('notes where Excel’s 15 digits cannot keep a byte figure exact', () => {
    const big = scenario({ jobs: [job({ destination: { kind: 'remote-share', label: 'x', capacityBytes: 2 * EXCEL_EXACT_BELOW } })] });
    const note = WORKBOOK_WORDS.en.fifteenDigitsNote;
    expect(sheetOf(big, 'en', 'summary').rows.some((r) => r[1] === note)).toBe(true);
    expect(sheetOf(scenario(), 'en', 'summary').rows.some((r) => r[1] === note)).toBe(false);
  });

  it('the file is named like the scenario file, and cells are counted for the browser’s limit', () => {
    const s = scenario({ name: '案 A: WSB' });
    expect(workbookFileName(s)).toBe('案 A_ WSB.xlsx');
    const data = buildWorkbook(s, estimate(s), 'ja');
    expect(workbookCellCount(data)).toBe(data.sheets.reduce((n, x) => n + x.columns.length + x.rows.flat().filter((v) => v !== null).length, 0));
  });
});
