import type { BrowserWindow, Rectangle } from 'electron';
import { z } from 'zod';
import type { Clock, Logger, SettingsStore } from '../../platform';

export const WINDOW_BOUNDS_KEY = 'shell.windowBounds';
/** Moves and resizes arrive many times a second; the last one within this time is saved. */
export const SAVE_DELAY_MS = 500;
/** Display arrangements remembered (laptop alone, docked, at the office…). */
const LAYOUTS_KEPT = 8;

export interface DisplayInfo {
  id: number;
  bounds: Rectangle;
  workArea: Rectangle;
  scaleFactor: number;
}

const rectangleSchema = z.object({
  x: z.number().int(),
  y: z.number().int(),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
});
const savedSchema = z.object({ bounds: rectangleSchema, isMaximized: z.boolean(), savedAt: z.number() });
const storeSchema = z.record(z.string().max(500), savedSchema);

export type SavedWindowBounds = z.infer<typeof savedSchema>;

export interface WindowPlacement {
  bounds: Rectangle;
  isMaximized: boolean;
}

/** Names an arrangement of displays, so each arrangement keeps its own window position. */
export function displayLayoutKey(displays: readonly DisplayInfo[]): string {
  return displays
    .map(({ bounds, scaleFactor }) => `${bounds.x},${bounds.y},${bounds.width}x${bounds.height}@${scaleFactor}`)
    .sort()
    .join('|');
}

const contains = (outer: Rectangle, inner: Rectangle) =>
  inner.x >= outer.x &&
  inner.y >= outer.y &&
  inner.x + inner.width <= outer.x + outer.width &&
  inner.y + inner.height <= outer.y + outer.height;

/**
 * Where the window opens: the saved bounds when they lie wholly on one of the current
 * displays; otherwise the saved (or default) size, shrunk to fit, centred on the primary display.
 */
export function restoreWindowBounds(
  saved: SavedWindowBounds | undefined,
  displays: readonly DisplayInfo[],
  primary: DisplayInfo,
  defaults: { width: number; height: number },
): WindowPlacement {
  if (saved && displays.some((display) => contains(display.workArea, saved.bounds)))
    return { bounds: saved.bounds, isMaximized: saved.isMaximized };
  const area = primary.workArea;
  const width = Math.min(saved?.bounds.width ?? defaults.width, area.width);
  const height = Math.min(saved?.bounds.height ?? defaults.height, area.height);
  return {
    bounds: { x: area.x + Math.round((area.width - width) / 2), y: area.y + Math.round((area.height - height) / 2), width, height },
    isMaximized: saved?.isMaximized ?? false,
  };
}

/** The stored positions, by display layout; anything that does not parse counts as nothing saved. */
export function readSavedBounds(settings: Pick<SettingsStore, 'read'>): Record<string, SavedWindowBounds> {
  return settings.read(WINDOW_BOUNDS_KEY, storeSchema) ?? {};
}

/** Adds this layout's bounds, keeping only the most recently used layouts. */
export function withSavedBounds(
  all: Record<string, SavedWindowBounds>,
  layout: string,
  entry: SavedWindowBounds,
): Record<string, SavedWindowBounds> {
  const entries = Object.entries({ ...all, [layout]: entry })
    .sort(([, a], [, b]) => b.savedAt - a.savedAt)
    .slice(0, LAYOUTS_KEPT);
  return Object.fromEntries(entries);
}

export interface ScreenApi {
  getAllDisplays(): DisplayInfo[];
  getPrimaryDisplay(): DisplayInfo;
}

export type BoundsWindow = Pick<BrowserWindow, 'getNormalBounds' | 'isMaximized' | 'isDestroyed' | 'on' | 'removeListener'>;

export interface WindowBoundsKeeper {
  /** Where the next window should open, for the current displays. */
  placement(defaults: { width: number; height: number }): WindowPlacement;
  /** Saves the window's bounds after moves and resizes; returns the disposer. */
  track(window: BoundsWindow): () => void;
}

export function createWindowBoundsKeeper(options: {
  screen: ScreenApi;
  settings: SettingsStore;
  clock: Clock;
  logger?: Logger;
  delayMs?: number;
}): WindowBoundsKeeper {
  const { screen, settings, clock } = options;
  const layout = () => displayLayoutKey(screen.getAllDisplays());
  return {
    placement(defaults) {
      return restoreWindowBounds(readSavedBounds(settings)[layout()], screen.getAllDisplays(), screen.getPrimaryDisplay(), defaults);
    },
    track(window) {
      let cancel: (() => void) | undefined;
      const save = () => {
        cancel = undefined;
        if (window.isDestroyed()) return;
        try {
          // Normal bounds: a maximized window reopens maximized over its own unmaximized place.
          const entry = { bounds: window.getNormalBounds(), isMaximized: window.isMaximized(), savedAt: clock.now() };
          settings.set(WINDOW_BOUNDS_KEY, withSavedBounds(readSavedBounds(settings), layout(), entry));
        } catch (error) {
          options.logger?.warn('The window position could not be saved', { error: String(error) });
        }
      };
      const schedule = () => {
        cancel?.();
        cancel = clock.setTimeout(save, options.delayMs ?? SAVE_DELAY_MS);
      };
      const events = ['move', 'resize', 'maximize', 'unmaximize'] as const;
      for (const event of events) window.on(event as 'move', schedule);
      // Closing hides the window; what it looked like then is saved at once.
      window.on('close', save);
      return () => {
        cancel?.();
        for (const event of events) window.removeListener(event as 'move', schedule);
        window.removeListener('close', save);
      };
    },
  };
}
