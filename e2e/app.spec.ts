import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { SAVED_WORK_KEY } from '../src/app/store/saved-work';
import { estimate, GiB } from '../src/engine';
import { DEFAULT_SAMPLE, SAMPLES } from '../src/scenario/samples';
import { expect, firstVisit, parsed, savedScenario, shown, test, totalOf } from './support';

test('a first visit opens a sample and shows its figures without typing', async ({ watched: page }) => {
  await firstVisit(page);
  const sample = parsed(DEFAULT_SAMPLE.build('ja'));
  const result = estimate(sample);
  const total = page.getByTestId('total-required');
  await expect(total).toHaveText(shown(result.totals.requiredCapacityBytes).text);
  await expect(total.locator('[title]')).toHaveAttribute('title', shown(result.totals.requiredCapacityBytes).exact);
  for (const job of result.jobs) {
    await expect(page.getByTestId(`required-${job.id}`)).toHaveText(shown(job.requiredCapacityBytes).text);
    await expect(page.getByTestId(`fit-${job.id}`)).toHaveText(String(job.generationsThatFit ?? '—'));
  }
  await expect(page.getByRole('heading', { name: 'ガイドの対応表 (表1.5)' })).toBeVisible();
  await expect(page.getByTestId('vssadmin')).toHaveText(/^vssadmin resize shadowstorage \/for=E: \/on=E: \/maxsize=\d+%$/);
  // The favicon is inline (no request) and decodes as an image.
  const favicon = await page.evaluate(async () => {
    const href = document.querySelector<HTMLLinkElement>('link[rel="icon"]')!.href;
    const img = new Image();
    img.src = href;
    await img.decode();
    return { href: href.slice(0, 19), width: img.naturalWidth };
  });
  expect(favicon.href).toBe('data:image/svg+xml,');
  expect(favicon.width).toBeGreaterThan(0);
});

test('editing memory, a disk size and generations changes the totals as the engine computes', async ({ watched: page }) => {
  await firstVisit(page);
  const s = structuredClone(parsed(DEFAULT_SAMPLE.build('ja')));

  await page.getByRole('tab', { name: '仮想マシン' }).click();
  const memory = page.getByRole('group', { name: 'db01' }).getByLabel('メモリ', { exact: true });
  await memory.fill('24');
  s.vms[2]!.memoryBytes = 24 * GiB;
  await expect(page.getByTestId('total-required').locator('[title]')).toHaveAttribute('title', shown(totalOf(s)).exact);

  await page.getByRole('button', { name: '詳細: db01' }).click();
  const dataDisk = page.getByRole('group', { name: 'db01' }).getByLabel('最大サイズ').nth(1);
  await dataDisk.fill('750 GB');
  s.vms[2]!.disks[1]!.maxSizeBytes = 750 * GiB;
  await expect(page.getByTestId('total-required').locator('[title]')).toHaveAttribute('title', shown(totalOf(s)).exact);

  await page.getByRole('tab', { name: 'バックアップ ジョブ' }).click();
  await page.getByRole('listitem', { name: '日次 WSB (ホスト) → E:' }).getByLabel('世代数').fill('9');
  s.jobs[0]!.generations = 9;
  await expect(page.getByTestId('total-required').locator('[title]')).toHaveAttribute('title', shown(totalOf(s)).exact);
  await expect(page.getByTestId('required-daily')).toHaveText(shown(estimate(s).jobs[0]!.requiredCapacityBytes).text);
});

test('a bulk edit of every VM shows the new value in each VM’s field and in the totals', async ({ watched: page }) => {
  await firstVisit(page);
  const s = structuredClone(parsed(DEFAULT_SAMPLE.build('ja')));
  await page.getByRole('tab', { name: '仮想マシン' }).click();
  await page.getByLabel('すべて選択').check();
  const bulk = page.getByRole('region', { name: '選択した仮想マシンを一括変更' });
  await bulk.getByLabel('項目', { exact: true }).selectOption({ label: 'メモリ' });
  await bulk.getByLabel('値', { exact: true }).fill('48 GB');
  await bulk.getByRole('button', { name: '適用' }).click();
  for (const vm of s.vms) vm.memoryBytes = 48 * GiB;
  await expect(page.getByTestId('total-required').locator('[title]')).toHaveAttribute('title', shown(totalOf(s)).exact);
  for (const vm of s.vms) await expect(page.getByRole('group', { name: vm.name }).getByLabel('メモリ', { exact: true })).toHaveValue('48 GB');
});

