import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { generateScenario } from '../bench/generate-scenario';
import { FINDING_RULE } from '../src/engine';
import { shareFragment } from '../src/share/link-codec';
import { readSavedWork, SAVED_WORK_KEY } from '../src/app/store/saved-work';
import { expect, firstVisit, openAsSavedWork, parsed, shown, test, totalOf } from './support';

// 1,000 VMs: the most whose saved text the browser's store still holds comfortably; 4 jobs give
// 2,000 findings of F-CSV-SELECTION (the two WSB jobs, one per VM).
const VMS = 1000;
const CSV_FINDINGS = 2 * VMS;
const LAST_VM = `vm-${String(VMS).padStart(4, '0')}`;

async function openAllCsvFindings(page: Page) {
  await openAsSavedWork(page, parsed(generateScenario(VMS)));
  const show = page.locator('[data-finding="F-CSV-SELECTION"]').getByRole('button', { name: 'すべて表示 (2,000 件)', exact: true });
  await expect(show).toHaveAttribute('aria-expanded', 'false');
  await show.click();
  await expect(show).toHaveAttribute('aria-expanded', 'true');
  const list = page.getByRole('list', { name: `${FINDING_RULE['F-CSV-SELECTION'].title.ja}: すべての指摘 (2,000 件)` });
  await expect(list).toBeVisible();
  await expect(list).toHaveAttribute('id', (await show.getAttribute('aria-controls'))!);
  return list;
}

test('“show all” of a group of 2,000 findings keeps only the rows in view in the page, and scrolls to the last', async ({ watched: page }) => {
  const list = await openAllCsvFindings(page);
  const rows = list.getByRole('listitem');
  await expect(rows.first()).toHaveAttribute('aria-setsize', String(CSV_FINDINGS));
  expect(await rows.count()).toBeLessThan(100);
  await expect(list).not.toContainText(LAST_VM);

  // From the keyboard, as a person would: the list takes focus and End scrolls it. Rows are measured
  // as they are drawn, so the end may move once and End is pressed again.
  const last = list.locator(`[aria-posinset="${CSV_FINDINGS}"]`);
  await list.focus();
  await expect(async () => {
    await page.keyboard.press('End');
    await expect(last).toBeInViewport({ timeout: 500 });
  }).toPass();
  await expect(last).toContainText(LAST_VM);
  expect(await rows.count()).toBeLessThan(100);
});

test('axe-core finds no serious or critical violation in the findings with a “show all” list open', async ({ watched: page }) => {
  await openAllCsvFindings(page);
  const results = await new AxeBuilder({ page }).include('section[aria-labelledby="findings-heading"]').analyze();
  expect(results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
});

test('opening a 2,000-VM scenario file says so while it reads, then shows its total', async ({ watched: page }) => {
  const input = generateScenario(2000);
  const total = shown(totalOf(parsed(input))).text;
  await firstVisit(page);
  const status = page.getByTestId('busy-status');
  await expect(status).toHaveRole('status');
  await expect(status).toBeEmpty();
  // The message may be up for less than a polling interval: every text the status takes is recorded.
  await status.evaluate((el) => {
    const seen: string[] = [];
    (window as unknown as { busySeen: string[] }).busySeen = seen;
    new MutationObserver(() => seen.push(el.textContent ?? '')).observe(el, { childList: true, subtree: true, characterData: true });
  });
  // The new figures never stand beside "calculating… (the previous results)".
  await page.evaluate((newTotal) => {
    const w = window as unknown as { pendingOverNew: boolean };
    w.pendingOverNew = false;
    new MutationObserver(() => {
      const shown = document.querySelector('[data-testid="total-required"]')?.textContent;
      if (shown === newTotal && document.querySelector('[data-testid="results-pending"]')) w.pendingOverNew = true;
    }).observe(document.body, { childList: true, subtree: true, characterData: true });
  }, total);
  await page
    .getByLabel('ファイルを開く')
    .setInputFiles({ name: 'estate.hvsizer.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(input)) });
  await expect(page.getByTestId('total-required')).toHaveText(total);
  await expect(page.getByLabel('シナリオ名')).toHaveValue(input.name);
  await expect(status).toBeEmpty();
  await expect(page.getByTestId('results-pending')).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { pendingOverNew: boolean }).pendingOverNew)).toBe(false);
  expect(await page.evaluate(() => (window as unknown as { busySeen: string[] }).busySeen)).toContain('ファイルを開いています…');
});

