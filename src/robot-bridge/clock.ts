/** Time as the robot side sees it; tests pass a manual clock. Same shape as the app's Clock port. */
export interface BridgeClock {
  now(): number;
  setTimeout(callback: () => void, ms: number): () => void;
}

export const systemClock: BridgeClock = {
  now: () => Date.now(),
  setTimeout(callback, ms) {
    const handle = setTimeout(callback, ms);
    handle.unref?.();
    return () => clearTimeout(handle);
  },
};
