import { create } from 'zustand';
import type { Lang, Scenario, UnitSystem } from '../../engine';
import { DEFAULT_SAMPLE, SAMPLES } from '../../scenario/samples';
import { parseScenario } from '../../engine';
import { runBusy } from '../progress/busy';
import { KEPT_ASIDE_KEY, readSavedWork, SAVE_AS_LINK_VMS, SAVED_WORK_KEY, savedLinkText, savedWorkText, type SavedWorkRead } from './saved-work';

/** How many steps undo goes back. */
const HISTORY_LIMIT = 100;
/** Keystrokes in one field within this time are one undo step. */
export const COALESCE_MS = 1200;
/** Saving a thousand VMs on every keystroke would cost more than the keystroke's own work. */
export const SAVE_DELAY_MS = 300;

/**
 * unreadable-saved-work: saved work could not be read (damaged or invalid) and was kept aside;
 * newer-saved-work: it was saved by a newer version and was kept aside; storage-full: the browser
 * refused to save the work.
 */
export type Notice = 'unreadable-saved-work' | 'newer-saved-work' | 'storage-full';

export interface AppState {
  /** The last valid scenario: every result is derived from it. */
  scenario: Scenario;
  past: Scenario[];
  future: Scenario[];
  lastEdit: { key: string; at: number } | null;
  /**
   * Counts replacements from outside the editor (undo, redo, a sample, a file): the editor resets
   * its form when this changes, and only then.
   */
  revision: number;
  lang: Lang;
  units: UnitSystem;
  notice: Notice | null;
  /** The saved text this version could not read, while it is kept aside for download. */
  keptAside: string | null;
  /** True while large saved work is being opened: what is on screen is not the person's yet. */
  openingSaved: boolean;
  /** An edit from the form; edits of the same field in quick succession are one undo step. */
  editScenario(next: Scenario, fieldKey: string): void;
  /**
   * A whole new scenario (sample, file, link, a header control): one undo step, the form resets. A
   * link opened over an untouched sample replaces nothing of the person's: `fresh` starts no history.
   */
  replaceScenario(next: Scenario, options?: { fresh?: boolean }): void;
  undo(): void;
  redo(): void;
  loadSample(id: string): void;
  setLang(lang: Lang): void;
  setUnits(units: UnitSystem): void;
  /** Closes the notice; for work kept aside, also forgets it (the person has downloaded it or let it go). */
  dismissNotice(): void;
}

export function sampleScenario(id: string, lang: Lang): Scenario {
  const sample = SAMPLES.find((s) => s.id === id) ?? DEFAULT_SAMPLE;
  const parsed = parseScenario(sample.build(lang));
  if (!parsed.ok) throw new Error(`sample ${sample.id} is invalid: ${parsed.problems[0]?.message}`);
  return parsed.scenario;
}

const pushPast = (past: Scenario[], s: Scenario) => [...past.slice(-(HISTORY_LIMIT - 1)), s];

const storage = (): Storage | null => (typeof localStorage === 'undefined' ? null : localStorage);

function tryWrite(key: string, text: string): boolean {
  try {
    storage()?.setItem(key, text);
    return true;
  } catch {
    return false;
  }
}

/**
 * What the app starts with: the saved work, or the sample. Work that cannot be read is copied aside
 * before anything can overwrite it (the first save would); if even that fails, saving waits.
 */
function initialState(): Pick<AppState, 'scenario' | 'lang' | 'units' | 'notice' | 'keptAside' | 'openingSaved'> {
  const read = readSavedWork(storage()?.getItem(SAVED_WORK_KEY) ?? null);
  if (read.kind === 'ok') {
    const keptAside = storage()?.getItem(KEPT_ASIDE_KEY) ?? null;
    return { ...read.work, notice: keptAside ? 'unreadable-saved-work' : null, keptAside, openingSaved: false };
  }
  if (read.kind === 'link') {
    // Opened once the page runs (see openSavedLink); until then nothing may be saved over it.
    savedLink = read;
    savingHeld = true;
    return { scenario: sampleScenario(DEFAULT_SAMPLE.id, read.lang), lang: read.lang, units: read.units, notice: null, keptAside: null, openingSaved: true };
  }
  if (read.kind === 'none') {
    const keptAside = storage()?.getItem(KEPT_ASIDE_KEY) ?? null;
    return {
      scenario: sampleScenario(DEFAULT_SAMPLE.id, 'ja'),
      lang: 'ja',
      units: 'binary',
      notice: keptAside ? 'unreadable-saved-work' : null,
      keptAside,
      openingSaved: false,
    };
  }
  savingHeld = !tryWrite(KEPT_ASIDE_KEY, read.raw);
  return {
    scenario: sampleScenario(DEFAULT_SAMPLE.id, read.lang),
    lang: read.lang,
    units: read.units,
    notice: read.reason === 'newer' ? 'newer-saved-work' : 'unreadable-saved-work',
    keptAside: read.raw,
    openingSaved: false,
  };
}

/** True while saved work is unread or could not be kept aside: saving would destroy it. */
let savingHeld = false;
/** Large saved work, in its link form, still to be opened. */
let savedLink: Extract<SavedWorkRead, { kind: 'link' }> | null = null;

