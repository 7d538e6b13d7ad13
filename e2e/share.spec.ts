import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { estimate, GiB } from '../src/engine';
import { encodeShareFragment } from '../src/share/link-codec';
import { DEFAULT_SAMPLE, SAMPLES } from '../src/scenario/samples';
import { FIXTURES_DIR } from '../src/test-support/fixtures';
import { encodeShiftJis } from '../src/test-support/shift-jis-encoder';
import { expect, firstVisit, parsed, savedScenario, shown, test, totalOf } from './support';

const fixture = (name: string) => parsed(JSON.parse(readFileSync(join(FIXTURES_DIR, `${name}.hvsizer.json`), 'utf8')));

test('opening a link on a first visit loads its scenario', async ({ watched: page }) => {
  const s = fixture('csv-cluster');
  await page.goto(`/${await encodeShareFragment(s)}`);
  await expect(page.getByLabel('シナリオ名')).toHaveValue(s.name);
  await expect(page.getByTestId('total-required')).toHaveText(shown(totalOf(s)).text);
});

test('the address bar holds the current scenario’s link, and that link opens the same work', async ({ watched: page }) => {
  await firstVisit(page);
  await page.getByRole('tab', { name: 'バックアップ ジョブ' }).click();
  await page.getByRole('listitem', { name: '月次エクスポート → ファイル サーバー' }).getByLabel('世代数').fill('5');
  const s = parsed(DEFAULT_SAMPLE.build('ja'));
  s.jobs[1]!.generations = 5;
  // The browser writes the very link Node writes: the coder uses integer arithmetic only.
  await expect.poll(() => page.evaluate(() => location.hash)).toBe(await encodeShareFragment(s));
  const url = page.url();
  const other = await page.context().newPage();
  await other.goto(url);
  await expect(other.getByTestId('total-required')).toHaveText(shown(totalOf(s)).text);
});

test('links made by earlier versions open, and the address bar then holds the current form', async ({ watched: page }) => {
  const { links } = JSON.parse(readFileSync('src/share/fixtures/links-v1.json', 'utf8')) as { links: Record<string, string> };
  const s = fixture('csv-cluster');
  await page.goto(`/${links['csv-cluster']}`);
  await expect(page.getByLabel('シナリオ名')).toHaveValue(s.name);
  // Such a link has no checksum: the person is told it cannot be verified.
  await expect(page.getByTestId('open-notes')).toContainText('検証');
  await expect(page.getByTestId('total-required')).toHaveText(shown(totalOf(s)).text);
  await expect.poll(() => page.evaluate(() => location.hash)).toBe(await encodeShareFragment(s));
});

test('a link that differs from saved work asks first: keep mine, or open the link', async ({ watched: page }) => {
  await firstVisit(page);
  await page.getByLabel('シナリオ名').fill('自分の作業');
  await expect.poll(async () => (await savedScenario(page)).name).toBe('自分の作業');
  const theirs = fixture('standalone-wsb-share');
  await page.goto('about:blank');
  await page.goto(`/${await encodeShareFragment(theirs)}`);
  const dialog = page.getByRole('dialog', { name: 'リンクのシナリオを開きますか?' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: '自分の作業を残す' }).click();
  await expect(page.getByLabel('シナリオ名')).toHaveValue('自分の作業');

  await page.goto('about:blank');
  await page.goto(`/${await encodeShareFragment(theirs)}`);
  await page.getByRole('dialog').getByRole('button', { name: 'リンクを開く', exact: true }).click();
  await expect(page.getByLabel('シナリオ名')).toHaveValue(theirs.name);
  await expect(page.getByTestId('total-required')).toHaveText(shown(totalOf(theirs)).text);
  // The work it replaced is one undo away.
  await page.getByRole('button', { name: '元に戻す' }).click();
  await expect(page.getByLabel('シナリオ名')).toHaveValue('自分の作業');
});

