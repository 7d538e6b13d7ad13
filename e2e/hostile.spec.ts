import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeShareLink, encodeShareFragment } from '../src/share/link-codec';
import { FIXTURES_DIR } from '../src/test-support/fixtures';
import { expect, firstVisit, parsed, savedScenario, test } from './support';

const fixture = (name: string) => parsed(JSON.parse(readFileSync(join(FIXTURES_DIR, `${name}.hvsizer.json`), 'utf8')));

test('a destination label carrying commands gets no vssadmin command, only the steps in words', async ({ watched: page }) => {
  const s = fixture('csv-cluster');
  s.jobs[0]!.destination.label = 'E: & powershell -nop -c "iex x" & rem\r\nnet user x /add';
  await page.goto(`/${await encodeShareFragment(s)}`);
  await expect(page.getByLabel('シナリオ名')).toHaveValue(s.name);
  await expect(page.getByTestId('vssadmin-steps')).toContainText('/maxsize に 15%');
  await expect(page.getByTestId('vssadmin')).toHaveCount(0);
});

test('a drive-letter destination gets the command built from the drive letter alone', async ({ watched: page }) => {
  const s = fixture('csv-cluster');
  s.jobs[0]!.destination.label = 'e:\\';
  await page.goto(`/${await encodeShareFragment(s)}`);
  await expect(page.getByTestId('vssadmin')).toHaveText('vssadmin resize shadowstorage /for=E: /on=E: /maxsize=15%');
});

test('when browser storage is full the app says so at once and offers the file', async ({ watched: page }) => {
  await firstVisit(page);
  // Fill the origin's quota the way a large scenario or other saved data would.
  await page.evaluate(() => {
    let i = 0;
    for (let size = 256 * 1024; size >= 1; size = Math.floor(size / 2)) {
      const chunk = 'x'.repeat(size);
      for (;;) {
        try {
          localStorage.setItem(`filler-${i++}`, chunk);
        } catch {
          break;
        }
      }
    }
  });
  await page.getByLabel('シナリオ名').fill('保存できない作業');
  const alert = page.getByRole('alert').filter({ hasText: '保存できませんでした' });
  await expect(alert).toBeVisible();
  const download = page.waitForEvent('download');
  await alert.getByRole('button', { name: 'ファイルに保存' }).click();
  expect((await download).suggestedFilename()).toBe('保存できない作業.hvsizer.json');
});

test('a link pasted into the address bar after first-visit edits asks before replacing them', async ({ watched: page }) => {
  await firstVisit(page);
  await page.getByLabel('シナリオ名').fill('初回の編集');
  await expect.poll(async () => (await savedScenario(page)).name).toBe('初回の編集');
  const theirs = fixture('standalone-wsb-share');
  const link = await encodeShareFragment(theirs);
  await page.evaluate((hash) => (location.hash = hash), link);
  const dialog = page.getByRole('dialog', { name: 'リンクのシナリオを開きますか?' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: '自分の作業を残す' }).click();
  await expect(page.getByLabel('シナリオ名')).toHaveValue('初回の編集');
});

test('Copy link copies the link of the scenario on screen, also right after an edit', async ({ watched: page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await firstVisit(page);
  await page.getByLabel('シナリオ名').fill('直後にコピー');
  await page.getByRole('button', { name: 'リンクをコピー' }).click();
  await expect(page.getByRole('button', { name: 'リンクをコピーしました' })).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  const opened = await decodeShareLink(copied);
  expect(opened.ok && opened.scenario.name).toBe('直後にコピー');
});
