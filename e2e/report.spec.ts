import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { estimate, FINDING_RULE, formatBytes, RULES, type Scenario } from '../src/engine';
import { SAMPLES } from '../src/scenario/samples';
import { FIXTURES_DIR } from '../src/test-support/fixtures';
import { generateScenario } from '../bench/generate-scenario';
import { expect, openAsSavedWork, parsed, test } from './support';

/** Prints the report to PDF and returns its text (pdftotext) and page count (pdfinfo). */
async function printReport(page: Page) {
  await page.getByRole('button', { name: '印刷用レポート' }).click();
  await expect(page.getByRole('heading', { name: 'バックアップ容量 見積もりレポート' })).toBeVisible();
  // The link, or (past 8,000 characters) why the file is the way to share it.
  await expect(page.locator('.report-link')).toContainText(/#s=1\.|リンクが長すぎます/);
  const dir = mkdtempSync(join(tmpdir(), 'report-'));
  const pdf = join(dir, 'report.pdf');
  writeFileSync(pdf, await page.pdf({ format: 'A4', printBackground: true }));
  const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
  const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
  // Lines wrap anywhere in Japanese: compare without white space.
  return { text: text.replace(/\s+/g, ''), info };
}

// PDFs of long reports are heavy work: one at a time keeps a 2-core machine responsive.
test.describe.configure({ mode: 'serial' });

const cases: [string, () => Scenario][] = [
  ['the standalone sample', () => parsed(SAMPLES[0]!.build('ja'))],
  ['the cluster (CSV) sample', () => parsed(SAMPLES[3]!.build('ja'))],
  ['the 100-VM inventory fixture', () => parsed(JSON.parse(readFileSync(join(FIXTURES_DIR, 'inventory-100-vms.hvsizer.json'), 'utf8')))],
];

for (const [name, make] of cases) {
  test(`the printed report of ${name} shows the engine's totals, findings and guide locations on A4`, async ({ watched: page }) => {
    const s = make();
    await openAsSavedWork(page, s);
    const { text, info } = await printReport(page);
    expect(info).toMatch(/Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)|Page size:\s+595\.\d+ x 842\.\d+ pts \(A4\)/);
    const e = estimate(s, { lang: 'ja' });
    const has = (x: string) => expect(text).toContain(x.replace(/\s+/g, ''));
    has(s.name);
    has(`${formatBytes(e.totals.requiredCapacityBytes, 'ja')} (${e.totals.requiredCapacityBytes.toLocaleString('ja-JP')} バイト)`);
    for (const j of e.jobs) has(j.requiredCapacityBytes.toLocaleString('ja-JP'));
    for (const f of new Set(e.findings.map((x) => x.id))) {
      has(FINDING_RULE[f].title.ja);
      has(f);
    }
    // Table cells wrap, so each guide location of a multi-location source is looked for on its own.
    for (const j of e.jobs) for (const part of RULES[j.requiredBy]!.source.split(', ')) has(part);
    has('表1.1');
    has('使用した規則とガイドの該当箇所');
    expect(text).toMatch(/1\/\d+/);
    for (const vm of s.vms) has(vm.name);
    has('共有リンク:http://127.0.0.1:4173/#s=1.');
  });
}

test('printing the main screen prints the report', async ({ watched: page }) => {
  const s = parsed(SAMPLES[1]!.build('ja'));
  await openAsSavedWork(page, s);
  await expect(page.locator('html[data-report-ready="true"]')).toHaveCount(1);
  const dir = mkdtempSync(join(tmpdir(), 'report-'));
  const pdf = join(dir, 'main.pdf');
  writeFileSync(pdf, await page.pdf({ format: 'A4' }));
  const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
  expect(text).toContain('バックアップ容量見積もりレポート');
  expect(text).toContain(s.name.replace(/\s+/g, ''));
  expect(text).not.toContain('元に戻す');
});

test('the report of 1,000 VMs sums them per volume instead of a row each, and stays a few pages', async ({ watched: page }) => {
  const s = parsed(generateScenario(1000));
  await openAsSavedWork(page, s);
  const { text, info } = await printReport(page);
  // The generated VMs are split over two CSVs: 500 each.
  expect(text).toContain('仮想マシンが1,000台あるため');
  expect(text).toContain('C:\\ClusterStorage\\Volume1500');
  // No VM's own row: their disks are listed nowhere else.
  expect(text).not.toContain('vm1-d0.vhdx');
  expect(Number(/Pages:\s+(\d+)/.exec(info)![1])).toBeLessThan(30);
  // Its 13,000-character link is not printed: the report says to share the file.
  expect(text).toContain('リンクが長すぎます');
  expect(text).not.toContain('#s=1.');
});
