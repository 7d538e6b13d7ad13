import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../engine';
import { decodeShareLink, toBase64Url } from '../link-codec';
import { legacyLink, packedWithRuns, zeroBomb } from '../../test-support/crafted-links';
import { inflateCapped } from './inflate-capped';
import { LinkTooLarge } from './link-bounds';

const problemText = async (link: string, lang: 'ja' | 'en' = 'en') => {
  const r = await decodeShareLink(link, lang);
  expect(r.ok).toBe(false);
  return r.ok ? '' : r.problems.map((p) => `${p.path}: ${p.message}`).join('\n');
};

const deflate = async (bytes: Uint8Array) =>
  new Uint8Array(await new Response(new Blob([bytes as BlobPart]).stream().pipeThrough(new CompressionStream('deflate-raw'))).arrayBuffer());

describe('old-format (deflate) links', () => {
  // Were the cap missing, 64 MiB of zeros would inflate in full and fail later as JSON ("damaged").
  it('a deflate bomb is refused at 16 MiB, naming the limit', async () => {
    const bomb = await zeroBomb(64);
    expect(await problemText(`#s=1.${toBase64Url(bomb)}`)).toBe('link: inflates to more than 16 MiB, the most a link may hold');
    expect(await problemText(`#s=1.${toBase64Url(bomb)}`, 'ja')).toBe('link: 展開すると 16 MiB (リンクの上限) を超えるため開けません');
  });

  it('the inflater gives back what fits and stops one byte past the cap', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 5000 }), fc.nat(6000), async (bytes, cap) => {
        const packed = await deflate(bytes);
        if (bytes.length <= cap) expect(await inflateCapped(packed, cap)).toEqual(bytes);
        else await expect(inflateCapped(packed, cap)).rejects.toBeInstanceOf(LinkTooLarge);
      }),
      { numRuns: 200 },
    );
    const exact = await deflate(new Uint8Array(LIMITS.linkInflatedMaxBytes));
    expect((await inflateCapped(exact, LIMITS.linkInflatedMaxBytes)).length).toBe(LIMITS.linkInflatedMaxBytes);
  });

  // Of the kind of the 352-character link (hvsize open died at 4.5 GB): runs of 10,000 VMs
  // repeated, 200 million references once unpacked. Refused at the run that passes 64,000.
  it('a few hundred characters of repeated VM runs are refused naming the job', async () => {
    const link = await legacyLink(packedWithRuns(Array.from({ length: 40_000 }, (_, i) => (i % 2 === 0 ? 0 : 10_000))));
    expect(link.length).toBeLessThan(600);
    expect(await problemText(link)).toBe('link: jobs[0].include.vmIds: takes the VMs listed over all jobs past 64,000');
  });

  it('counts are refused before anything is built from them', async () => {
    const many = (n: number) => Array.from({ length: n }, () => ['x', 'X:', 0, 0, null, null]);
    const packed = packedWithRuns([0, 1]) as unknown[];
    expect(await problemText(await legacyLink(packed.with(3, many(LIMITS.volumesPerScenario + 1))))).toBe('link: volumes: must have at most 1,000 entries');
    const jobs = Array.from({ length: LIMITS.jobsPerScenario + 1 }, () => (packed[5] as unknown[])[0]);
    expect(await problemText(await legacyLink(packed.with(5, jobs)))).toBe('link: jobs: must have at most 100 entries');
  });

  it('an old link opens with a note that it cannot be verified, in Japanese and English', async () => {
    const { links } = (await import('../fixtures/links-v1.json')).default as { links: Record<string, string> };
    for (const link of Object.values(links)) {
      const en = await decodeShareLink(link, 'en');
      const ja = await decodeShareLink(link, 'ja');
      if (!en.ok || !ja.ok) throw new Error('fixture link refused');
      expect(en.notes).toEqual([{ path: 'link', message: expect.stringMatching(/earlier version of the app .* cannot be verified/) }]);
      expect(ja.notes).toEqual([{ path: 'link', message: expect.stringMatching(/以前のバージョン.*検証できません/) }]);
    }
  });
});
