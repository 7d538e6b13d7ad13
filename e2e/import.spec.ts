import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expect, firstVisit, savedScenario, test } from './support';

const SAMPLES = 'src/inventory/samples';
const CLUSTER = ['osk-hv01.json', 'osk-hv02.json', 'osk-hv03.json'].map((f) => join(SAMPLES, f));

async function openImport(page: Page) {
  await firstVisit(page);
  await page.getByRole('button', { name: 'インベントリを取り込む' }).click();
  const dialog = page.getByRole('dialog', { name: 'PowerShell からインベントリを取り込む' });
  await expect(dialog).toBeVisible();
  return dialog;
}

const pick = (dialog: Locator, files: Parameters<Locator['setInputFiles']>[0]) => dialog.getByLabel('2. できた JSON ファイル').setInputFiles(files);

test('inventory import: the collector script downloads as UTF-8 with a BOM, for Windows PowerShell 5.1', async ({ watched: page }) => {
  const dialog = await openImport(page);
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'スクリプトをダウンロード' }).click();
  const bytes = readFileSync((await (await download).path())!);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const script = bytes.toString('utf8');
  expect(script).toContain('#Requires -Version 5.1');
  expect(script).toContain('ConvertTo-Json -InputObject $inventory -Depth 20');
  expect(script).toContain('インベントリ収集スクリプト');
});

test('inventory import: a cluster’s files preview as tables (memory and why, checkpoints by kind, jobs), and nothing changes before Import', async ({
  watched: page,
}) => {
  const dialog = await openImport(page);
  await pick(dialog, CLUSTER);
  await expect(dialog.getByTestId('import-summary')).toHaveText(/ホスト 3 台、ボリューム 8 個、仮想マシン 9 台、ディスク 14 個/);
  const vms = dialog.getByRole('table', { name: '仮想マシン' });
  const webDyn = vms.getByRole('row', { name: /web-dyn/ });
  await expect(webDyn).toContainText('256 GB');
  await expect(webDyn).toContainText('ホストの物理メモリで制限');
  await expect(vms.getByRole('row', { name: /saved01/ })).toContainText('保存状態: メモリはディスク上');
  const db01 = vms.getByRole('row', { name: /db01/ });
  await expect(db01).toContainText('標準 1・運用 2');
  await expect(db01).toContainText('うち 1 個は推定');
  await expect(db01).toContainText('Recovery 1 個を除外');
  await expect(vms.getByRole('row', { name: /dr-web01/ })).toContainText('取り込まない');
  const jobs = dialog.getByRole('table', { name: '提案するバックアップ ジョブ' });
  await expect(jobs.getByRole('row')).toHaveCount(5);
  await expect(jobs.getByRole('row', { name: /エクスポート/ })).toContainText('未入力 (入力が必要)');
  const notes = dialog.getByRole('table', { name: '制限・除外・推定した項目と理由' });
  await expect(notes.getByRole('row', { name: /web-dyn/ })).toContainText('上限で制限');
  const axe = await new AxeBuilder({ page }).include('dialog').analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
  await expect(page.getByLabel('シナリオ名')).toHaveValue(/サンプル/);
});

test('inventory import: Import replaces the scenario with the cluster’s, and Undo brings the old one back', async ({ watched: page }) => {
  const dialog = await openImport(page);
  await pick(dialog, CLUSTER);
  await expect(dialog.getByTestId('import-summary')).toBeVisible();
  await dialog.getByRole('button', { name: /^取り込む/ }).click();
  await expect(page.getByLabel('シナリオ名')).toHaveValue('OSK-CL01 (OSK-HV01, OSK-HV02, OSK-HV03)');
  await expect
    .poll(async () => (await savedScenario(page)).volumes.map((v) => v.label))
    .toEqual([
      'C:\\ClusterStorage\\Volume1',
      'C:\\ClusterStorage\\Volume2',
      'OSK-HV01 C:',
      'OSK-HV01 D:',
      'OSK-HV02 C:',
      'OSK-HV02 D:',
      'OSK-HV02 D:\\Mount\\Data',
      'OSK-HV03 C:',
    ]);
  await page.getByRole('button', { name: '元に戻す' }).click();
  await expect(page.getByLabel('シナリオ名')).toHaveValue(/サンプル/);
});

test('inventory import: ticking "Replica VMs" re-reads the files with the Replica VM in', async ({ watched: page }) => {
  const dialog = await openImport(page);
  await pick(dialog, CLUSTER);
  await expect(dialog.getByTestId('import-summary')).toContainText('仮想マシン 9 台');
  await dialog.getByRole('checkbox', { name: 'Hyper-V レプリカの複製先 VM (1 台) も含める' }).check();
  await expect(dialog.getByTestId('import-summary')).toContainText('仮想マシン 10 台');
  await expect(dialog.getByRole('table', { name: '仮想マシン' }).getByRole('row', { name: /dr-web01/ })).toContainText('エクスポート');
  await dialog.getByRole('button', { name: /^取り込む/ }).click();
  await expect.poll(async () => (await savedScenario(page)).vms.map((v) => v.name)).toContain('dr-web01');
});

test('inventory import: a file cut short by ConvertTo-Json’s depth is refused, saying why, and Import stays off', async ({ watched: page }) => {
  const dialog = await openImport(page);
  await pick(dialog, join(SAMPLES, 'depth-truncated-v2.json'));
  await expect(dialog.getByText('取り込める内容がありません。')).toBeVisible();
  const notes = dialog.getByRole('table', { name: '制限・除外・推定した項目と理由' });
  await expect(notes.getByRole('row', { name: /depth-truncated-v2\.json/ })).toContainText('JSON が途中で切り詰められています');
  await expect(notes.getByRole('row', { name: /depth-truncated-v2\.json/ })).toContainText('取り込めない');
  await expect(dialog.getByRole('button', { name: /^取り込む/ })).toBeDisabled();
});

test('inventory import: a one-row-per-disk CSV, after a file that cannot be read', async ({ watched: page }) => {
  const dialog = await openImport(page);
  await pick(dialog, { name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"format": "hyperv-backup') });
  await expect(dialog.getByText('取り込める内容がありません。')).toBeVisible();
  await expect(dialog.getByRole('button', { name: /^取り込む/ })).toBeDisabled();
  await pick(dialog, join(SAMPLES, 'one-row-per-disk.csv'));
  await expect(dialog.getByTestId('import-summary')).toContainText('仮想マシン 2 台');
  await dialog.getByRole('button', { name: /^取り込む/ }).click();
  await expect.poll(async () => (await savedScenario(page)).vms.map((v) => v.name)).toEqual(['ファイルサーバー', 'ad01']);
});
