import { describe, expect, it } from 'vitest';
import type { Catalog } from '../../../src/shared/contract/catalog';
import { arrivedEarlyCatalog, askCatalogEarly, takeEarlyCatalog } from '../../../src/renderer/features/processes/early-catalog';

const catalog = (refreshedAt: string): Catalog => ({
  profileId: 'p1',
  folders: [],
  processes: [],
  refreshedAt,
  source: 'server',
  isRefreshing: false,
});

/** The page's API as far as the early ask uses it: one `catalog.get` the test answers, and `catalog.changed`. */
function pageApi() {
  let answer: (value: Catalog) => void = () => {};
  let fail: (error: Error) => void = () => {};
  const listeners = new Set<(catalog: Catalog) => void>();
  let asked = 0;
  const api = {
    catalog: {
      get: () => {
        asked += 1;
        return new Promise<Catalog>((resolve, reject) => ((answer = resolve), (fail = reject)));
      },
    },
    on: (_event: 'catalog.changed', listener: (catalog: Catalog) => void) => (
      listeners.add(listener),
      () => void listeners.delete(listener)
    ),
  };
  return {
    api: api as unknown as Parameters<typeof askCatalogEarly>[0],
    answer: (value: Catalog) => answer(value),
    fail: (error: Error) => fail(error),
    changed: (value: Catalog) => listeners.forEach((listener) => listener(value)),
    asked: () => asked,
    listening: () => listeners.size,
  };
}

describe('the catalog asked for as the page starts', () => {
  it('is asked at once and handed to the Processes screen once; a later ask is the screen’s own', async () => {
    const page = pageApi();
    askCatalogEarly(page.api);
    expect(page.asked()).toBe(1);
    const taken = takeEarlyCatalog();
    expect(takeEarlyCatalog()).toBeUndefined();
    page.answer(catalog('2026-01-01T09:00:00Z'));
    expect(await taken).toEqual(catalog('2026-01-01T09:00:00Z'));
    expect(page.listening()).toBe(0);
  });

  // Catches: a refresh that ended while the first answer was on its way was lost until the next one.
  it('gives the newer catalog when one was announced while the first answer was on its way', async () => {
    const page = pageApi();
    askCatalogEarly(page.api);
    page.changed(catalog('2026-01-01T09:05:00Z'));
    const taken = takeEarlyCatalog();
    page.answer(catalog('2026-01-01T09:00:00Z'));
    expect((await taken!).refreshedAt).toBe('2026-01-01T09:05:00Z');
  });

  // The Processes screen's first render shows an answer that is already here: its rows paint a render sooner.
  it('can be looked at once it has arrived, newest first, without being taken', async () => {
    const page = pageApi();
    askCatalogEarly(page.api);
    expect(arrivedEarlyCatalog()).toBeUndefined();
    page.answer(catalog('2026-01-01T09:00:00Z'));
    await Promise.resolve();
    expect(arrivedEarlyCatalog()?.refreshedAt).toBe('2026-01-01T09:00:00Z');
    page.changed(catalog('2026-01-01T09:05:00Z'));
    expect(arrivedEarlyCatalog()?.refreshedAt).toBe('2026-01-01T09:05:00Z');
    expect((await takeEarlyCatalog()!).refreshedAt).toBe('2026-01-01T09:05:00Z');
    expect(arrivedEarlyCatalog()).toBeUndefined();
  });

  it('passes a failure on to the screen, which shows it and may retry', async () => {
    const page = pageApi();
    askCatalogEarly(page.api);
    page.fail(new Error('the core is not there'));
    await expect(takeEarlyCatalog()).rejects.toThrow('the core is not there');
    expect(page.listening()).toBe(0);
  });
});
