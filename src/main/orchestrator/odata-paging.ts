import { BatonError } from '../../shared/errors';
import { said } from '../../shared/message-parts';
import { collectionOf, type AnswerSchema } from './row-checks';
import type { OrchestratorClient, OrchestratorRequest } from './orchestrator-client';

/** Orchestrator refuses `$top` above 1000 (reference/orchestrator-api.md §3.2). */
export const MAX_PAGE_SIZE = 1000;
/** A hostile or broken server must not make Baton ask for (or hold) rows without end. */
export const MAX_LISTED_ROWS = 200_000;

function tooManyRows(path: string): BatonError {
  // The count as text: English says 200000, not 200,000.
  return BatonError.said('INTERNAL', said('serviceErrors.tooManyRows', { max: String(MAX_LISTED_ROWS), path }), {
    hint: said('serviceErrors.tooManyRowsHint'),
  });
}

/**
 * Every row of an OData collection: the first page asks for `@odata.count`, then all the other
 * pages go out at once (the client's concurrency limit paces them), so N rows cost
 * 1 + ceil(N / pageSize) - 1 requests in two round trips instead of a sequential walk.
 */
export async function listAll<T>(
  client: OrchestratorClient,
  request: OrchestratorRequest,
  item: AnswerSchema<T>,
  pageSize = MAX_PAGE_SIZE,
): Promise<T[]> {
  const top = Math.min(pageSize, MAX_PAGE_SIZE);
  const schema = collectionOf(item);
  const page = (skip: number, withCount: boolean) =>
    client.request({ ...request, query: { ...request.query, $top: top, $skip: skip, ...(withCount ? { $count: true } : {}) } }, schema);
  const first = await page(0, true);
  const total = first['@odata.count'];
  const rows = [...(first.value as T[])];
  if (total !== undefined && total > MAX_LISTED_ROWS) throw tooManyRows(request.path);
  if (total === undefined) {
    // A server that ignores $count: walk on while pages come back full.
    let skip = top;
    let last = first.value.length;
    while (last === top) {
      if (rows.length >= MAX_LISTED_ROWS) throw tooManyRows(request.path);
      const next = await page(skip, false);
      rows.push(...(next.value as T[]));
      last = next.value.length;
      skip += top;
    }
    return rows;
  }
  const skips: number[] = [];
  for (let skip = top; skip < total; skip += top) skips.push(skip);
  const pages = await Promise.all(skips.map((skip) => page(skip, false)));
  for (const p of pages) rows.push(...(p.value as T[]));
  return rows;
}