test('a job’s VM checklist, opened, takes a VM out of the job and the totals follow', async ({ watched: page }) => {
  await firstVisit(page);
  const s = structuredClone(parsed(DEFAULT_SAMPLE.build('ja')));
  await page.getByRole('tab', { name: 'バックアップ ジョブ' }).click();
  const job = page.getByRole('listitem', { name: '日次 WSB (ホスト) → E:' });
  await job.getByText('仮想マシン: 3 / 3 台').click();
  await job.getByRole('checkbox', { name: 'db01' }).uncheck();
  s.jobs[0]!.include.vmIds = s.jobs[0]!.include.vmIds.filter((id) => id !== 'db01');
  await expect(job.getByText('仮想マシン: 2 / 3 台')).toBeVisible();
  await expect(page.getByTestId('total-required').locator('[title]')).toHaveAttribute('title', shown(totalOf(s)).exact);
});

test('an invalid value shows an inline error and keeps the last valid results', async ({ watched: page }) => {
  await firstVisit(page);
  const before = await page.getByTestId('total-required').textContent();
  await page.getByRole('tab', { name: 'バックアップ ジョブ' }).click();
  const generations = page.getByRole('listitem', { name: '日次 WSB (ホスト) → E:' }).getByLabel('世代数');
  await generations.fill('600');
  await expect(page.getByText('512 以下で指定してください', { exact: true })).toBeVisible();
  await expect(page.getByTestId('total-required')).toHaveText(before!);
  await expect(page.getByRole('status').filter({ hasText: '入力に' })).toContainText('入力に 1 件の問題があります');
  await generations.fill('abc');
  await expect(page.getByText('数値で指定してください', { exact: true })).toBeVisible();
  await expect(page.getByTestId('total-required')).toHaveText(before!);
});

test('a capacity lowered below the free space marks the free space, named by the capacity’s label, until it is raised again', async ({ watched: page }) => {
  await firstVisit(page);
  await page.getByRole('tab', { name: 'ボリューム' }).click();
  const volume = page.getByRole('listitem').filter({ has: page.getByLabel('ラベル').and(page.locator('[value="D:"]')) });
  const capacity = volume.getByLabel('容量', { exact: true });
  const free = volume.getByLabel('空き容量', { exact: true });
  await capacity.fill('1 TB');
  await expect(free).toHaveAttribute('aria-invalid', 'true');
  await expect(volume.getByText('容量を超えることはできません', { exact: true })).toBeVisible();
  await expect(volume).not.toContainText('capacityBytes');
  await capacity.fill('4 TB');
  await expect(free).not.toHaveAttribute('aria-invalid');
  await expect(volume.getByText('容量を超えることはできません', { exact: true })).toHaveCount(0);
});

test('adding a VM and a job', async ({ watched: page }) => {
  await firstVisit(page);
  await page.getByRole('tab', { name: '仮想マシン' }).click();
  await page.getByRole('button', { name: '仮想マシンを追加' }).click();
  await expect(page.getByText('(仮想マシン 4 台)')).toBeVisible();
  await page.getByRole('tab', { name: 'バックアップ ジョブ' }).click();
  await page.getByRole('button', { name: 'ジョブを追加' }).click();
  await expect.poll(async () => (await savedScenario(page)).jobs.length).toBe(3);
  const saved = await savedScenario(page);
  expect(saved.vms).toHaveLength(4);
  expect(saved.jobs[2]!.include.vmIds).toEqual(saved.vms.map((v) => v.id));
  const result = estimate(saved);
  await expect(page.getByTestId(`required-${saved.jobs[2]!.id}`)).toHaveText(shown(result.jobs[2]!.requiredCapacityBytes).text);
  await expect(page.getByTestId('total-required')).toHaveText(shown(result.totals.requiredCapacityBytes).text);
});