test('a broken or tampered link says what is wrong and leaves the work as it was', async ({ watched: page }) => {
  await firstVisit(page);
  const before = await page.getByTestId('total-required').textContent();
  const link = await encodeShareFragment(fixture('csv-cluster'));
  await page.goto(`/${link.slice(0, 40)}`);
  await expect(page.getByRole('alert')).toContainText('リンクを開けません。現在の作業はそのままです。');
  await expect(page.getByRole('alert')).toContainText('リンクが途中で切れているか、壊れています');
  await expect(page.getByTestId('total-required')).toHaveText(before!);
});

test('names holding HTML or script render as text, and nothing runs', async ({ watched: page }) => {
  const s = parsed(SAMPLES[0]!.build('ja'));
  const hostile = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
  s.name = hostile;
  s.vms[0]!.name = hostile;
  s.jobs[0]!.name = `<b onmouseover=alert(1)>${hostile}</b>`;
  s.volumes[1]!.label = '"><svg onload=alert(1)>';
  let dialogs = 0;
  page.on('dialog', (d) => {
    dialogs++;
    void d.dismiss();
  });
  await page.goto(`/${await encodeShareFragment(s)}`);
  await expect(page.getByLabel('シナリオ名')).toHaveValue(hostile);
  await expect(page.getByRole('heading', { name: s.jobs[0]!.name }).first()).toBeVisible();
  await page.getByRole('tab', { name: '仮想マシン' }).click();
  await page.getByRole('heading', { name: s.jobs[0]!.name }).first().hover();
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(await page.locator('img[src="x"], svg[onload]').count()).toBe(0);
  expect(dialogs).toBe(0);
});

test('a scenario file saved as Shift_JIS opens with its Japanese intact, saying how it was read', async ({ watched: page }) => {
  await firstVisit(page);
  const s = fixture('csv-cluster');
  s.name = '東京クラスター 設計案';
  await page
    .getByLabel('ファイルを開く')
    .setInputFiles({ name: 'sjis.hvsizer.json', mimeType: 'application/json', buffer: Buffer.from(encodeShiftJis(JSON.stringify(s))) });
  await expect(page.getByLabel('シナリオ名')).toHaveValue('東京クラスター 設計案');
  await expect(page.getByTestId('open-notes')).toContainText('Shift_JIS');
});

test('a scenario file opens; a bad one names the field and changes nothing', async ({ watched: page }) => {
  await firstVisit(page);
  const s = fixture('csv-cluster');
  await page
    .getByLabel('ファイルを開く')
    .setInputFiles({ name: 'cluster.hvsizer.json', mimeType: 'application/json', buffer: Buffer.from('\uFEFF' + JSON.stringify(s)) });
  await expect(page.getByLabel('シナリオ名')).toHaveValue(s.name);
  await expect(page.getByTestId('total-required')).toHaveText(shown(estimate(s).totals.requiredCapacityBytes).text);

  const bad = structuredClone(s) as unknown as { vms: { memoryBytes: unknown }[] };
  bad.vms[1]!.memoryBytes = -5 * GiB;
  await page.getByLabel('ファイルを開く').setInputFiles({ name: 'bad.hvsizer.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(bad)) });
  await expect(page.getByRole('alert')).toContainText('ファイル「bad.hvsizer.json」を開けません。');
  await expect(page.getByRole('alert')).toContainText('仮想マシン「2」 › メモリ (vms[1].memoryBytes)');
  await expect(page.getByLabel('シナリオ名')).toHaveValue(s.name);
});

test('results download as CSV that Excel opens with Japanese intact', async ({ watched: page }) => {
  await firstVisit(page);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '結果を CSV で保存' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/\.csv$/);
  const bytes = readFileSync((await file.path())!);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = bytes.toString('utf8');
  expect(text).toContain('ジョブ名,VM,項目,規則,根拠,バイト\r\n');
  const s = parsed(DEFAULT_SAMPLE.build('ja'));
  const job = estimate(s).jobs[0]!;
  expect(text).toContain(`日次 WSB (ホスト) → E:,${job.firstGenerationBytes},${job.laterGenerationBytes},7,${job.requiredCapacityBytes},`);
});
