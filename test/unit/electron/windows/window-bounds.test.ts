import { createMemorySettings } from '../../../../src/main/platform/memory';
import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import {
  createWindowBoundsKeeper,
  displayLayoutKey,
  readSavedBounds,
  restoreWindowBounds,
  WINDOW_BOUNDS_KEY,
  type BoundsWindow,
  type DisplayInfo,
} from '../../../../src/main/electron/windows/window-bounds';
import type { Clock, SettingsStore } from '../../../../src/main/platform';

const display = (id: number, x: number, width: number, height: number): DisplayInfo => ({
  id,
  scaleFactor: 1,
  bounds: { x, y: 0, width, height },
  workArea: { x, y: 0, width, height: height - 40 },
});
const laptop = display(1, 0, 1440, 900);
const monitor = display(2, 1440, 2560, 1440);
const defaults = { width: 1100, height: 760 };
const saved = (x: number, y: number, width = 1000, height = 700, isMaximized = false) => ({
  bounds: { x, y, width, height },
  isMaximized,
  savedAt: 1,
});

describe('restoring the window bounds', () => {
  it('restores bounds that lie wholly on a current display, maximized state included', () => {
    expect(restoreWindowBounds(saved(1600, 100, 1000, 700, true), [laptop, monitor], laptop, defaults)).toEqual({
      bounds: { x: 1600, y: 100, width: 1000, height: 700 },
      isMaximized: true,
    });
  });

  it('centres the saved size on the primary display when the saved place is gone (monitor unplugged)', () => {
    expect(restoreWindowBounds(saved(1600, 100), [laptop], laptop, defaults).bounds).toEqual({ x: 220, y: 80, width: 1000, height: 700 });
  });

  it('centres and shrinks to the primary work area when the window would stick out', () => {
    const small = display(1, 0, 800, 600);
    expect(restoreWindowBounds(saved(-50, 0), [small], small, defaults).bounds).toEqual({ x: 0, y: 0, width: 800, height: 560 });
  });

  it('opens at the default size, centred, when nothing was saved', () => {
    expect(restoreWindowBounds(undefined, [laptop], laptop, defaults)).toEqual({
      bounds: { x: 170, y: 50, width: 1100, height: 760 },
      isMaximized: false,
    });
  });

  it('names a display arrangement the same whatever order the displays are listed in', () => {
    expect(displayLayoutKey([laptop, monitor])).toBe(displayLayoutKey([monitor, laptop]));
    expect(displayLayoutKey([laptop])).not.toBe(displayLayoutKey([laptop, monitor]));
  });

  it('sets aside a stored value that does not parse and counts it as nothing saved', () => {
    const settings = createMemorySettings();
    settings.set(WINDOW_BOUNDS_KEY, { a: { bounds: { x: 'left' } } });
    expect(readSavedBounds(settings)).toEqual({});
    expect([...settings.setAside.keys()]).toEqual([WINDOW_BOUNDS_KEY]);
  });
});

function harness() {
  const data = new Map<string, unknown>();
  const settings: SettingsStore = {
    get: <T>(key: string) => data.get(key) as T,
    read: (key, schema) => {
      const parsed = schema.safeParse(data.get(key));
      return parsed.success ? parsed.data : undefined;
    },
    set: (key, value) => void data.set(key, value),
    delete: (key) => void data.delete(key),
    clear: () => data.clear(),
    location: 'memory',
  };
  let now = 1000;
  const timers = new Set<{ at: number; run: () => void }>();
  const clock: Clock = {
    now: () => now,
    setTimeout(run, ms) {
      const timer = { at: now + ms, run };
      timers.add(timer);
      return () => void timers.delete(timer);
    },
  };
  const advance = (ms: number) => {
    now += ms;
    for (const timer of [...timers]) {
      if (timer.at > now) continue;
      timers.delete(timer);
      timer.run();
    }
  };
  let displays = [laptop, monitor];
  const screen = { getAllDisplays: () => displays, getPrimaryDisplay: () => laptop };
  class FakeWindow extends EventEmitter {
    normal = { x: 1600, y: 100, width: 1000, height: 700 };
    maximized = false;
    getNormalBounds = () => this.normal;
    isMaximized = () => this.maximized;
    isDestroyed = () => false;
  }
  const window = new FakeWindow();
  const keeper = createWindowBoundsKeeper({ screen, settings, clock, delayMs: 500 });
  return { data, settings, keeper, window, advance, timers, useDisplays: (next: DisplayInfo[]) => (displays = next) };
}

describe('keeping the window bounds', () => {
  it('saves once after a burst of moves, when the injected clock passes the delay', () => {
    const { data, keeper, window, advance } = harness();
    keeper.track(window as unknown as BoundsWindow);
    window.emit('move');
    advance(300);
    window.normal = { x: 1700, y: 120, width: 1000, height: 700 };
    window.emit('resize');
    advance(300);
    expect(data.has(WINDOW_BOUNDS_KEY)).toBe(false);
    advance(200);
    expect(Object.values(data.get(WINDOW_BOUNDS_KEY) as object)).toEqual([{ bounds: window.normal, isMaximized: false, savedAt: 1800 }]);
  });

  it('remembers a place per display arrangement and restores the one for the current displays', () => {
    const { keeper, window, advance, useDisplays } = harness();
    keeper.track(window as unknown as BoundsWindow);
    window.emit('move');
    advance(500);
    useDisplays([laptop]);
    window.normal = { x: 100, y: 50, width: 900, height: 600 };
    window.maximized = true;
    window.emit('maximize');
    advance(500);
    expect(keeper.placement(defaults)).toEqual({ bounds: { x: 100, y: 50, width: 900, height: 600 }, isMaximized: true });
    useDisplays([laptop, monitor]);
    expect(keeper.placement(defaults)).toEqual({ bounds: { x: 1600, y: 100, width: 1000, height: 700 }, isMaximized: false });
  });

  it('saves at once on close and stops listening when disposed', () => {
    const { data, keeper, window, advance, timers } = harness();
    const untrack = keeper.track(window as unknown as BoundsWindow);
    window.emit('close');
    expect(data.has(WINDOW_BOUNDS_KEY)).toBe(true);
    data.clear();
    window.emit('move');
    untrack();
    expect(timers.size).toBe(0);
    window.emit('move');
    advance(1000);
    expect(data.has(WINDOW_BOUNDS_KEY)).toBe(false);
    expect(window.listenerCount('move') + window.listenerCount('close')).toBe(0);
  });
});
