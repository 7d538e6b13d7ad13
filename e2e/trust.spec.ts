import { estimate, formatBytes, GiB, MiB } from '../src/engine';
import { encodeShareFragment } from '../src/share/link-codec';
import { DEFAULT_SAMPLE } from '../src/scenario/samples';
import { expect, firstVisit, parsed, shown, test, totalOf } from './support';

const DAILY = '日次 WSB (ホスト) → E:';

test('opening the assumptions tab leaves the calculator live: later edits change results, link and undo', async ({ watched: page }) => {
  await firstVisit(page);
  await page.getByRole('tab', { name: '前提条件' }).click();
  await expect(page.getByRole('heading', { name: 'VM ファイルのサイズ (表1.1–表1.4)' })).toBeVisible();
  await page.getByRole('tab', { name: '仮想マシン' }).click();
  await expect(page.getByText(/入力に \d+ 件の問題があります/)).toHaveCount(0);
  const s = parsed(DEFAULT_SAMPLE.build('ja'));
  const hash = await page.evaluate(() => location.hash);
  await page.getByRole('group', { name: 'db01' }).getByLabel('メモリ', { exact: true }).fill('24');
  s.vms[2]!.memoryBytes = 24 * GiB;
  await expect(page.getByTestId('total-required').locator('[title]')).toHaveAttribute('title', shown(totalOf(s)).exact);
  await expect(page.getByRole('button', { name: '元に戻す' })).toBeEnabled();
  await expect.poll(() => page.evaluate(() => location.hash)).not.toBe(hash);
});

test('a file size override in the assumptions changes the figures as the engine computes', async ({ watched: page }) => {
  await firstVisit(page);
  await page.getByRole('tab', { name: '前提条件' }).click();
  await page.getByLabel('デバイス状態を含む内部ファイル (.vmgs) (10.0)').fill('8 MB');
  const s = parsed({ ...DEFAULT_SAMPLE.build('ja'), assumptions: { fileSizes: { '10.0': { vmgsBytes: 8 * MiB } } } });
  await expect(page.getByTestId('total-required').locator('[title]')).toHaveAttribute('title', shown(totalOf(s)).exact);
  await expect(page.getByText(/入力に \d+ 件の問題があります/)).toHaveCount(0);
});

test('a cleared capacity stays cleared after Tab, as the results say', async ({ watched: page }) => {
  await firstVisit(page);
  await page.getByRole('tab', { name: 'バックアップ ジョブ' }).click();
  const capacity = page.getByRole('listitem', { name: DAILY }).getByLabel('格納先の容量');
  await capacity.fill('');
  await capacity.press('Tab');
  await expect(capacity).toHaveValue('');
  await expect(page.locator('article', { has: page.getByRole('heading', { name: DAILY }) })).toContainText('容量未指定');
});

test('a size typed as "-1 TB" is answered in size words, naming the field', async ({ watched: page }) => {
  await firstVisit(page);
  await page.getByRole('tab', { name: 'バックアップ ジョブ' }).click();
  await page.getByRole('listitem', { name: DAILY }).getByLabel('格納先の容量').fill('-1 TB');
  await expect(page.getByRole('alert').filter({ hasText: 'サイズは 0 以上の数値と単位で入力してください' }).first()).toBeVisible();
  await expect(page.getByText(`バックアップ ジョブ「${DAILY}」 › 格納先の容量`)).toBeVisible();
  await expect(page.getByText('capacityBytes')).toHaveCount(0);
});

test('a job with an error finding never reads "fits", even when its capacity is enough', async ({ watched: page }) => {
  await firstVisit(page);
  await page.getByRole('tab', { name: 'バックアップ ジョブ' }).click();
  const daily = page.getByRole('listitem', { name: DAILY });
  await daily.getByLabel('格納先の種類').selectOption('remote-share');
  await daily.getByLabel('世代数').fill('3');
  await daily.getByLabel('格納先の容量').fill('1000 TB');
  const status = page.getByTestId('status-daily');
  await expect(status).toContainText('このジョブには指摘 (エラー) があります');
  await expect(status).not.toContainText('収まります');
});

test('the headline shortfall is the jobs’ and volumes’ shortfalls together, as each card says', async ({ watched: page }) => {
  await firstVisit(page);
  await page.getByRole('tab', { name: 'バックアップ ジョブ' }).click();
  await page.getByRole('listitem', { name: DAILY }).getByLabel('格納先の容量').fill('1 GB');
  const s = parsed(DEFAULT_SAMPLE.build('ja'));
  s.jobs[0]!.destination.capacityBytes = GiB;
  const e = estimate(s);
  expect(e.totals.shortfallBytes).toBeGreaterThan(0);
  await expect(page.getByTestId('total-shortfall')).toHaveText(shown(e.totals.shortfallBytes).text);
  await expect(page.getByTestId('status-daily')).toContainText(shown(e.jobs[0]!.shortfallBytes!).text);
  await page.getByTestId('status-daily').locator('xpath=..').getByText('計算式').click();
  await expect(page.getByTestId('math-daily')).toContainText(
    `不足 = ${shown(e.jobs[0]!.requiredCapacityBytes).text} − 1.00 GB = ${shown(e.jobs[0]!.shortfallBytes!).text}`,
  );
});

