import { test as base, expect, type Page } from '@playwright/test';
import { readSavedWork, SAVED_WORK_KEY, savedWorkText } from '../src/app/store/saved-work';
import { estimate, formatBytes, formatExactBytes, parseScenario, type Lang, type Scenario, type ScenarioInput } from '../src/engine';

/**
 * Every page is watched: a console error, an uncaught exception or a request that leaves the
 * machine fails the test that caused it.
 */
export const test = base.extend<{ watched: Page }>({
  watched: async ({ page }, use) => {
    const problems: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('request', (r) => {
      const url = r.url();
      if (!/^(http:\/\/127\.0\.0\.1:4173\/|data:|blob:|file:)/.test(url)) problems.push(`request left the machine: ${url}`);
    });
    await use(page);
    expect(problems).toEqual([]);
  },
});
export { expect };

export function parsed(input: ScenarioInput | unknown): Scenario {
  const r = parseScenario(input);
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.scenario;
}

/** The figure the app must show for a byte count: the short text, and the exact count on hover. */
export function shown(bytes: number, lang: Lang = 'ja') {
  return { text: formatBytes(bytes, lang), exact: formatExactBytes(bytes, lang) };
}

export function totalOf(s: Scenario) {
  return estimate(s).totals.requiredCapacityBytes;
}

/** Opens the app with an empty browser store (a first visit). */
export async function firstVisit(page: Page) {
  await page.goto('/');
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await expect(page.getByTestId('total-required')).toBeVisible();
}

/** The scenario the app has saved in the browser (it saves a moment after the last change). */
export async function savedScenario(page: Page): Promise<Scenario> {
  const read = async () => readSavedWork(await page.evaluate((key) => localStorage.getItem(key), SAVED_WORK_KEY));
  await expect.poll(async () => (await read()).kind).toBe('ok');
  const saved = await read();
  if (saved.kind !== 'ok') throw new Error(`saved work unreadable: ${saved.kind}`);
  return saved.work.scenario;
}

/** Opens the app on a scenario as if it had been saved in this browser before. */
export async function openAsSavedWork(page: Page, scenario: Scenario) {
  await page.goto('/');
  await page.evaluate(
    ([key, text]) => (localStorage.clear(), localStorage.setItem(key!, text!)),
    [SAVED_WORK_KEY, savedWorkText({ scenario, lang: 'ja', units: 'binary' })],
  );
  // Not reload(): the address bar holds the first page's link by now, which would ask to replace the work.
  await page.goto('/');
  await expect(page.getByTestId('total-required')).toBeVisible();
}