test('switching language, units and basis', async ({ watched: page }) => {
  await firstVisit(page);
  const s = parsed(DEFAULT_SAMPLE.build('ja'));
  await page.getByLabel('言語').selectOption('en');
  await expect(page.getByRole('heading', { name: 'Hyper-V Backup Sizer' })).toBeVisible();
  await expect(page.getByRole('tab', { name: 'Virtual machines' })).toBeVisible();
  await expect(page.getByTestId('total-required')).toHaveText(shown(totalOf(s), 'en').text);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');

  await page.getByLabel('Units').selectOption('decimal');
  const decimal = (await page.getByTestId('total-required').textContent()) ?? '';
  const expected = totalOf(s) / 1e12;
  expect(decimal).toBe(`${expected.toFixed(expected >= 10 ? 1 : 2)} TB`);

  await page.getByLabel('Units').selectOption('binary');
  await page.getByRole('radio', { name: 'Current' }).check();
  const current = estimate(s, { basis: 'current' }).totals.requiredCapacityBytes;
  await expect(page.getByTestId('total-required')).toHaveText(shown(current, 'en').text);
  await expect(page.getByText('On the Maximum basis:')).toBeVisible();
});

test('findings appear for a plan the guide forbids: the host system and a CSV in one WSB job', async ({ watched: page }) => {
  await firstVisit(page);
  await page.getByLabel('サンプル').selectOption('cluster-csv');
  await page.getByRole('button', { name: 'サンプルを開く' }).click();
  await expect(page.locator('[data-finding="F-CSV-MIXED"]')).toHaveCount(0);
  await page.getByRole('tab', { name: 'バックアップ ジョブ' }).click();
  await page.getByRole('listitem', { name: 'CSV の WSB → E:' }).getByLabel('ホストのシステム').check();
  const finding = page.locator('[data-finding="F-CSV-MIXED"]');
  await expect(finding).toBeVisible();
  await expect(finding).toContainText('エラー');
  await expect(finding).toContainText('§1.4(1)(a), §3.1.1(5) ポイント, §3.1.2(6)');
  await expect(page.getByTestId('error-count')).toHaveText('1');
});

test('a reload keeps the work', async ({ watched: page }) => {
  await firstVisit(page);
  await page.getByLabel('シナリオ名').fill('顧客 A 設計レビュー');
  await page.getByRole('tab', { name: 'バックアップ ジョブ' }).click();
  await page.getByRole('listitem', { name: '月次エクスポート → ファイル サーバー' }).getByLabel('世代数').fill('3');
  await expect.poll(async () => (await savedScenario(page)).jobs[1]!.generations).toBe(3);
  await page.reload();
  await expect(page.getByLabel('シナリオ名')).toHaveValue('顧客 A 設計レビュー');
  const s = parsed(DEFAULT_SAMPLE.build('ja'));
  s.name = '顧客 A 設計レビュー';
  s.jobs[1]!.generations = 3;
  await expect(page.getByTestId('total-required')).toHaveText(shown(totalOf(s)).text);
});

test('undo and redo restore earlier scenarios', async ({ watched: page }) => {
  await firstVisit(page);
  const s = parsed(DEFAULT_SAMPLE.build('ja'));
  await page.getByRole('tab', { name: 'バックアップ ジョブ' }).click();
  await page.getByRole('listitem', { name: '月次エクスポート → ファイル サーバー' }).getByLabel('世代数').fill('4');
  const changed = structuredClone(s);
  changed.jobs[1]!.generations = 4;
  await expect(page.getByTestId('total-required')).toHaveText(shown(totalOf(changed)).text);
  await page.getByRole('button', { name: '元に戻す' }).click();
  await expect(page.getByTestId('total-required')).toHaveText(shown(totalOf(s)).text);
  await page.getByRole('button', { name: 'やり直し' }).click();
  await expect(page.getByTestId('total-required')).toHaveText(shown(totalOf(changed)).text);
});

test('a field on screen through an undo still edits the scenario', async ({ watched: page }) => {
  await firstVisit(page);
  const s = parsed(DEFAULT_SAMPLE.build('ja'));
  await page.getByRole('tab', { name: 'ホスト' }).click();
  // Outside any list: the field stays on screen while the undo resets the form under it.
  const systemDrive = page.getByLabel('システム ドライブのサイズ');
  await systemDrive.fill('300 GB');
  await page.getByRole('button', { name: '元に戻す' }).click();
  await expect(page.getByTestId('total-required')).toHaveText(shown(totalOf(s)).text);
  await systemDrive.fill('400 GB');
  const changed = structuredClone(s);
  changed.host.systemDriveBytes = 400 * GiB;
  expect(totalOf(changed)).not.toBe(totalOf(s));
  await expect(page.getByTestId('total-required')).toHaveText(shown(totalOf(changed)).text);
});

