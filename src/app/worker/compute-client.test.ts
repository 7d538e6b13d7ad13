import { describe, expect, it } from 'vitest';
import { decodeShareLink } from '../../share/link-codec';
import { sampleScenario } from '../store/app-store';
import { compute } from './compute-client';

// No Worker here (Node): the client runs the same jobs on the page, as a page opened from disk does.
describe('compute client', () => {
  it('encodes the link of the scenario it is given', async () => {
    const scenario = sampleScenario('standalone', 'ja');
    const link = await compute.run({ type: 'link' }, scenario);
    expect(link).toMatch(/^#s=1\./);
    const opened = await decodeShareLink(link!);
    expect(opened.ok && opened.scenario).toEqual(scenario);
  });

  it('drops a job still waiting when a newer one of its kind arrives', async () => {
    const older = sampleScenario('standalone', 'ja');
    const newer = { ...older, name: 'newer' };
    const first = compute.run({ type: 'link' }, older);
    const second = compute.run({ type: 'link' }, newer);
    expect(await first).toBeNull();
    const opened = await decodeShareLink((await second)!);
    expect(opened.ok && opened.scenario.name).toBe('newer');
  });

  it('keeps jobs of other kinds', async () => {
    const scenario = sampleScenario('standalone', 'ja');
    const link = compute.run({ type: 'link' }, scenario);
    const open = compute.run({ type: 'open-link', text: 'not a link', lang: 'en' });
    expect(await link).toMatch(/^#s=1\./);
    expect(await open).toMatchObject({ ok: false });
  });
});
