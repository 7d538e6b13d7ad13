import { parseScenario, type Lang, type Problem, type Scenario } from '../engine';
import { FieldCoder } from './link/field-coder';
import { unpackScenario } from './link/legacy-packed-json';
import { LinkDamaged } from './link/range-coder';
import { codeScenario } from './link/scenario-coder';

/**
 * The share link of formats.md: `#s=1.<payload>` in the URL fragment, `1` being the scenario format
 * version. The payload is base64url of: a tag byte, a 16-bit checksum, then the scenario range-coded
 * field by field (scenario-coder.ts). The tag's low three bits, 110, cannot start a deflate stream
 * (block type 3 is reserved), so links made before, whose payload is deflate-raw packed JSON, are told
 * apart and keep opening. The tag's upper bits number revisions of the coded layout: this app writes
 * and reads revision 0 and says a link of a later revision comes from a newer app.
 */

export const LINK_VERSION = 1;
const PREFIX = `${LINK_VERSION}.`;
const BINARY_TAG = 0b110;
const REVISION = 0;

class LinkFromNewerApp extends Error {}

/** FNV-1a folded to 16 bits: catches a truncated or altered payload before it is decoded. */
function checksum(bytes: Uint8Array): number {
  let h = 0x811c9dc5;
  for (const b of bytes) h = Math.imul(h ^ b, 0x01000193);
  return ((h >>> 16) ^ h) & 0xffff;
}

export function encodeScenarioBytes(s: Scenario): Uint8Array {
  const coder = FieldCoder.writer();
  codeScenario(coder, s);
  return framePayload(coder.finish());
}

/** The tag byte and checksum before a range-coded body. */
export function framePayload(body: Uint8Array): Uint8Array {
  const sum = checksum(body);
  const out = new Uint8Array(3 + body.length);
  out.set([(REVISION << 3) | BINARY_TAG, sum >> 8, sum & 0xff]);
  out.set(body, 3);
  return out;
}

async function decodeScenarioBytes(bytes: Uint8Array): Promise<unknown> {
  if ((bytes[0]! & BINARY_TAG) !== BINARY_TAG) {
    const json = await pipe(bytes, new DecompressionStream('deflate-raw'));
    return unpackScenario(JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(json)));
  }
  if (bytes[0]! >> 3 > REVISION) throw new LinkFromNewerApp(`${LINK_VERSION}.${bytes[0]! >> 3}`);
  if ((bytes[0]! & 0b111) !== BINARY_TAG || bytes.length < 3) throw new LinkDamaged('unknown payload');
  const body = bytes.subarray(3);
  if (checksum(body) !== ((bytes[1]! << 8) | bytes[2]!)) throw new LinkDamaged('checksum');
  return codeScenario(FieldCoder.reader(body));
}

async function pipe(bytes: Uint8Array, stream: DecompressionStream): Promise<Uint8Array> {
  const out = new Response(new Blob([bytes as BlobPart]).stream().pipeThrough(stream));
  return new Uint8Array(await out.arrayBuffer());
}

export function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) throw new LinkDamaged('not base64url');
  const padded = text.replaceAll('-', '+').replaceAll('_', '/') + '='.repeat((4 - (text.length % 4)) % 4);
  const binary = atob(padded);
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

/** The fragment for a scenario: `#s=1.<payload>`. Async like decoding, which may need to inflate. */
export async function encodeShareFragment(s: Scenario): Promise<string> {
  return `#s=${PREFIX}${toBase64Url(encodeScenarioBytes(s))}`;
}

export type LinkResult = { ok: true; scenario: Scenario } | { ok: false; problems: Problem[] };

const MESSAGES = {
  notALink: { ja: 'シナリオのリンクではありません (#s=1.… の形式)', en: 'is not a scenario link (#s=1.…)' },
  newer: { ja: 'このアプリより新しい形式のリンクです (バージョン {v})', en: 'comes from a newer version of the app (link version {v})' },
  damaged: { ja: 'リンクが途中で切れているか、壊れています', en: 'is truncated or damaged' },
} as const;

const linkProblem = (key: keyof typeof MESSAGES, lang: Lang, v = ''): LinkResult => ({
  ok: false,
  problems: [{ path: 'link', message: MESSAGES[key][lang].replace('{v}', v) }],
});

/**
 * A link, a fragment (`#s=1.…`, `s=1.…`) or a bare payload (`1.…`) back to a validated scenario, or
 * what is wrong with it. Never throws: a broken, truncated or tampered link is a problem to show.
 */
export async function decodeShareLink(input: string, lang: Lang = 'en'): Promise<LinkResult> {
  const text = input.trim();
  const fragment = text.includes('#') ? text.slice(text.indexOf('#') + 1) : text;
  const match = /^(?:s=)?(\d+)\.(.*)$/s.exec(fragment);
  if (!match) return linkProblem('notALink', lang);
  const version = Number(match[1]);
  if (version !== LINK_VERSION) return version > LINK_VERSION ? linkProblem('newer', lang, String(version)) : linkProblem('notALink', lang);
  let candidate: unknown;
  try {
    candidate = await decodeScenarioBytes(fromBase64Url(match[2]!));
  } catch (error) {
    return error instanceof LinkFromNewerApp ? linkProblem('newer', lang, error.message) : linkProblem('damaged', lang);
  }
  const parsed = parseScenario(candidate, lang);
  return parsed.ok ? parsed : { ok: false, problems: parsed.problems.map((p) => ({ ...p, path: `link: ${p.path}` })) };
}
