import { errors } from '../errors';
import { FilterSyntaxError, parseFilter } from './filter-parser';
import { assertKnownProperties, matchesFilter } from './filter-eval';

export const MAX_TOP = 1000;
const KNOWN_OPTIONS = new Set(['$filter', '$top', '$skip', '$count', '$orderby', '$select', '$expand', '$format']);

export interface CollectionQuery {
  /** OData type name for error messages, e.g. `UiPath.Server.Configuration.OData.JobDto`. */
  typeName: string;
  /** Every property the DTO has (DTO builders always emit every key). */
  properties: ReadonlySet<string>;
  /** Navigation properties `$expand` may name. */
  expandable?: ReadonlySet<string>;
}

export interface QueryResult {
  items: Record<string, unknown>[];
  count: number | undefined;
  expand: Set<string>;
}

function invalid(message: string): never {
  throw errors.invalidRequest(`The query specified in the URI is not valid. ${message}`);
}

function parseNonNegativeInt(name: string, raw: string | null): number | undefined {
  if (raw === null) return undefined;
  if (!/^\d+$/.test(raw)) invalid(`Invalid value '${raw}' for ${name} query option found.`);
  return Number(raw);
}

function resolveName(name: string, known: ReadonlySet<string>, typeName: string): string {
  if (known.has(name)) return name;
  const match = [...known].find((k) => k.toLowerCase() === name.toLowerCase());
  if (!match) invalid(`Could not find a property named '${name}' on type '${typeName}'.`);
  return match;
}

export function parseExpand(params: URLSearchParams, query: CollectionQuery): Set<string> {
  const raw = params.get('$expand');
  const out = new Set<string>();
  if (!raw) return out;
  for (const part of raw
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)) {
    const name = [...(query.expandable ?? [])].find((k) => k.toLowerCase() === part.toLowerCase());
    if (!name) invalid(`Could not find a navigation property named '${part}' on type '${query.typeName}'.`);
    out.add(name);
  }
  return out;
}

export function assertKnownOptions(params: URLSearchParams): void {
  for (const key of params.keys()) {
    if (key.startsWith('$') && !KNOWN_OPTIONS.has(key)) invalid(`The query parameter '${key}' is not supported.`);
  }
}

/** Applies $filter, $orderby, $count, $skip, $top and $select to a whole collection. */
export function applyQuery(all: Record<string, unknown>[], params: URLSearchParams, query: CollectionQuery): QueryResult {
  assertKnownOptions(params);
  const top = parseNonNegativeInt('$top', params.get('$top'));
  if (top !== undefined && top > MAX_TOP) {
    invalid(`The limit of '${MAX_TOP}' for Top query has been exceeded. The value from the incoming request is '${top}'.`);
  }
  const skip = parseNonNegativeInt('$skip', params.get('$skip')) ?? 0;
  const countRaw = params.get('$count');
  if (countRaw !== null && countRaw !== 'true' && countRaw !== 'false') invalid(`'${countRaw}' is not a valid count option.`);
  const expand = parseExpand(params, query);

  let items = all;
  const filterText = params.get('$filter');
  if (filterText !== null && filterText.trim() !== '') {
    try {
      const tree = parseFilter(filterText);
      assertKnownProperties(tree, query.properties, query.typeName);
      items = items.filter((item) => matchesFilter(tree, item));
    } catch (error) {
      if (error instanceof FilterSyntaxError) invalid(error.message);
      throw error;
    }
  }

  const orderby = params.get('$orderby');
  if (orderby) {
    const keys = orderby.split(',').map((part) => {
      const [name = '', direction = 'asc', ...extra] = part.trim().split(/\s+/);
      if (extra.length > 0 || (direction !== 'asc' && direction !== 'desc')) invalid(`Invalid $orderby clause '${part.trim()}'.`);
      return { name: resolveName(name, query.properties, query.typeName), sign: direction === 'desc' ? -1 : 1 };
    });
    if (keys.length > 5) invalid('The number of clauses in $orderby query option exceeded the maximum number 5 allowed.');
    items = [...items].sort((a, b) => {
      for (const { name, sign } of keys) {
        const order = compareForSort(a[name], b[name]);
        if (order !== 0) return order * sign;
      }
      return 0;
    });
  }

  const count = countRaw === 'true' ? items.length : undefined;
  items = items.slice(skip, skip + (top ?? MAX_TOP));

  const select = params.get('$select');
  if (select) {
    const names = select.split(',').map((s) => resolveName(s.trim(), query.properties, query.typeName));
    for (const nav of expand) names.push(nav);
    items = items.map((item) => Object.fromEntries(names.map((n) => [n, item[n] ?? null])));
  }
  return { items, count, expand };
}

function compareForSort(a: unknown, b: unknown): number {
  if (a === b) return 0;
  if (a === null || a === undefined) return -1;
  if (b === null || b === undefined) return 1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  const [x, y] = [String(a).toLowerCase(), String(b).toLowerCase()];
  return x < y ? -1 : x > y ? 1 : 0;
}

/** `$select` on a single entity. */
export function selectOne(item: Record<string, unknown>, params: URLSearchParams, query: CollectionQuery): Record<string, unknown> {
  assertKnownOptions(params);
  const select = params.get('$select');
  if (!select) return item;
  const names = select.split(',').map((s) => resolveName(s.trim(), query.properties, query.typeName));
  return Object.fromEntries(names.map((n) => [n, item[n] ?? null]));
}
