import { create } from 'zustand';
import { persist, type PersistStorage, type StorageValue } from 'zustand/middleware';
import { parseScenario, type Lang, type Scenario, type UnitSystem } from '../../engine';
import { DEFAULT_SAMPLE, SAMPLES } from '../../scenario/samples';

/** How many steps undo goes back. */
const HISTORY_LIMIT = 100;
/** Keystrokes in one field within this time are one undo step. */
const COALESCE_MS = 1200;

/** corrupted-storage: saved work could not be read; storage-full: the browser refused to save the work. */
export type Notice = 'corrupted-storage' | 'storage-full';

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
  /** An edit from the form; edits of the same field in quick succession are one undo step. */
  editScenario(next: Scenario, fieldKey: string): void;
  /** A whole new scenario (sample, file, link, a header control): one undo step, the form resets. */
  replaceScenario(next: Scenario): void;
  undo(): void;
  redo(): void;
  loadSample(id: string): void;
  setLang(lang: Lang): void;
  setUnits(units: UnitSystem): void;
  dismissNotice(): void;
}

export function sampleScenario(id: string, lang: Lang): Scenario {
  const sample = SAMPLES.find((s) => s.id === id) ?? DEFAULT_SAMPLE;
  const parsed = parseScenario(sample.build(lang));
  if (!parsed.ok) throw new Error(`sample ${sample.id} is invalid: ${parsed.problems[0]?.message}`);
  return parsed.scenario;
}

const pushPast = (past: Scenario[], s: Scenario) => [...past.slice(-(HISTORY_LIMIT - 1)), s];

interface Persisted {
  scenario: unknown;
  lang: unknown;
  units: unknown;
}

export const STORAGE_KEY = 'hyperv-backup-sizer';

/** Saved text that is not JSON reads as a scenario that fails validation, so `merge` reports it. */
const UNREADABLE: StorageValue<Persisted> = { state: { scenario: 'unreadable', lang: 'ja', units: 'binary' }, version: 1 };
const SAVE_DELAY_MS = 300;

/** Set once the store exists: a save the browser refuses (quota, a very large scenario) is said at once. */
let saveOutcome: (saved: boolean) => void = () => {};

/**
 * localStorage, read tolerantly and written after a short pause: serializing a thousand VMs on
 * every keystroke would cost more than the keystroke's own work. Pending work is written when the
 * page is hidden or closed.
 */
function browserStorage(): PersistStorage<Persisted> {
  let pending: { name: string; value: StorageValue<Persisted> } | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const flush = () => {
    clearTimeout(timer);
    if (pending === null) return;
    const { name, value } = pending;
    pending = null;
    try {
      localStorage.setItem(name, JSON.stringify(value));
      saveOutcome(true);
    } catch {
      // QuotaExceededError (or storage disabled): the older saved work stays, and the person is told
      // so and offered the file, since a reload would bring that older work back.
      saveOutcome(false);
    }
  };
  if (typeof window !== 'undefined') {
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', () => document.visibilityState === 'hidden' && flush());
  }
  return {
    getItem(name) {
      const raw = localStorage.getItem(name);
      if (raw === null) return null;
      try {
        return JSON.parse(raw) as StorageValue<Persisted>;
      } catch {
        return UNREADABLE;
      }
    },
    setItem(name, value) {
      pending = { name, value };
      clearTimeout(timer);
      timer = setTimeout(flush, SAVE_DELAY_MS);
    },
    removeItem(name) {
      pending = null;
      localStorage.removeItem(name);
    },
  };
}

export const useAppStore = create<AppState>()(
  persist(
    (set, get) => ({
      scenario: sampleScenario(DEFAULT_SAMPLE.id, 'ja'),
      past: [],
      future: [],
      lastEdit: null,
      revision: 0,
      lang: 'ja',
      units: 'binary',
      notice: null,
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
      replaceScenario(next) {
        const { scenario, past, revision } = get();
        set({ scenario: next, past: pushPast(past, scenario), future: [], lastEdit: null, revision: revision + 1 });
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
      dismissNotice: () => set({ notice: null }),
    }),
    {
      name: STORAGE_KEY,
      version: 1,
      storage: browserStorage(),
      partialize: (s) => ({ scenario: s.scenario, lang: s.lang, units: s.units }),
      // Nothing saved is trusted: the scenario is validated like a file, the settings checked.
      merge(persisted, current) {
        const saved = (persisted ?? {}) as Partial<Persisted>;
        const lang: Lang = saved.lang === 'en' ? 'en' : 'ja';
        const units: UnitSystem = saved.units === 'decimal' ? 'decimal' : 'binary';
        if (saved.scenario === undefined) return { ...current, lang, units, scenario: sampleScenario(DEFAULT_SAMPLE.id, lang) };
        const parsed = parseScenario(saved.scenario);
        if (parsed.ok) return { ...current, lang, units, scenario: parsed.scenario };
        return { ...current, lang, units, scenario: sampleScenario(DEFAULT_SAMPLE.id, lang), notice: 'corrupted-storage' };
      },
      migrate: (persisted) => persisted as Persisted,
    },
  ),
);

saveOutcome = (saved) => {
  const { notice } = useAppStore.getState();
  if (!saved && notice !== 'storage-full') useAppStore.setState({ notice: 'storage-full' });
  else if (saved && notice === 'storage-full') useAppStore.setState({ notice: null });
};
