import type { Lang, Problem, Scenario } from '../engine';
import { translate } from '../i18n/messages';
import { decodeShareLink, encodeScenarioBytes, toBase64Url } from './link-codec';

/**
 * A comparison link (formats.md "Comparison"): `#c=1.<payload>.<payload>[.<payload>]`, each payload
 * exactly what follows `#s=1.` in a scenario's link. base64url has no dot, so the dots separate them.
 */
export const MAX_COMPARED = 3;

export function encodeComparisonFragment(scenarios: Scenario[]): string {
  return `#c=1.${scenarios.map((s) => toBase64Url(encodeScenarioBytes(s))).join('.')}`;
}

export type ComparisonLinkResult = { ok: true; scenarios: Scenario[]; notes: Problem[] } | { ok: false; problems: Problem[] };

export async function decodeComparisonLink(input: string, lang: Lang = 'en'): Promise<ComparisonLinkResult> {
  const text = input.trim();
  const fragment = (text.includes('#') ? text.slice(text.indexOf('#') + 1) : text).split('&')[0]!;
  const match = /^c=1\.([A-Za-z0-9_.-]+)$/.exec(fragment);
  const payloads = match ? match[1]!.split('.') : [];
  if (payloads.length < 2 || payloads.length > MAX_COMPARED) {
    return { ok: false, problems: [{ path: 'link', message: translate(lang, 'compareNotALink') }] };
  }
  const scenarios: Scenario[] = [];
  const notes: Problem[] = [];
  for (const [i, payload] of payloads.entries()) {
    const opened = await decodeShareLink(`#s=1.${payload}`, lang);
    if (!opened.ok) return { ok: false, problems: opened.problems.map((p) => ({ ...p, path: `${i + 1}: ${p.path}` })) };
    scenarios.push(opened.scenario);
    notes.push(...(opened.notes ?? []));
  }
  return { ok: true, scenarios, notes };
}