test('saved work the app cannot read opens a sample, is kept, and can be downloaded', async ({ watched: page }) => {
  await page.goto('/');
  await page.evaluate((key) => localStorage.setItem(key, '{not json'), SAVED_WORK_KEY);
  await page.reload();
  const alert = page.getByRole('alert').filter({ hasText: '保存されていた作業を読み込めなかったため、サンプルを開きました。' });
  await expect(alert).toBeVisible();
  await expect(page.getByTestId('total-required')).toHaveText(shown(totalOf(parsed(DEFAULT_SAMPLE.build('ja')))).text);
  // The first edit does not lose it: it is still offered after a reload.
  await page.getByLabel('シナリオ名').fill('新しい作業');
  await expect.poll(async () => (await savedScenario(page)).name).toBe('新しい作業');
  // Not reload(): the address bar may still hold the sample's link, which would ask to replace the work.
  await page.goto('/');
  await expect(page.getByLabel('シナリオ名')).toHaveValue('新しい作業');
  const download = page.waitForEvent('download');
  await alert.getByRole('button', { name: '残した作業をダウンロード' }).click();
  const path = await (await download).path();
  expect(readFileSync(path, 'utf8')).toBe('{not json');
});

test('every sample opens with its figures', async ({ watched: page }) => {
  await firstVisit(page);
  for (const sample of SAMPLES) {
    await page.getByLabel('サンプル').selectOption(sample.id);
    await page.getByRole('button', { name: 'サンプルを開く' }).click();
    await expect(page.getByLabel('シナリオ名')).toHaveValue(sample.build('ja').name);
    await expect(page.getByTestId('total-required')).toHaveText(shown(totalOf(parsed(sample.build('ja')))).text);
  }
});

test('keyboard: tabs move with the arrow keys and controls are reachable', async ({ watched: page }) => {
  await firstVisit(page);
  await page.getByRole('tab', { name: 'ホスト' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('tab', { name: 'ボリューム' })).toBeFocused();
  await expect(page.getByRole('tab', { name: 'ボリューム' })).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('End');
  await expect(page.getByRole('tab', { name: '前提条件' })).toBeFocused();
  await page.locator('.rule-cite', { hasText: 'ローカル ドライブ: 初回 (B) の 1.5 倍' }).first().focus();
  await expect(page.getByRole('tooltip').filter({ visible: true }).first()).toContainText('1.5 倍');
});

test('keyboard: the first Tab offers a way past the results straight to the inputs', async ({ watched: page }) => {
  await firstVisit(page);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('button', { name: '入力へ移動' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.locator('#editor-pane')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('tab', { name: 'ホスト' })).toBeFocused();
});

const TABS = {
  ja: ['ホスト', 'ボリューム', '仮想マシン', 'バックアップ ジョブ', '前提条件'],
  en: ['Host', 'Volumes', 'Virtual machines', 'Backup jobs', 'Assumptions'],
} as const;

// One scan per test: a scan takes seconds on a loaded 2-core machine, and a failure names its tab.
for (const lang of ['ja', 'en'] as const) {
  for (const tab of TABS[lang]) {
    test(`axe-core finds no serious or critical violation (${lang}, ${tab})`, async ({ watched: page }) => {
      await firstVisit(page);
      if (lang === 'en') {
        await page.getByLabel('言語').selectOption('en');
        await expect(page.getByRole('tab', { name: 'Host', exact: true })).toBeVisible();
      }
      await page.getByRole('tab', { name: tab, exact: true }).click();
      await expect(page.getByRole('tab', { name: tab, exact: true })).toHaveAttribute('aria-selected', 'true');
      const results = await new AxeBuilder({ page }).analyze();
      const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(
        serious.map(
          (v) =>
            `${v.id}: ${v.nodes
              .map((n) => n.target.join(' '))
              .slice(0, 3)
              .join(' | ')}`,
        ),
      ).toEqual([]);
    });
  }
}
