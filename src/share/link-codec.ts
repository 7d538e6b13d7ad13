import { LIMITS, parseScenario, problemMessage, type Lang, type Problem, type Scenario } from '../engine';
import { cutLongNames } from './link/cut-long-names';
import { FieldCoder } from './link/field-coder';
import { firstDifference } from './link/first-difference';
import { inflateCapped } from './link/inflate-capped';
import { unpackScenario } from './link/legacy-packed-json';
import { LinkOverBound, LinkTooLarge } from './link/link-bounds';
import { linkProblem } from './link/link-messages';
import { LinkDamaged } from './link/range-coder';
import { codeScenario, LATEST_REVISION, revisionFor, type LayoutRevision } from './link/scenario-coder';

/**
 * The share link of formats.md: `#s=1.<payload>` in the URL fragment, `1` being the scenario format
 * version. The payload is base64url of: a tag byte, a 16-bit checksum, then the scenario range-coded
 * field by field (scenario-coder.ts). The tag's low three bits, 110, cannot start a deflate stream
 * (block type 3 is reserved), so links made before, whose payload is deflate-raw packed JSON, are told
 * apart and keep opening. The tag's upper bits number revisions of the coded layout: this app writes
 * and reads revisions 0 and 1 (1 adds the job's window, throughput and WSB performance; a scenario
 * without them is written as revision 0, so its link is what it always was) and says a link of a
 * later revision comes from a newer app.
 *
 * "Newer" is said only when it is likely true: a later revision keeps this frame, so its body passes
 * the checksum, and its body does not open as revision 0 (one that does is a link whose tag byte was
 * damaged); likewise a higher version before the dot whose payload is base64url (characters
 * inserted before a dot make a "version" of any link) and does not open as version 1.
 */

export const LINK_VERSION = 1;
const PREFIX = `${LINK_VERSION}.`;
const BINARY_TAG = 0b110;
const REVISION = LATEST_REVISION;

class LinkFromNewerApp extends Error {}

/** FNV-1a folded to 16 bits: catches a truncated or altered payload before it is decoded. */
function checksum(bytes: Uint8Array): number {
  let h = 0x811c9dc5;
  for (const b of bytes) h = Math.imul(h ^ b, 0x01000193);
  return ((h >>> 16) ^ h) & 0xffff;
}

export function encodeScenarioBytes(s: Scenario): Uint8Array {
  const coder = FieldCoder.writer();
  const revision = revisionFor(s);
  codeScenario(coder, s, revision);
  return framePayload(coder.finish(), revision);
}

/** The tag byte and checksum before a range-coded body (of another layout revision only in tests). */
export function framePayload(body: Uint8Array, revision: number = REVISION): Uint8Array {
  const sum = checksum(body);
  const out = new Uint8Array(3 + body.length);
  out.set([(revision << 3) | BINARY_TAG, sum >> 8, sum & 0xff]);
  out.set(body, 3);
  return out;
}

/** A payload's scenario as decoded, not yet validated; legacy payloads carry no checksum. */
interface Decoded {
  scenario: unknown;
  legacy: boolean;
}

async function decodeScenarioBytes(bytes: Uint8Array): Promise<Decoded> {
  if ((bytes[0]! & BINARY_TAG) !== BINARY_TAG) {
    const json = await inflateCapped(bytes, LIMITS.linkInflatedMaxBytes);
    return { scenario: unpackScenario(JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(json))), legacy: true };
  }
  if ((bytes[0]! & 0b111) !== BINARY_TAG || bytes.length < 3) throw new LinkDamaged('unknown payload');
  const body = bytes.subarray(3);
  if (checksum(body) !== ((bytes[1]! << 8) | bytes[2]!)) throw new LinkDamaged('checksum');
  const revision = bytes[0]! >> 3;
  if (revision > REVISION) {
    // A later revision keeps this frame; a body that opens in a revision this app knows had its tag damaged.
    let opens = false;
    for (let known = 0; known <= REVISION && !opens; known++)
      opens = await opensHere(() => codeScenario(FieldCoder.reader(body), undefined, known as LayoutRevision));
    throw opens ? new LinkDamaged('tag') : new LinkFromNewerApp(`${LINK_VERSION}.${revision}`);
  }
  return { scenario: codeScenario(FieldCoder.reader(body), undefined, revision as LayoutRevision), legacy: false };
}

const decodePayload = (payload: string) => decodeScenarioBytes(fromBase64Url(payload));

/** Whether a payload opens as this app's own: then a claim to come from a newer app is damage. */
async function opensHere(decode: () => unknown): Promise<boolean> {
  try {
    return validate(await decode(), [], 'en').ok;
  } catch {
    return false;
  }
}

