import type { BatonApi } from '../../../shared/api';
import type { Catalog } from '../../../shared/contract/catalog';

/**
 * The catalog asked for as the page's script starts (main.tsx), so the largest answer travels in
 * the first wave of calls instead of after the screens that show it have mounted (docs/performance.md,
 * renderer first paint). The Processes screen takes it once; a `catalog.changed` seen meanwhile is
 * newer than the answer and wins, as `useLiveValue` would have it.
 */
let early: { answer: Promise<Catalog>; arrived?: Catalog; newer?: Catalog; stop(): void } | undefined;

export function askCatalogEarly(api: Pick<BatonApi, 'catalog' | 'on'>): void {
  const answer = api.catalog.get();
  // Nobody may take it (the page opened elsewhere): a failure then is not an unhandled one.
  answer.catch(() => {});
  const held: NonNullable<typeof early> = { answer, stop: () => {} };
  answer.then((catalog) => (held.arrived = catalog)).catch(() => {});
  held.stop = api.on('catalog.changed', (catalog) => (held.newer = catalog));
  early = held;
}

/**
 * The early answer if it has already arrived (a newer `catalog.changed` over it), without taking
 * it: the Processes screen's first render shows it, so rows paint without waiting for a render
 * more (docs/performance.md, renderer first paint). `takeEarlyCatalog` still hands it over.
 */
export function arrivedEarlyCatalog(): Catalog | undefined {
  return early && (early.newer ?? early.arrived);
}

/** The early answer, once; afterwards (a retry, a reconnect) undefined, and the caller asks itself. */
export function takeEarlyCatalog(): Promise<Catalog> | undefined {
  const held = early;
  if (!held) return undefined;
  early = undefined;
  return held.answer.then(
    (answer) => {
      held.stop();
      return held.newer ?? answer;
    },
    (error: unknown) => {
      held.stop();
      throw error;
    },
  );
}
