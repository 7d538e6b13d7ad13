import AxeBuilder from '@axe-core/playwright';
import { estimate, formatBytes } from '../src/engine';
import { methodVariants } from '../src/presentation/comparison';
import { encodeComparisonFragment } from '../src/share/comparison-link';
import { DEFAULT_SAMPLE, SAMPLES } from '../src/scenario/samples';
import type { Page } from '@playwright/test';
import { expect, firstVisit, parsed, test } from './support';

/** Opens the comparison from the header and waits until it is on screen (it opens once the address bar has the work's link). */
async function openComparison(page: Page) {
  await page.getByRole('button', { name: '設計案を比較' }).click();
  await expect(page.getByTestId('compare-table')).toBeVisible();
}

const NAMES = {
  'wsb-local': 'WSB (ホスト) → ローカル ドライブ (スケジュール)',
  'wsb-share': 'WSB (ホスト) → 共有フォルダー (単発、フォルダーごとに 1 世代)',
  export: 'エクスポート',
  'file-copy': 'ファイル コピー (仮想マシンはオフ)',
};

test('compare the current scenario with a sample: each total is that scenario’s own, differences marked', async ({ watched: page }) => {
  await firstVisit(page);
  await openComparison(page);
  await page.getByLabel('サンプル').selectOption(SAMPLES[3]!.id);
  await page.getByRole('button', { name: 'サンプルを追加' }).click();
  const table = page.getByTestId('compare-table');
  const totals = [DEFAULT_SAMPLE, SAMPLES[3]!].map((s) => formatBytes(estimate(parsed(s.build('ja'))).totals.requiredCapacityBytes, 'ja'));
  const row = table.getByRole('row', { name: /必要容量の合計/ });
  await expect(row.getByRole('cell').nth(0)).toHaveText(totals[0]!);
  await expect(row.getByRole('cell').nth(1)).toContainText(totals[1]!);
  await expect(row.locator('.compare-diff')).toHaveCount(1);
});

test('compare methods builds the four variants of one job, each with its own figures', async ({ watched: page }) => {
  await firstVisit(page);
  await openComparison(page);
  await page.getByRole('button', { name: '方式を比較' }).click();
  const s = parsed(DEFAULT_SAMPLE.build('ja'));
  const variants = methodVariants(s, s.jobs[0]!.id, NAMES);
  const table = page.getByTestId('compare-table');
  await expect(table.getByRole('columnheader')).toHaveCount(5);
  const row = table.getByRole('row', { name: /必要容量の合計/ });
  for (const [i, v] of variants.entries()) {
    await expect(row.getByRole('cell').nth(i)).toContainText(formatBytes(estimate(v).totals.requiredCapacityBytes, 'ja'));
  }
});

test('a comparison link opens the comparison and leaves the work on screen as it was', async ({ watched: page }) => {
  await firstVisit(page);
  const a = parsed(SAMPLES[1]!.build('ja'));
  const b = parsed(SAMPLES[4]!.build('ja'));
  await page.goto(`/${encodeComparisonFragment([a, b])}`);
  const table = page.getByTestId('compare-table');
  await expect(table.getByRole('columnheader', { name: new RegExp(a.name.replace(/[()]/g, '.')) })).toBeVisible();
  await expect(table.getByRole('columnheader', { name: new RegExp(b.name.replace(/[()]/g, '.')) })).toBeVisible();
  await page.getByRole('button', { name: '編集に戻る' }).click();
  await expect(page.getByLabel('シナリオ名')).toHaveValue(DEFAULT_SAMPLE.build('ja').name);
});

test('axe-core finds no serious or critical violation in the comparison', async ({ watched: page }) => {
  await firstVisit(page);
  await openComparison(page);
  await page.getByRole('button', { name: 'サンプルを追加' }).click();
  await expect(page.getByTestId('compare-table').getByRole('columnheader')).toHaveCount(3);
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes[0]?.target.join(' ')}`)).toEqual(
    [],
  );
});

test('"edit this one" brings the chosen design to the editor and keeps the former work in its column', async ({ watched: page }) => {
  await firstVisit(page);
  await openComparison(page);
  await page.getByLabel('サンプル').selectOption(SAMPLES[3]!.id);
  await page.getByRole('button', { name: 'サンプルを追加' }).click();
  await page.getByRole('button', { name: 'この案を編集する' }).click();
  await page.getByRole('button', { name: '編集に戻る' }).click();
  await expect(page.getByLabel('シナリオ名')).toHaveValue(SAMPLES[3]!.build('ja').name);
  await openComparison(page);
  await expect(page.getByTestId('compare-table').getByRole('columnheader', { name: /非クラスター構成/ })).toBeVisible();
});

test('the browser’s Back closes a comparison opened from the work, and Forward opens it again', async ({ watched: page }) => {
  await firstVisit(page);
  const name = page.getByLabel('シナリオ名');
  const scenarioName = await name.inputValue();
  await openComparison(page);
  const table = page.getByTestId('compare-table');
  await expect(table).toBeVisible();
  await page.goBack();
  await expect(table).toHaveCount(0);
  await expect(name).toHaveValue(scenarioName);
  await page.goForward();
  await expect(table).toBeVisible();
  // Closed with its own button, the comparison takes its history entry with it: Back then leaves the work.
  await page.getByRole('button', { name: '編集に戻る' }).click();
  await expect(name).toHaveValue(scenarioName);
  await expect.poll(() => page.evaluate(() => (history.state as { hvsizerComparison?: boolean } | null)?.hvsizerComparison ?? false)).toBe(false);
});

test('Back and Forward over a comparison opened right after an edit never offer an older copy of the work', async ({ watched: page }) => {
  await firstVisit(page);
  const name = page.getByLabel('シナリオ名');
  // Opened before the address bar's usual update after the edit.
  await name.fill('直前の編集');
  await openComparison(page);
  const table = page.getByTestId('compare-table');
  await expect(table).toBeVisible();
  await page.goBack();
  await expect(name).toHaveValue('直前の編集');
  await page.goForward();
  await expect(table).toBeVisible();
  await page.goBack();
  await expect(name).toHaveValue('直前の編集');
  await expect(page.getByRole('dialog', { name: 'リンクのシナリオを開きますか?' })).toHaveCount(0);
  await page.reload();
  await expect(name).toHaveValue('直前の編集');
  await expect(page.getByRole('dialog', { name: 'リンクのシナリオを開きますか?' })).toHaveCount(0);
});
