import { estimate } from '../src/engine';
import { durationText } from '../src/presentation/over-time';
import { DEFAULT_SAMPLE } from '../src/scenario/samples';
import { expect, firstVisit, parsed, test } from './support';

const DAILY = '日次 WSB (ホスト) → E:';

test('a backup window and a throughput give run times against the window, and a finding when it does not fit', async ({ watched: page }) => {
  await firstVisit(page);
  await page.getByRole('tab', { name: 'バックアップ ジョブ' }).click();
  const card = page.getByRole('listitem', { name: DAILY });
  await card.getByLabel('バックアップ時間枠 (時間)').fill('0.5');
  await card.getByLabel('スループット (MB/s)').fill('10');
  const s = parsed(DEFAULT_SAMPLE.build('ja'));
  s.jobs[0]!.windowHours = 0.5;
  s.jobs[0]!.throughputBytesPerSecond = 10_000_000;
  const later = estimate(s).jobs[0]!.transfer.laterRunSeconds;
  const block = page.getByTestId('over-time-daily');
  await expect(block).toContainText('時間枠 0.5 時間に収まりません');
  await expect(block).toContainText(durationText(later, 'ja'));
  await expect(page.locator('[data-finding="F-WINDOW-EXCEEDED"]')).toBeVisible();
});

test('on the current basis with growth the card says when the destination becomes too small; on the maximum basis that the projection is flat', async ({
  watched: page,
}) => {
  await firstVisit(page);
  await expect(page.getByTestId('growth-daily')).toContainText('最大ベースは各ディスクの最大サイズまでの増加を含む');
  await page.getByRole('tab', { name: '前提条件' }).click();
  await page.getByLabel('データの年間増加率 (%)').fill('300');
  await page.getByRole('radio', { name: '現状' }).check();
  const s = parsed({ ...DEFAULT_SAMPLE.build('ja'), assumptions: { basis: 'current', growthPercentPerYear: 300 } });
  const months = estimate(s).jobs[0]!.monthsUntilShort;
  await expect(page.getByTestId('growth-daily')).toContainText(months === null ? '年 300 % の増加でも' : `${months} か月後`);
});

test('the window travels with the link (layout revision 1) and opens in another browser', async ({ watched: page, context }) => {
  await firstVisit(page);
  await expect.poll(() => page.evaluate(() => location.hash)).toMatch(/^#s=1\./);
  const before = await page.evaluate(() => location.hash);
  await page.getByRole('tab', { name: 'バックアップ ジョブ' }).click();
  await page.getByRole('listitem', { name: DAILY }).getByLabel('バックアップ時間枠 (時間)').fill('7.5');
  await expect(page.getByTestId('over-time-daily')).toContainText('時間枠 7.5 時間');
  await expect.poll(() => page.evaluate(() => location.hash)).not.toBe(before);
  const url = page.url();
  const other = await context.newPage();
  await other.goto('/');
  await other.evaluate(() => localStorage.clear());
  await other.goto(url);
  await other.getByRole('tab', { name: 'バックアップ ジョブ' }).click();
  await expect(other.getByRole('listitem', { name: DAILY }).getByLabel('バックアップ時間枠 (時間)')).toHaveValue('7.5');
});
