import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { runBusy, selectBusyKind, useBusy } from './busy';

const shown = () => selectBusyKind(useBusy.getState());

describe('runBusy', () => {
  let frames: FrameRequestCallback[];
  beforeEach(() => {
    frames = [];
    vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => frames.push(cb));
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    useBusy.setState({ running: [] });
  });

  /** Lets the browser "paint": runs the frame callbacks, then the macrotask after them. */
  const paint = async () => {
    for (const cb of frames.splice(0)) cb(0);
    await new Promise((r) => setTimeout(r, 0));
  };

  it('shows the message before the work runs, and waits for a frame to paint it', async () => {
    const seen: (string | null)[] = [];
    const done = runBusy('open-file', () => {
      seen.push(shown());
      return 42;
    });
    expect(shown()).toBe('open-file');
    await new Promise((r) => setTimeout(r, 0));
    expect(seen).toEqual([]);
    await paint();
    await expect(done).resolves.toBe(42);
    expect(seen).toEqual(['open-file']);
    expect(shown()).toBeNull();
  });

  it('clears the message after asynchronous work succeeds', async () => {
    const done = runBusy('save-csv', async () => {
      await Promise.resolve();
      return 'csv';
    });
    await paint();
    await expect(done).resolves.toBe('csv');
    expect(shown()).toBeNull();
  });

  it('clears the message when the work throws, and passes the failure on', async () => {
    const done = runBusy('open-link', () => {
      throw new Error('unreadable');
    });
    // Watched before it fails: the failure arrives while the frame is painted.
    const failed = expect(done).rejects.toThrow('unreadable');
    await paint();
    await failed;
    expect(shown()).toBeNull();
  });

  it('shows the newest of overlapping work, and the older one until it ends', async () => {
    let finishFirst!: () => void;
    const first = runBusy('open-link', () => new Promise<void>((r) => (finishFirst = r)));
    await paint();
    const second = runBusy('save-file', () => undefined);
    expect(shown()).toBe('save-file');
    await paint();
    await second;
    expect(shown()).toBe('open-link');
    finishFirst();
    await first;
    expect(shown()).toBeNull();
  });

  it('goes ahead without a frame when the page does not paint (a hidden tab)', async () => {
    vi.useFakeTimers();
    try {
      const done = runBusy('open-saved-work', () => 'ok');
      await vi.advanceTimersByTimeAsync(100);
      await expect(done).resolves.toBe('ok');
      expect(shown()).toBeNull();
    } finally {
      vi.useRealTimers();
    }
  });
});
