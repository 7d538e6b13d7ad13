import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseScenario, type Scenario } from '../engine';
import { SAMPLES } from '../scenario/samples';
import { scenarioArb } from '../test-support/arbitrary-scenario';
import { loadFixturePairs } from '../test-support/fixtures';
import { decodeShareLink, encodeCheckedShareFragment, encodeShareFragment, framePayload, toBase64Url } from './link-codec';

const parsed = (input: unknown): Scenario => {
  const r = parseScenario(input);
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.scenario;
};

async function roundTrip(s: Scenario) {
  const fragment = await encodeShareFragment(s);
  expect(fragment).toMatch(/^#s=1\.[A-Za-z0-9_-]+$/);
  const back = await decodeShareLink(fragment);
  if (!back.ok) throw new Error(JSON.stringify(back.problems));
  // Equal field by field (an absent optional field and an undefined one are the same in JSON).
  expect(back.scenario).toEqual(s);
  return fragment;
}

describe('share link codec', () => {
  it('round-trips every fixture and sample exactly', async () => {
    for (const pair of loadFixturePairs()) await roundTrip(parsed(pair.scenario));
    for (const sample of SAMPLES) for (const lang of ['ja', 'en'] as const) await roundTrip(parsed(sample.build(lang)));
  });

  it('round-trips generated scenarios exactly, odd byte counts and ids included', async () => {
    await fc.assert(
      fc.asyncProperty(scenarioArb, async (input) => {
        await roundTrip(parsed(input));
      }),
      { numRuns: 300 },
    );
  }, 60_000);

  it('keeps the 100-VM inventory fixture’s whole link within 2,048 characters', async () => {
    const pair = loadFixturePairs().find((p) => p.name === 'inventory-100-vms')!;
    const fragment = await roundTrip(parsed(pair.scenario));
    // engineering.md: ≤ 2,048 characters, as chat tools cut longer links; counted with a site address.
    expect(`https://sizer.example.co.jp/hyperv-backup-sizer/${fragment}`.length).toBeLessThanOrEqual(2048);
  });

  it('writes the same link for the same scenario, byte for byte', async () => {
    const { links } = (await import('./fixtures/links-v1-range-coded.json')).default as { links: Record<string, string> };
    for (const pair of loadFixturePairs()) expect(await encodeShareFragment(parsed(pair.scenario))).toBe(links[pair.name]);
  });

  it('accepts a whole URL, a fragment, s=… and a bare payload', async () => {
    const s = parsed(SAMPLES[0]!.build('ja'));
    const fragment = await encodeShareFragment(s);
    for (const form of [`http://127.0.0.1:4173/${fragment}`, fragment, fragment.slice(1), fragment.slice(3)]) {
      expect((await decodeShareLink(form)).ok).toBe(true);
    }
  });

  it('says what is wrong with broken, truncated, tampered and foreign links', async () => {
    const fragment = await encodeShareFragment(parsed(SAMPLES[0]!.build('ja')));
    const cases: [string, RegExp][] = [
      ['https://example.com/', /not a scenario link/],
      ['#s=9.abc', /newer version/],
      [`#s=1.${toBase64Url(framePayload(Uint8Array.from([1]), 2))}`, /newer version of the app \(link version 1\.2\)/],
      [fragment.slice(0, fragment.length / 2), /truncated or damaged/],
      [fragment.replace(/.{8}$/, 'AAAAAAAA'), /truncated or damaged|link: /],
      ['#s=1.%%%', /truncated or damaged/],
      ['#s=1.', /truncated or damaged/],
    ];
    for (const [input, message] of cases) {
      const r = await decodeShareLink(input);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.problems.map((p) => `${p.path}: ${p.message}`).join('\n')).toMatch(message);
    }
    const ja = await decodeShareLink('#s=1.AAAA', 'ja');
    expect(ja.ok).toBe(false);
    if (!ja.ok) expect(ja.problems[0]!.message).toBe('リンクが途中で切れているか、壊れています');
  });

  it('never throws on random or mutated input (10,000 cases)', async () => {
    const { links } = (await import('./fixtures/links-v1.json')).default as { links: Record<string, string> };
    const mutate = (fragment: string) =>
      fc
        .tuple(fc.nat(fragment.length - 1), fc.string({ minLength: 0, maxLength: 4 }), fc.nat(3))
        .map(([at, text, cut]) => fragment.slice(0, at) + text + fragment.slice(at + cut));
    const current = await encodeShareFragment(parsed(SAMPLES[3]!.build('ja')));
    // Past the checksum: random bodies the range decoder has to survive on its own.
    const checksummed = fc.uint8Array({ maxLength: 300 }).map((body) => `#s=1.${toBase64Url(framePayload(body))}`);
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string(),
          fc.string().map((x) => `#s=1.${x}`),
          mutate(current),
          mutate(links['csv-cluster']!),
          checksummed,
        ),
        async (input) => {
          const r = await decodeShareLink(input);
          if (!r.ok) for (const p of r.problems) expect(p.message.length).toBeGreaterThan(5);
        },
      ),
      { numRuns: 10_000 },
    );
  });
});

describe('links made by earlier versions', () => {
  it.each(['links-v1.json', 'links-v1-range-coded.json'])('version-1 links kept in %s open to the same scenarios', async (file) => {
    const { links } = (await import(`./fixtures/${file}`)).default as { links: Record<string, string> };
    const pairs = loadFixturePairs();
    expect(Object.keys(links).length).toBeGreaterThanOrEqual(3);
    for (const [name, link] of Object.entries(links)) {
      const opened = await decodeShareLink(link);
      if (!opened.ok) throw new Error(`${name}: ${JSON.stringify(opened.problems)}`);
      expect(opened.scenario).toEqual(parsed(pairs.find((p) => p.name === name)!.scenario));
    }
  });
});

describe('links checked before they are given out', () => {
  it('gives the fragment when the link opens to the same scenario', async () => {
    await fc.assert(
      fc.asyncProperty(scenarioArb, async (input) => {
        const s = parsed(input);
        expect(await encodeCheckedShareFragment(s)).toEqual({ ok: true, fragment: await encodeShareFragment(s) });
      }),
      { numRuns: 50 },
    );
  });

  it('says why not, naming the field, when the link would not give the scenario back', async () => {
    const s = parsed(SAMPLES[0]!.build('en'));
    expect(await encodeCheckedShareFragment({ ...s, name: 'x'.repeat(300) })).toEqual({
      ok: false,
      problems: [{ path: 'link: name', message: 'would not open from a link as it is, so no link was made' }],
    });
    // The 1.1 MB name, past what the reader takes in one text: refused while written.
    expect(await encodeCheckedShareFragment({ ...s, name: 'x'.repeat(1_100_000) }, 'ja')).toEqual({
      ok: false,
      problems: [{ path: 'link', message: 'リンクで運べる量を超えています。シナリオ ファイルで共有してください' }],
    });
  });
});