export const useAppStore = create<AppState>()((set, get) => ({
  ...initialState(),
  past: [],
  future: [],
  lastEdit: null,
  revision: 0,
  editScenario(next, fieldKey) {
    const { scenario, past, lastEdit } = get();
    if (next === scenario) return;
    const now = Date.now();
    const coalesce = lastEdit !== null && lastEdit.key === fieldKey && now - lastEdit.at < COALESCE_MS;
    set({
      scenario: next,
      past: coalesce ? past : pushPast(past, scenario),
      future: [],
      lastEdit: { key: fieldKey, at: now },
    });
  },
  replaceScenario(next, options) {
    const { scenario, past, revision } = get();
    set({ scenario: next, past: options?.fresh ? [] : pushPast(past, scenario), future: [], lastEdit: null, revision: revision + 1 });
  },
  undo() {
    const { scenario, past, future, revision } = get();
    const previous = past[past.length - 1];
    if (previous === undefined) return;
    set({ scenario: previous, past: past.slice(0, -1), future: [scenario, ...future], lastEdit: null, revision: revision + 1 });
  },
  redo() {
    const { scenario, past, future, revision } = get();
    const next = future[0];
    if (next === undefined) return;
    set({ scenario: next, past: pushPast(past, scenario), future: future.slice(1), lastEdit: null, revision: revision + 1 });
  },
  loadSample(id) {
    get().replaceScenario(sampleScenario(id, get().lang));
  },
  setLang: (lang) => set({ lang }),
  setUnits: (units) => set({ units }),
  dismissNotice() {
    const { notice } = get();
    if (notice === 'unreadable-saved-work' || notice === 'newer-saved-work') {
      storage()?.removeItem(KEPT_ASIDE_KEY);
      savingHeld = false;
      set({ notice: null, keptAside: null });
      scheduleSave();
    } else set({ notice: null });
  },
}));

let timer: ReturnType<typeof setTimeout> | undefined;
let dirty = false;

/** Writes a save; a refusal (quota) is said at once, and said no more once a save succeeds. */
function write(text: string): void {
  const saved = tryWrite(SAVED_WORK_KEY, text);
  const { notice } = useAppStore.getState();
  // The older saved work stays when a save fails; a reload would bring it back, so the person is told.
  if (!saved && notice !== 'storage-full') useAppStore.setState({ notice: 'storage-full' });
  else if (saved && notice === 'storage-full') useAppStore.setState({ notice: null });
}

/** The share codec, kept once loaded: a page leaving with large unsaved work encodes it at once. */
let codec: typeof import('../../share/link-codec') | null = null;

/** Large work is written by the compute worker as its link; a save replaced by a newer one writes nothing. */
async function saveLarge(): Promise<void> {
  const { scenario, lang, units } = useAppStore.getState();
  void import('../../share/link-codec').then((m) => (codec = m));
  try {
    const { compute } = await import('../worker/compute-client');
    const text = await compute.run({ type: 'saved-text', lang, units }, scenario);
    if (text !== null && !savingHeld) write(text);
  } catch {
    write(savedWorkText({ scenario, lang, units }));
  }
}

/**
 * Writes the work (after a pause in editing, or now when the page is left). Work of thousands of VMs
 * goes through the worker, except when the page is being left, which cannot wait for it.
 */
export function flushSave(leaving = false): void {
  clearTimeout(timer);
  if (!dirty || savingHeld) return;
  dirty = false;
  const { scenario, lang, units } = useAppStore.getState();
  if (scenario.vms.length < SAVE_AS_LINK_VMS) return write(savedWorkText({ scenario, lang, units }));
  if (!leaving) return void saveLarge();
  let text: string;
  try {
    text = codec ? savedLinkText(codec.shareFragment(scenario).replace(/^#s=/, ''), lang, units) : savedWorkText({ scenario, lang, units });
  } catch {
    text = savedWorkText({ scenario, lang, units });
  }
  write(text);
}

function scheduleSave() {
  dirty = true;
  clearTimeout(timer);
  timer = setTimeout(flushSave, SAVE_DELAY_MS);
}

useAppStore.subscribe((now, before) => {
  if (now.scenario !== before.scenario || now.lang !== before.lang || now.units !== before.units) scheduleSave();
});

/** Large saved work opens like a link, in the worker, with its progress said; what cannot be read is kept aside. */
async function openSavedLink(saved: Extract<SavedWorkRead, { kind: 'link' }>): Promise<void> {
  const result = await runBusy('open-saved-work', async () => {
    const { compute } = await import('../worker/compute-client');
    return compute.run({ type: 'open-link', text: saved.link, lang: saved.lang });
  }).catch(() => null);
  if (result?.ok) {
    savingHeld = false;
    useAppStore.getState().replaceScenario(result.scenario, { fresh: true });
    useAppStore.setState({ openingSaved: false });
    return;
  }
  savingHeld = !tryWrite(KEPT_ASIDE_KEY, saved.raw);
  useAppStore.setState({ notice: 'unreadable-saved-work', keptAside: saved.raw, openingSaved: false });
}

if (typeof window !== 'undefined') {
  window.addEventListener('pagehide', () => flushSave(true));
  document.addEventListener('visibilitychange', () => document.visibilityState === 'hidden' && flushSave(true));
  if (savedLink !== null) void openSavedLink(savedLink);
}
