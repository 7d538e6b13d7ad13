import { create } from 'zustand';
import type { Scenario } from '../../engine';
import { followViewEntry, leaveViewEntry, pushViewEntry } from '../hooks/view-history';
import { syncAddressBar } from '../share/link-state';

/**
 * The comparison on screen: the current scenario (unless a comparison link or "compare methods" set
 * the columns) beside up to two others.
 */
export interface CompareState {
  open: boolean;
  others: Scenario[];
  /** Whether the current scenario is the first column (not for a comparison link or method variants). */
  withCurrent: boolean;
  show(): Promise<void>;
  close(): void;
  add(s: Scenario): void;
  remove(index: number): void;
  replaceAll(scenarios: Scenario[]): void;
  setOther(index: number, s: Scenario): void;
}

/** Columns at most: the current scenario and two others (formats.md); method variants show all four. */
export const MAX_COLUMNS = 3;

export const useCompareState = create<CompareState>((set, get) => ({
  open: false,
  others: [],
  withCurrent: true,
  show: async () => {
    if (get().open) return;
    await syncAddressBar();
    pushViewEntry('comparison');
    set({ open: true });
  },
  close: () => {
    set({ open: false });
    // A comparison link in the address bar would open the comparison again: back to the work's own link.
    if (!leaveViewEntry('comparison') && location.hash.startsWith('#c=')) history.replaceState(null, '', location.pathname + location.search);
  },
  add: (s) => {
    const { others, withCurrent } = get();
    if (others.length + (withCurrent ? 1 : 0) < MAX_COLUMNS) set({ others: [...others, s] });
  },
  remove: (index) => {
    const others = get().others.filter((_, i) => i !== index);
    set({ others, withCurrent: get().withCurrent || others.length < 2 });
  },
  replaceAll: (scenarios) => set({ others: scenarios, withCurrent: false, open: true }),
  setOther: (index, s) => set({ others: get().others.map((o, i) => (i === index ? s : o)) }),
}));

if (typeof window !== 'undefined') followViewEntry('comparison', (onScreen) => useCompareState.setState({ open: onScreen }));
