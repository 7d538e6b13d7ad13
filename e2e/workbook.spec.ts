import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { estimate } from '../src/engine';
import { readXlsx, sheetValues } from '../src/export/workbook-read';
import { scenarioFileName } from '../src/share/scenario-file';
import { DEFAULT_SAMPLE } from '../src/scenario/samples';
import { FIXTURES_DIR } from '../src/test-support/fixtures';
import { expect, firstVisit, parsed, test } from './support';

const fixture = (name: string) => parsed(JSON.parse(readFileSync(join(FIXTURES_DIR, `${name}.hvsizer.json`), 'utf8')));

test('"Excel で保存" downloads the workbook of the scenario on screen, its figures the engine’s', async ({ watched: page }) => {
  await firstVisit(page);
  const s = parsed(DEFAULT_SAMPLE.build('ja'));
  const e = estimate(s, { lang: 'ja' });
  // The workbook code is not part of the first load: nothing of exceljs is fetched before the click.
  const scripts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(r.url());
  });
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Excel で保存' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe(scenarioFileName(s).replace(/\.hvsizer\.json$/, '.xlsx'));
  expect(scripts.length).toBeGreaterThan(0);
  await expect(page.getByRole('button', { name: 'Excel で保存' })).toBeEnabled();

  const book = await readXlsx(readFileSync((await file.path())!));
  expect(book.worksheets.map((w) => w.name)).toEqual(['概要', 'ジョブ', '明細', 'ボリューム', '指摘事項', '入力', '規則', '運用']);
  const jobs = sheetValues(book.getWorksheet('ジョブ')!);
  const required = jobs[0]!.indexOf('必要容量 バイト');
  expect(jobs.slice(1).map((r) => r[required])).toEqual(e.jobs.map((j) => j.requiredCapacityBytes));
  const summary = sheetValues(book.getWorksheet('概要')!);
  expect(summary.find((r) => r[0] === '必要容量の合計')![2]).toBe(e.totals.requiredCapacityBytes);
  expect(summary.find((r) => r[0] === 'シナリオ名')![1]).toBe(s.name);
});

test('the workbook follows the language on screen and the scenario opened from a file', async ({ watched: page }) => {
  await firstVisit(page);
  const s = fixture('csv-cluster');
  await page.getByLabel('ファイルを開く').setInputFiles({ name: 'csv.hvsizer.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(s)) });
  await expect(page.getByLabel('シナリオ名')).toHaveValue(s.name);
  await page.getByLabel('言語').selectOption('en');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save as Excel' }).click();
  const book = await readXlsx(readFileSync((await (await download).path())!));
  expect(book.worksheets.map((w) => w.name)).toEqual(['Summary', 'Jobs', 'Line items', 'Volumes', 'Findings', 'Inputs', 'Rules', 'Over time']);
  const e = estimate(s, { lang: 'en' });
  const volumes = sheetValues(book.getWorksheet('Volumes')!);
  const free = volumes[0]!.indexOf('Required free bytes');
  expect(volumes.slice(1).map((r) => r[free])).toEqual(e.sourceVolumes.map((v) => v.requiredFreeBytes));
  const jobs = book.getWorksheet('Jobs')!;
  expect(jobs.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
});
