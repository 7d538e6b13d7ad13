import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseScenario } from '../../engine';
import { SAMPLES } from '../../scenario/samples';
import { loadFixturePairs } from '../../test-support/fixtures';
import { decodeShareLink, encodeShareFragment, framePayload, toBase64Url } from '../link-codec';

const NEWER = /newer version|新しい形式/;
const fromBase64Url = (text: string) =>
  Uint8Array.from(atob(text.replaceAll('-', '+').replaceAll('_', '/') + '='.repeat((4 - (text.length % 4)) % 4)), (c) => c.charCodeAt(0));
const saysNewer = async (link: string) => {
  const r = await decodeShareLink(link);
  return !r.ok && r.problems.some((p) => NEWER.test(p.message));
};

/** Links people have: the kept fixtures of both formats and today's links of the samples and fixtures. */
let links: string[] = [];
beforeAll(async () => {
  for (const file of ['links-v1.json', 'links-v1-range-coded.json']) {
    const { links: kept } = (await import(`../fixtures/${file}`)).default as { links: Record<string, string> };
    links.push(...Object.values(kept));
  }
  for (const input of [...loadFixturePairs().map((p) => p.scenario), ...SAMPLES.map((s) => s.build('ja'))]) {
    const parsed = parseScenario(input);
    if (parsed.ok) links.push(await encodeShareFragment(parsed.scenario));
  }
  links = [...new Set(links)];
});

const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** One random damage of a link: a character changed, inserted or removed, a cut, or bits flipped. */
const damaged = (link: string): fc.Arbitrary<string> => {
  const at = fc.nat(link.length - 1);
  const char = fc.oneof(fc.constantFrom(...BASE64URL), fc.string({ minLength: 1, maxLength: 1 }));
  const payload = link.slice(link.indexOf('.') + 1);
  return fc.oneof(
    fc.tuple(at, char).map(([i, c]) => link.slice(0, i) + c + link.slice(i + 1)),
    fc.tuple(at, fc.string({ minLength: 1, maxLength: 4 })).map(([i, s]) => link.slice(0, i) + s + link.slice(i)),
    fc.tuple(at, fc.integer({ min: 1, max: 4 })).map(([i, n]) => link.slice(0, i) + link.slice(i + n)),
    at.map((i) => link.slice(0, i)),
    fc.array(fc.nat(payload.length * 6), { minLength: 1, maxLength: 3 }).map((bits) => {
      const bytes = fromBase64Url(payload);
      for (const b of bits) bytes[Math.floor(b / 8) % bytes.length]! ^= 1 << (b % 8);
      return `#s=1.${toBase64Url(bytes)}`;
    }),
  );
};

describe('"from a newer version" only when it is likely true', () => {
  it('random damage of real links is never reported as newer (6,000 cases)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.nat(links.length - 1).chain((i) => damaged(links[i]!)),
        async (link) => {
          expect(await saysNewer(link)).toBe(false);
        },
      ),
      { numRuns: 6000 },
    );
  }, 60_000);

  it('a current link whose tag byte says a later revision is damaged, not newer', async () => {
    for (const link of links.filter((l) => (fromBase64Url(l.slice(5))[0]! & 0b110) === 0b110)) {
      const bytes = fromBase64Url(link.slice(5));
      for (let revision = 1; revision < 32; revision++) {
        bytes[0] = (revision << 3) | 0b110;
        const r = await decodeShareLink(`#s=1.${toBase64Url(bytes)}`);
        expect(r.ok ? 'opened' : r.problems[0]!.message).toBe('is truncated or damaged');
      }
    }
  });

  it('a version-1 payload under a higher version number is damaged, not newer', async () => {
    for (const link of links) {
      expect(await saysNewer(link.replace('#s=1.', '#s=2.'))).toBe(false);
      // Characters inserted before a dot make a "version" of anything; what follows is no payload.
      expect(await saysNewer(link.replace('#s=1.', '#2.[s=1.'))).toBe(false);
      expect(await saysNewer(link.replace('#s=1.', '#s=14..'))).toBe(false);
    }
  });

  it('a later revision whose body checks out and is not a scenario of a known revision is newer, with its number', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ minLength: 1, maxLength: 200 }), fc.integer({ min: 2, max: 31 }), async (body, revision) => {
        const r = await decodeShareLink(`#s=1.${toBase64Url(framePayload(body, revision))}`);
        expect(r.ok ? 'opened' : r.problems[0]!.message).toBe(`comes from a newer version of the app (link version 1.${revision})`);
      }),
      { numRuns: 300 },
    );
    expect(await saysNewer('#s=2.AAAA')).toBe(true);
  });
});
