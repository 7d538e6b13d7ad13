import { create } from 'zustand';
import type { MessageKey } from '../../i18n/messages';

/** The slow things worth saying out loud at large sizes (an 8,000-VM file or link takes a noticeable moment). */
export type BusyKind = 'open-file' | 'open-link' | 'save-file' | 'open-saved-work' | 'save-csv';

export const BUSY_WORDS: Record<BusyKind, MessageKey> = {
  'open-file': 'busyOpenFile',
  'open-link': 'busyOpenLink',
  'save-file': 'busySaveFile',
  'open-saved-work': 'busyOpenSavedWork',
  'save-csv': 'busySaveCsv',
};

interface BusyState {
  /** Every piece of work under way, oldest first; the newest is the one shown. */
  running: { id: number; kind: BusyKind }[];
}

export const useBusy = create<BusyState>(() => ({ running: [] }));

/** What the status shows now, or null when nothing is under way. */
export const selectBusyKind = (s: BusyState): BusyKind | null => s.running.at(-1)?.kind ?? null;

/**
 * A hidden tab never paints, so requestAnimationFrame would wait until it is shown; past this the
 * work goes ahead unannounced rather than stalling.
 */
const PAINT_WAIT_MAX_MS = 100;

/** Resolves once the browser has painted what was just set: after the next frame, then a macrotask. */
function afterPaint(): Promise<void> {
  return new Promise((resolve) => {
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      clearTimeout(fallback);
      resolve();
    };
    const fallback = setTimeout(finish, PAINT_WAIT_MAX_MS);
    // The frame callback runs before that frame's paint; the macrotask after it runs once it is on screen.
    if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(finish, 0));
    else setTimeout(finish, 0);
  });
}

let nextId = 0;

/**
 * Runs work that may block the page for a moment, with a message on screen while it runs: the
 * message is painted before the work starts (synchronous parsing would otherwise block the very
 * render that shows it) and taken away however the work ends. Failures pass through untouched.
 */
export async function runBusy<T>(kind: BusyKind, work: () => T | Promise<T>): Promise<T> {
  const id = ++nextId;
  useBusy.setState((s) => ({ running: [...s.running, { id, kind }] }));
  try {
    await afterPaint();
    return await work();
  } finally {
    useBusy.setState((s) => ({ running: s.running.filter((r) => r.id !== id) }));
  }
}
