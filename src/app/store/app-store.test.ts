import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseScenario, type Scenario } from '../../engine';
import { MemoryStorage } from '../../test-support/memory-storage';
import { scenarioInput } from '../../test-support/scenario-builder';
import { KEPT_ASIDE_KEY, SAVED_WORK_KEY, savedWorkText } from './saved-work';

/** A fresh store module over the given browser storage, as a page load would start it. */
async function loadStore(storage: MemoryStorage) {
  vi.stubGlobal('localStorage', storage);
  vi.resetModules();
  return import('./app-store');
}

const named = (name: string, notes = ''): Scenario => {
  const r = parseScenario({ ...scenarioInput(), name, notes });
  if (!r.ok) throw new Error('builder');
  return r.scenario;
};

beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('undo and redo', () => {
  it('edits of one field within 1.2 s are one step; another field or a pause starts a new one', async () => {
    const { useAppStore, COALESCE_MS } = await loadStore(new MemoryStorage());
    const s = useAppStore.getState();
    const start = s.scenario;
    s.editScenario(named('a'), 'name');
    vi.advanceTimersByTime(COALESCE_MS - 100);
    useAppStore.getState().editScenario(named('ab'), 'name');
    useAppStore.getState().editScenario(named('ab2'), 'notes');
    vi.advanceTimersByTime(COALESCE_MS + 1);
    useAppStore.getState().editScenario(named('ab3'), 'notes');
    expect(useAppStore.getState().past.map((p) => p.name)).toEqual([start.name, 'ab', 'ab2']);
    useAppStore.getState().undo();
    useAppStore.getState().undo();
    expect(useAppStore.getState().scenario.name).toBe('ab');
    useAppStore.getState().redo();
    expect(useAppStore.getState().scenario.name).toBe('ab2');
    useAppStore.getState().undo();
    useAppStore.getState().undo();
    expect(useAppStore.getState().scenario).toBe(start);
    expect(useAppStore.getState().past).toEqual([]);
  });

  it('a whole replacement is one step and resets the form; a new edit clears redo', async () => {
    const { useAppStore } = await loadStore(new MemoryStorage());
    const revision = useAppStore.getState().revision;
    useAppStore.getState().replaceScenario(named('file'));
    expect(useAppStore.getState().revision).toBe(revision + 1);
    useAppStore.getState().undo();
    expect(useAppStore.getState().future.map((f) => f.name)).toEqual(['file']);
    useAppStore.getState().editScenario(named('mine'), 'name');
    expect(useAppStore.getState().future).toEqual([]);
  });
});

describe('saved work', () => {
  it('is restored on load and saved a moment after an edit', async () => {
    const storage = new MemoryStorage();
    storage.setItem(SAVED_WORK_KEY, savedWorkText({ scenario: named('saved'), lang: 'en', units: 'decimal' }));
    const { useAppStore, SAVE_DELAY_MS } = await loadStore(storage);
    expect(useAppStore.getState()).toMatchObject({ lang: 'en', units: 'decimal', notice: null });
    expect(useAppStore.getState().scenario.name).toBe('saved');
    useAppStore.getState().editScenario(named('edited'), 'name');
    expect(JSON.parse(storage.getItem(SAVED_WORK_KEY)!).state.scenario.name).toBe('saved');
    vi.advanceTimersByTime(SAVE_DELAY_MS);
    expect(JSON.parse(storage.getItem(SAVED_WORK_KEY)!).state.scenario.name).toBe('edited');
  });

  for (const [what, raw, notice] of [
    ['damaged', '{not json', 'unreadable-saved-work'],
    ['invalid', JSON.stringify({ state: { scenario: { format: 'x' } }, version: 1 }), 'unreadable-saved-work'],
    ['newer', JSON.stringify({ state: { scenario: scenarioInput() }, version: 9 }), 'newer-saved-work'],
  ] as const) {
    it(`${what} work is kept aside, survives the first edit, and goes only when dismissed`, async () => {
      const storage = new MemoryStorage();
      storage.setItem(SAVED_WORK_KEY, raw);
      const { useAppStore, SAVE_DELAY_MS } = await loadStore(storage);
      expect(useAppStore.getState()).toMatchObject({ notice, keptAside: raw });
      expect(storage.getItem(KEPT_ASIDE_KEY)).toBe(raw);
      useAppStore.getState().editScenario(named('new work'), 'name');
      vi.advanceTimersByTime(SAVE_DELAY_MS);
      expect(storage.getItem(KEPT_ASIDE_KEY)).toBe(raw);
      // Reloading still offers it.
      const again = await loadStore(storage);
      expect(again.useAppStore.getState()).toMatchObject({ notice: 'unreadable-saved-work', keptAside: raw });
      again.useAppStore.getState().dismissNotice();
      expect(storage.getItem(KEPT_ASIDE_KEY)).toBeNull();
      expect(again.useAppStore.getState().notice).toBeNull();
    });
  }

  it('unreadable work that cannot be kept aside is never overwritten', async () => {
    const raw = '{not json' + 'x'.repeat(100);
    const storage = new MemoryStorage(raw.length + SAVED_WORK_KEY.length + 10);
    storage.setItem(SAVED_WORK_KEY, raw);
    const { useAppStore, SAVE_DELAY_MS } = await loadStore(storage);
    useAppStore.getState().editScenario(named('new work'), 'name');
    vi.advanceTimersByTime(SAVE_DELAY_MS);
    expect(storage.getItem(SAVED_WORK_KEY)).toBe(raw);
  });

  it('a full storage is said at once, and no more once a save succeeds', async () => {
    const storage = new MemoryStorage(3000);
    const { useAppStore, SAVE_DELAY_MS } = await loadStore(storage);
    useAppStore.getState().editScenario(named('long notes', 'x'.repeat(5000)), 'notes');
    vi.advanceTimersByTime(SAVE_DELAY_MS);
    expect(useAppStore.getState().notice).toBe('storage-full');
    useAppStore.getState().editScenario(named('short'), 'name');
    vi.advanceTimersByTime(SAVE_DELAY_MS);
    expect(useAppStore.getState().notice).toBeNull();
  });
});