test('Esc in the import dialog returns focus to the button that opened it', async ({ watched: page }) => {
  await firstVisit(page);
  const opener = page.getByRole('button', { name: 'インベントリを取り込む' });
  await opener.click();
  await expect(page.getByRole('dialog', { name: 'PowerShell からインベントリを取り込む' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(opener).toBeFocused();
});

test('in English, guide locations and counts read as English', async ({ watched: page }) => {
  await firstVisit(page);
  await page.getByLabel('言語').selectOption('en');
  const findings = page.locator('section[aria-labelledby="findings-heading"]');
  await expect(findings).toContainText('§1.1 (point)');
  await expect(findings).toContainText('1 found');
  await expect(findings).not.toContainText('ポイント');
  await page.getByRole('tab', { name: 'Assumptions' }).click();
  await expect(page.locator('table.file-sizes thead')).toContainText('Table 1.1');
  await expect(page.locator('table.file-sizes thead')).not.toContainText('表');
});

test('the sender’s units and language travel with the link, and the screen says which TB is meant', async ({ watched: page, context }) => {
  await firstVisit(page);
  await page.getByLabel('単位').selectOption('decimal');
  await page.getByLabel('言語').selectOption('en');
  await expect(page.getByTestId('units-meaning')).toContainText('10¹² bytes');
  await expect.poll(() => page.evaluate(() => location.hash)).toMatch(/&u=decimal&l=en$/);
  const url = page.url();
  const s = parsed(DEFAULT_SAMPLE.build('ja'));
  const other = await context.newPage();
  await other.goto('/');
  await other.evaluate(() => localStorage.clear());
  await other.goto(url);
  await expect(other.getByLabel('Units')).toHaveValue('decimal');
  await expect(other.getByTestId('total-required')).toHaveText(formatBytes(totalOf(s), 'en', 'decimal'));
});

test('a destination without a capacity reads as an input still needed, never as "fits"', async ({ watched: page }) => {
  await firstVisit(page);
  await page.getByRole('tab', { name: 'バックアップ ジョブ' }).click();
  await page.getByRole('listitem', { name: DAILY }).getByLabel('格納先の容量').fill('');
  await expect(page.locator('[data-verdict]')).toHaveAttribute('data-verdict', 'incomplete');
  await expect(page.getByRole('heading', { name: 'まだ確認できません: 入力が必要です' })).toBeVisible();
  await expect(page.getByTestId('verdict-incomplete')).toContainText('容量が未入力のバックアップ先が 1 件あります');
});

test('the printable report opens with focus on it, Esc returns to the editor and to its button', async ({ watched: page }) => {
  await firstVisit(page);
  const button = page.getByRole('button', { name: '印刷用レポート' });
  await button.click();
  await expect(page.getByRole('heading', { name: 'バックアップ容量 見積もりレポート' })).toBeVisible();
  await expect(page.locator('.report-screen')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(button).toBeFocused();
});

test('the browser’s Back closes the printable report and keeps the work; Forward opens it again', async ({ watched: page }) => {
  await firstVisit(page);
  await page.getByRole('tab', { name: 'バックアップ ジョブ' }).click();
  await page.getByRole('listitem', { name: '日次 WSB (ホスト) → E:' }).getByLabel('世代数').fill('9');
  const total = await page.getByTestId('total-required').textContent();
  const heading = page.getByRole('heading', { name: 'バックアップ容量 見積もりレポート' });
  await page.getByRole('button', { name: '印刷用レポート' }).click();
  await expect(heading).toBeVisible();
  await page.goBack();
  await expect(heading).toHaveCount(0);
  await expect(page.getByTestId('total-required')).toHaveText(total!);
  await page.goForward();
  await expect(heading).toBeVisible();
});

test('a link opened on a first visit leaves nothing to undo', async ({ watched: page }) => {
  const s = parsed(DEFAULT_SAMPLE.build('ja'));
  s.name = 'リンクの設計';
  await page.goto('/');
  await page.evaluate(() => localStorage.clear());
  await page.goto(`/${await encodeShareFragment(s)}`);
  await expect(page.getByLabel('シナリオ名')).toHaveValue('リンクの設計');
  await expect(page.getByRole('button', { name: '元に戻す' })).toBeDisabled();
});
