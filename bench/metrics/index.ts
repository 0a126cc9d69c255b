import type { Metric } from '../lib/result';
import { cachedStart } from './cached-start';
import { catalogRefresh } from './catalog-refresh';
import { localBridge } from './local-bridge';
import { coreMemory } from './core-memory';
import { pushedVsPolling } from './pushed-vs-polling';
import { remoteStatus } from './remote-status';
import { rendererFilter } from './renderer-filter';
import { rendererFirstPaint } from './renderer-first-paint';
import { webHostStart } from './web-host-start';

/** In issue 10's order; each runs alone. */
export const METRICS: Metric[] = [
  catalogRefresh,
  cachedStart,
  rendererFilter,
  remoteStatus,
  localBridge,
  pushedVsPolling,
  coreMemory,
  webHostStart,
  rendererFirstPaint,
];
