import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { estimate } from '../src/engine';
import { encodeShareFragment } from '../src/share/link-codec';
import { DEFAULT_SAMPLE, SAMPLES } from '../src/scenario/samples';
import { expect, parsed, shown, test } from './support';

const OFFLINE = resolve('dist/offline/hyperv-backup-sizer.html');

test('the one-file build works opened from disk, share links included', async ({ watched: page }) => {
  expect(existsSync(OFFLINE)).toBe(true);
  const html = readFileSync(OFFLINE, 'utf8');
  // Everything is inside the one file: no script or style is loaded from elsewhere.
  expect(html).not.toMatch(/<script[^>]+src=|<link[^>]+rel="stylesheet"|<link[^>]+rel="modulepreload"/);
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(pathToFileURL(OFFLINE).href);
  const sample = parsed(DEFAULT_SAMPLE.build('ja'));
  await expect(page.getByTestId('total-required')).toHaveText(shown(estimate(sample).totals.requiredCapacityBytes).text);
  expect(requests.filter((u) => !u.startsWith('file:') && !u.startsWith('data:') && !u.startsWith('blob:'))).toEqual([]);

  const other = parsed(SAMPLES[4]!.build('ja'));
  await page.goto(`${pathToFileURL(OFFLINE).href}${await encodeShareFragment(other)}`);
  await expect(page.getByLabel('シナリオ名')).toHaveValue(other.name);
  await expect(page.getByTestId('total-required')).toHaveText(shown(estimate(other).totals.requiredCapacityBytes).text);
});
