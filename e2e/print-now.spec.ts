import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from '@playwright/test';
import { estimate, formatBytes, RULES, type Lang, type Scenario } from '../src/engine';
import { encodeShareFragment } from '../src/share/link-codec';
import { FIXTURES_DIR } from '../src/test-support/fixtures';
import { expect, parsed, test } from './support';

const big = () => parsed(JSON.parse(readFileSync(join(FIXTURES_DIR, 'inventory-100-vms.hvsizer.json'), 'utf8')));

/** What Ctrl+P prints at this moment (page.pdf() fires beforeprint as Ctrl+P does): its text and page count. */
async function printNow(page: Page) {
  const pdf = join(mkdtempSync(join(tmpdir(), 'print-')), 'now.pdf');
  writeFileSync(pdf, await page.pdf({ format: 'A4', printBackground: true }));
  const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))![1]);
  return { text, pages };
}

function expectFullReport(printed: { text: string; pages: number }, s: Scenario, lang: Lang) {
  const e = estimate(s, { lang });
  const has = (x: string) => expect(printed.text).toContain(x.replace(/\s+/g, ''));
  has(formatBytes(e.totals.requiredCapacityBytes, lang));
  for (const j of e.jobs) for (const part of RULES[j.requiredBy]!.source.split(', ')) has(part.replace('表', lang === 'en' ? 'Table ' : '表'));
  expect(printed.pages).toBeGreaterThan(3);
}

// Printing renders the whole report: one at a time keeps a 2-core machine responsive.
test.describe.configure({ mode: 'serial' });

test('Ctrl+P at once after opening the 100-VM link never prints an empty page', async ({ watched: page }) => {
  const s = big();
  await page.goto(`/${await encodeShareFragment(s)}`);
  await expect(page.getByTestId('total-required')).toHaveText(formatBytes(estimate(s).totals.requiredCapacityBytes, 'ja'));
  const first = await printNow(page);
  // Either the full report, or (when its module is not there yet) the page that says how to print.
  if (!first.text.includes('使用した規則とガイドの該当箇所')) expect(first.text).toContain('印刷用レポートを準備しています');
  await expect(page.locator('html[data-report-ready="true"]')).toHaveCount(1);
  expectFullReport(await printNow(page), s, 'ja');
});

test('Ctrl+P at once after switching language prints the report in that language', async ({ watched: page }) => {
  const s = big();
  await page.goto(`/${await encodeShareFragment(s)}`);
  await expect(page.locator('html[data-report-ready="true"]')).toHaveCount(1);
  await page.getByLabel('言語').selectOption('en');
  const printed = await printNow(page);
  expect(printed.text).toContain('Backupcapacitysizingreport');
  expectFullReport(printed, s, 'en');
});

test('the one-file offline build prints the full report at once, opened from disk', async ({ watched: page }) => {
  const s = big();
  await page.goto(`${pathToFileURL(resolve('dist/offline/hyperv-backup-sizer.html')).href}${await encodeShareFragment(s)}`);
  await expect(page.getByTestId('total-required')).toHaveText(formatBytes(estimate(s).totals.requiredCapacityBytes, 'ja'));
  expectFullReport(await printNow(page), s, 'ja');
});
