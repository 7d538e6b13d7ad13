import { test as base, expect, type Page } from '@playwright/test';
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
  await expect.poll(() => page.evaluate(() => localStorage.getItem('hyperv-backup-sizer') !== null)).toBe(true);
  const raw = await page.evaluate(() => localStorage.getItem('hyperv-backup-sizer'));
  return parsed(JSON.parse(raw!).state.scenario);
}
