import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, firstVisit, savedScenario, test } from './support';

const SAMPLES = 'src/inventory/samples';

test('inventory import: the collector script, a preview of what will change, then the import', async ({ watched: page }) => {
  await firstVisit(page);
  await page.getByRole('button', { name: 'インベントリを取り込む' }).click();
  const dialog = page.getByRole('dialog', { name: 'PowerShell からインベントリを取り込む' });
  await expect(dialog).toBeVisible();

  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'スクリプトをダウンロード' }).click();
  const script = readFileSync((await (await download).path())!, 'utf8');
  expect(script).toContain('#Requires -Version 5.1');
  expect(script).toContain('ConvertTo-Json -Depth 10');

  await dialog
    .getByLabel('2. できた JSON ファイル')
    .setInputFiles(['tky-hv01.utf16le.json', 'tky-hv02.utf8bom.json', 'tky-hv03.utf8.json'].map((f) => join(SAMPLES, f)));
  await expect(dialog.getByTestId('import-summary')).toHaveText(/ホスト 3 台、ボリューム 2 個、仮想マシン 4 台、ディスク 5 個/);
  await expect(dialog.getByText('Get-VHD が失敗したため、このディスクは取り込みません')).toBeVisible();
  const axe = await new AxeBuilder({ page }).include('dialog').analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
  // Nothing has changed yet.
  await expect(page.getByLabel('シナリオ名')).toHaveValue(/サンプル/);

  await dialog.getByRole('button', { name: /^取り込む/ }).click();
  await expect(page.getByLabel('シナリオ名')).toHaveValue('TKY-HV01, TKY-HV02, TKY-HV03');
  await expect.poll(async () => (await savedScenario(page)).vms.map((v) => v.name)).toEqual(['業務サーバー01', 'web01', '経理DB', 'batch01']);
  await page.getByRole('button', { name: '元に戻す' }).click();
  await expect(page.getByLabel('シナリオ名')).toHaveValue(/サンプル/);
});

test('inventory import: a one-row-per-disk CSV, and a file that cannot be read changes nothing', async ({ watched: page }) => {
  await firstVisit(page);
  await page.getByRole('button', { name: 'インベントリを取り込む' }).click();
  const dialog = page.getByRole('dialog');
  await dialog
    .getByLabel('2. できた JSON ファイル')
    .setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"format": "hyperv-backup') });
  await expect(dialog.getByText('取り込める内容がありません。')).toBeVisible();
  await expect(dialog.getByRole('button', { name: /^取り込む/ })).toBeDisabled();
  await dialog.getByLabel('2. できた JSON ファイル').setInputFiles(join(SAMPLES, 'one-row-per-disk.csv'));
  await expect(dialog.getByTestId('import-summary')).toContainText('仮想マシン 2 台');
  await dialog.getByRole('button', { name: /^取り込む/ }).click();
  await expect.poll(async () => (await savedScenario(page)).vms.map((v) => v.name)).toEqual(['ファイルサーバー', 'ad01']);
});