test('work of 2,000 VMs is saved as its link, small enough for the browser, and a reload brings it back', async ({ watched: page }) => {
  const input = generateScenario(2000);
  const total = shown(totalOf(parsed(input))).text;
  await firstVisit(page);
  await page
    .getByLabel('ファイルを開く')
    .setInputFiles({ name: 'estate.hvsizer.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(input)) });
  await expect(page.getByTestId('total-required')).toHaveText(total);
  const saved = () => page.evaluate((key) => localStorage.getItem(key) ?? '', SAVED_WORK_KEY);
  await expect.poll(async () => readSavedWork(await saved()).kind).toBe('link');
  // The scenario's JSON is ~1.8 MB; its link a small part of that.
  expect((await saved()).length).toBeLessThan(JSON.stringify(input).length / 10);
  // Every total the page shows while the saved work opens: the sample's would be a wrong answer.
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { totalsSeen: string[] }).totalsSeen = seen;
    new MutationObserver(() => {
      const text = document.querySelector('[data-testid="total-required"]')?.textContent;
      if (text && seen.at(-1) !== text) seen.push(text);
    }).observe(document, { childList: true, subtree: true, characterData: true });
  });
  await page.goto('/');
  await expect(page.getByLabel('シナリオ名')).toHaveValue(input.name);
  await expect(page.getByTestId('total-required')).toHaveText(total);
  expect(await page.evaluate(() => (window as unknown as { totalsSeen: string[] }).totalsSeen)).toEqual([total]);
});

test('at 2,000 VMs an edit is sized between keystrokes: the new total arrives as the engine computes, and no "calculating" note stays', async ({
  watched: page,
}) => {
  const input = generateScenario(2000);
  await firstVisit(page);
  await page
    .getByLabel('ファイルを開く')
    .setInputFiles({ name: 'estate.hvsizer.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(input)) });
  await expect(page.getByTestId('total-required')).toHaveText(shown(totalOf(parsed(input))).text);
  await page.getByRole('tab', { name: '仮想マシン' }).click();
  await page.getByRole('group', { name: 'vm-0001' }).getByLabel('メモリ', { exact: true }).fill('48');
  const edited = structuredClone(input);
  edited.vms[0]!.memoryBytes = 48 * 1024 ** 3;
  expect(totalOf(parsed(edited))).not.toBe(totalOf(parsed(input)));
  await expect(page.getByTestId('total-required')).toHaveText(shown(totalOf(parsed(edited))).text);
  await expect(page.getByTestId('results-pending')).toHaveCount(0);
});

test('a link of 2,000 VMs opens, decoded off the page, with its total', async ({ watched: page }) => {
  const scenario = parsed(generateScenario(2000));
  await firstVisit(page);
  await page.goto(`/${shareFragment(scenario)}`);
  await expect(page.getByLabel('シナリオ名')).toHaveValue(scenario.name);
  await expect(page.getByTestId('total-required')).toHaveText(shown(totalOf(scenario)).text);
});

test('“Excel で保存” is off at once for 6,000 VMs, saying why and what builds the workbook instead', async ({ watched: page }) => {
  const input = generateScenario(6000);
  await firstVisit(page);
  const save = page.getByRole('button', { name: 'Excel で保存' });
  await expect(save).toBeEnabled();
  await page
    .getByLabel('ファイルを開く')
    .setInputFiles({ name: 'estate.hvsizer.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(input)) });
  await expect(page.getByLabel('シナリオ名')).toHaveValue(input.name);
  const note = page.getByTestId('workbook-too-large');
  await expect(note).toContainText('セル以上) はブラウザーでは作成できません');
  await expect(note).toContainText('hvsize estimate <ファイル> --format xlsx');
  await expect(save).toBeDisabled();
  await expect(save).toHaveAttribute('aria-describedby', (await note.getAttribute('id'))!);
});