export function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

const BASE64URL = /^[A-Za-z0-9_-]+$/;

function fromBase64Url(text: string): Uint8Array {
  if (text !== '' && !BASE64URL.test(text)) throw new LinkDamaged('not base64url');
  const padded = text.replaceAll('-', '+').replaceAll('_', '/') + '='.repeat((4 - (text.length % 4)) % 4);
  const binary = atob(padded);
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

/** The fragment for a scenario, `#s=1.<payload>`, at once (the printed report needs it synchronously). */
export function shareFragment(s: Scenario): string {
  return `#s=${PREFIX}${toBase64Url(encodeScenarioBytes(s))}`;
}

/** The fragment for a scenario: `#s=1.<payload>`. Async like decoding, which may need to inflate. */
export async function encodeShareFragment(s: Scenario): Promise<string> {
  return shareFragment(s);
}

/** A link's scenario, with notes (a caveat the person should see) when there are any; or why not. */
export type LinkResult = { ok: true; scenario: Scenario; notes?: Problem[] } | { ok: false; problems: Problem[] };

const refused = (problem: Problem): LinkResult => ({ ok: false, problems: [problem] });

function whyNot(error: unknown, lang: Lang): Problem {
  if (error instanceof LinkFromNewerApp) return linkProblem('newer', lang, undefined, error.message);
  if (error instanceof LinkOverBound) return { path: `link: ${error.path}`, message: problemMessage(error.problem, lang) };
  if (error instanceof LinkTooLarge) return linkProblem(error.limit, lang);
  return linkProblem('damaged', lang);
}

/** A decoded scenario validated like a file, long names of older links cut first (with a note). */
function validate(decoded: unknown, notes: Problem[], lang: Lang): LinkResult {
  const cut = cutLongNames(decoded, LIMITS.nameMaxChars);
  if (cut) notes.push(linkProblem('cut', lang, cut.firstPath, cut.count.toLocaleString('en-US')));
  const parsed = parseScenario(decoded, lang);
  if (!parsed.ok) return { ok: false, problems: parsed.problems.map((p) => ({ ...p, path: `link: ${p.path}` })) };
  return notes.length > 0 ? { ...parsed, notes } : parsed;
}

/**
 * A link, a fragment (`#s=1.…`, `s=1.…`) or a bare payload (`1.…`) back to a validated scenario, or
 * what is wrong with it. Never throws: a broken, truncated, tampered or oversized link is a problem
 * to show. An old-format link opens with a note that it cannot be verified.
 */
export async function decodeShareLink(input: string, lang: Lang = 'en'): Promise<LinkResult> {
  const text = input.trim();
  // The sender's view (`&u=decimal&l=en`) may follow the payload; it is not part of the scenario.
  const fragment = (text.includes('#') ? text.slice(text.indexOf('#') + 1) : text).split('&')[0]!;
  const match = /^(?:s=)?(\d+)\.(.*)$/s.exec(fragment);
  if (!match) return refused(linkProblem('notALink', lang));
  const version = Number(match[1]);
  const payload = match[2]!;
  if (version > LINK_VERSION) {
    const plausible = BASE64URL.test(payload) && !(await opensHere(async () => (await decodePayload(payload)).scenario));
    return refused(plausible ? linkProblem('newer', lang, undefined, match[1]) : linkProblem('damaged', lang));
  }
  if (version !== LINK_VERSION) return refused(linkProblem('notALink', lang));
  let decoded: Decoded;
  try {
    decoded = await decodePayload(payload);
  } catch (error) {
    return refused(whyNot(error, lang));
  }
  return validate(decoded.scenario, decoded.legacy ? [linkProblem('unverified', lang)] : [], lang);
}

export type EncodeResult = { ok: true; fragment: string } | { ok: false; problems: Problem[] };

/**
 * The fragment for a scenario, made only when opening it gives the same scenario back (what `link`
 * writes, `open` reads); otherwise what stands in the way, naming the field where there is one.
 */
export async function encodeCheckedShareFragment(s: Scenario, lang: Lang = 'en'): Promise<EncodeResult> {
  let fragment: string;
  try {
    fragment = await encodeShareFragment(s);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, problems: [error instanceof LinkTooLarge ? whyNot(error, lang) : linkProblem('unencodable', lang, undefined, detail)] };
  }
  const back = await decodeShareLink(fragment, lang);
  if (!back.ok) return back;
  const changed = firstDifference(s, back.scenario);
  return changed === undefined ? { ok: true, fragment } : { ok: false, problems: [linkProblem('changes', lang, changed)] };
}
