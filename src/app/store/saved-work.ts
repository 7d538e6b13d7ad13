import { parseScenario, type Lang, type Scenario, type UnitSystem } from '../../engine';
import { parseLang } from '../../i18n/messages';

/**
 * The work the app keeps in the browser, read and written only here (the store and the e2e helpers
 * use these functions, never the stored shape). Nothing saved is trusted: the scenario is validated
 * like a file. Work the app cannot read is never discarded: the caller keeps it aside for download.
 */
export const SAVED_WORK_KEY = 'hyperv-backup-sizer';
/** Saved work this version could not read, kept until the person has downloaded or dismissed it. */
export const KEPT_ASIDE_KEY = 'hyperv-backup-sizer:kept-aside';
/** 2: large work may be saved as its link (`state.link`); version 1 texts read as before. */
export const SAVED_WORK_VERSION = 2;

export interface SavedWork {
  scenario: Scenario;
  lang: Lang;
  units: UnitSystem;
}

export type SavedWorkRead =
  | { kind: 'none' }
  | { kind: 'ok'; work: SavedWork; migrated: boolean }
  /** Large work, saved as its share link's payload: opened (and validated) like a link, off the page's thread. */
  | { kind: 'link'; link: string; lang: Lang; units: UnitSystem; raw: string }
  /** corrupt: not JSON or no scenario in it; newer: written by a later version; invalid: fails validation. */
  | { kind: 'unreadable'; reason: 'corrupt' | 'newer' | 'invalid'; raw: string; lang: Lang; units: UnitSystem };

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const parseUnits = (v: unknown): UnitSystem => (v === 'decimal' ? 'decimal' : 'binary');

/** The text stored for the work: `{ state: { scenario, lang, units }, version }`. */
export function savedWorkText(work: SavedWork): string {
  return JSON.stringify({ state: { scenario: work.scenario, lang: work.lang, units: work.units }, version: SAVED_WORK_VERSION });
}

/**
 * Work of thousands of VMs, saved as the payload of its share link: a scenario's JSON text grows past
 * what the browser's storage holds (8,000 VMs: 7 MB), and writing it would take the page longer than
 * a keystroke may. The same codec as links, so what opens is what was saved (checked before saving).
 */
export function savedLinkText(link: string, lang: Lang, units: UnitSystem): string {
  return JSON.stringify({ state: { link, lang, units }, version: SAVED_WORK_VERSION });
}

/** From this many VMs, work is saved as its link (the compute worker writes the text). */
export const SAVE_AS_LINK_VMS = 1000;

/**
 * Reads stored text in any shape this app has written: the current one, an older one without a
 * version (or a bare scenario), which is migrated; a newer or damaged one is reported, not guessed.
 */
export function readSavedWork(raw: string | null): SavedWorkRead {
  if (raw === null) return { kind: 'none' };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { kind: 'unreadable', reason: 'corrupt', raw, lang: 'ja', units: 'binary' };
  }
  if (!isRecord(data)) return { kind: 'unreadable', reason: 'corrupt', raw, lang: 'ja', units: 'binary' };
  // A bare scenario (an early shape) is its own state.
  const state = isRecord(data.state) ? data.state : data.format !== undefined ? { scenario: data } : null;
  const lang = parseLang(state?.lang);
  const units = parseUnits(state?.units);
  const version = typeof data.version === 'number' ? data.version : 0;
  if (version > SAVED_WORK_VERSION) return { kind: 'unreadable', reason: 'newer', raw, lang, units };
  if (state !== null && typeof state.link === 'string' && state.scenario === undefined) return { kind: 'link', link: state.link, lang, units, raw };
  if (state === null || state.scenario === undefined) return { kind: 'unreadable', reason: 'corrupt', raw, lang, units };
  const parsed = parseScenario(state.scenario, lang);
  if (!parsed.ok) return { kind: 'unreadable', reason: 'invalid', raw, lang, units };
  return { kind: 'ok', work: { scenario: parsed.scenario, lang, units }, migrated: version < SAVED_WORK_VERSION };
}
