import { BatonError } from '../../shared/errors';
import { said } from '../../shared/message-parts';
import { collectionOf, type AnswerSchema, type Collection } from './row-checks';
import { checkAnswer, type OrchestratorClient, type OrchestratorRequest } from './orchestrator-client';

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

/** A page's envelope only (count and row list), its rows left for later: what the count needs. */
const envelope = collectionOf<unknown>({ safeParse: (value) => ({ success: true, data: value }) });

/** The first page of a listing (with the count), its rows not checked yet: see askFirstPage. */
export type FirstPage = Promise<Collection<unknown>>;

/**
 * The first page of `listAll(client, request, …)`, asked on its own: a caller may ask it before it
 * knows whether it will list (and hand it to listAll then). Its failure is the listing's, when it lists.
 */
export function askFirstPage(client: OrchestratorClient, request: OrchestratorRequest, pageSize = MAX_PAGE_SIZE): FirstPage {
  const top = Math.min(pageSize, MAX_PAGE_SIZE);
  const first = client.request({ ...request, query: { ...request.query, $top: top, $skip: 0, $count: true } }, envelope);
  first.catch(() => {});
  return first;
}

/**
 * Every row of an OData collection: the first page asks for `@odata.count`, then all the other
 * pages go out at once (the client's concurrency limit paces them), so N rows cost
 * 1 + ceil(N / pageSize) - 1 requests in two round trips instead of a sequential walk. The other
 * pages go out as soon as the first page's count is read; its rows are checked (and turned by
 * `item`) while they are on the way, not before they are asked for.
 */
export async function listAll<T>(
  client: OrchestratorClient,
  request: OrchestratorRequest,
  item: AnswerSchema<T>,
  options: { pageSize?: number; first?: FirstPage } = {},
): Promise<T[]> {
  const top = Math.min(options.pageSize ?? MAX_PAGE_SIZE, MAX_PAGE_SIZE);
  const schema = collectionOf(item);
  const page = (skip: number) => client.request({ ...request, query: { ...request.query, $top: top, $skip: skip } }, schema);
  const first = await (options.first ?? askFirstPage(client, request, top));
  const total = first['@odata.count'];
  if (total !== undefined && total > MAX_LISTED_ROWS) throw tooManyRows(request.path);
  const skips: number[] = [];
  if (total !== undefined) for (let skip = top; skip < total; skip += top) skips.push(skip);
  const others = Promise.all(skips.map(page));
  // Awaited below; when the first page's rows fail their check, that is the error, and the others are let go.
  others.catch(() => {});
  const rows = checkAnswer(first, schema, request.path).value;
  if (total === undefined) {
    // A server that ignores $count: walk on while pages come back full.
    let skip = top;
    let last = first.value.length;
    while (last === top) {
      if (rows.length >= MAX_LISTED_ROWS) throw tooManyRows(request.path);
      const next = await page(skip);
      rows.push(...next.value);
      last = next.value.length;
      skip += top;
    }
    return rows;
  }
  for (const p of await others) rows.push(...p.value);
  return rows;
}
