import { FilterSyntaxError, type FilterNode, type Literal } from './filter-parser';

type Value = string | number | boolean | null | { date: number } | undefined;

const ISO = /^\d{4}-\d{2}-\d{2}T/;

function literalValue(lit: Literal): Value {
  switch (lit.kind) {
    case 'null':
      return null;
    case 'datetime':
      return { date: lit.value };
    default:
      return lit.value;
  }
}

function read(entity: Record<string, unknown>, path: string[]): Value {
  let current: unknown = entity;
  for (const segment of path) {
    if (current === null || typeof current !== 'object') return null;
    current = (current as Record<string, unknown>)[segment];
  }
  if (current === undefined) return null;
  if (typeof current === 'object' && current !== null) return JSON.stringify(current);
  return current as Value;
}

/** Orchestrator runs on SQL Server with a case-insensitive collation, so string comparisons ignore case. */
function compareValues(a: Value, b: Value): number | null {
  if (a === null || a === undefined || b === null || b === undefined) return null;
  const isDate = (v: Value): v is { date: number } => typeof v === 'object' && v !== null;
  if (isDate(a) || isDate(b)) {
    const toMs = (v: Value): number => (isDate(v) ? v.date : typeof v === 'string' && ISO.test(v) ? Date.parse(v) : NaN);
    const [x, y] = [toMs(a), toMs(b)];
    return Number.isNaN(x) || Number.isNaN(y) ? null : x - y;
  }
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'boolean' && typeof b === 'boolean') return Number(a) - Number(b);
  const [x, y] = [String(a).toLowerCase(), String(b).toLowerCase()];
  return x === y ? 0 : x < y ? -1 : 1;
}

function evaluate(node: FilterNode, entity: Record<string, unknown>): Value {
  switch (node.type) {
    case 'literal':
      return literalValue(node.literal);
    case 'property':
      return read(entity, node.path);
    case 'logical': {
      const left = evaluate(node.left, entity) === true;
      if (node.op === 'and') return left && evaluate(node.right, entity) === true;
      return left || evaluate(node.right, entity) === true;
    }
    case 'not':
      return evaluate(node.operand, entity) !== true;
    case 'in': {
      const left = evaluate(node.left, entity);
      return node.list.some((lit) => compareValues(left, literalValue(lit)) === 0);
    }
    case 'compare': {
      const left = evaluate(node.left, entity);
      const right = evaluate(node.right, entity);
      if (node.op === 'eq' || node.op === 'ne') {
        const isEqual = left === null || right === null ? left === right : compareValues(left, right) === 0;
        return node.op === 'eq' ? isEqual : !isEqual;
      }
      const order = compareValues(left, right);
      if (order === null) return false;
      return { gt: order > 0, ge: order >= 0, lt: order < 0, le: order <= 0 }[node.op];
    }
    case 'call': {
      const [first, second] = node.args.map((arg) => evaluate(arg, entity));
      if (node.name === 'tolower') return typeof first === 'string' ? first.toLowerCase() : null;
      if (node.name === 'toupper') return typeof first === 'string' ? first.toUpperCase() : null;
      if (typeof first !== 'string' || typeof second !== 'string') return false;
      const [haystack, needle] = [first.toLowerCase(), second.toLowerCase()];
      if (node.name === 'contains') return haystack.includes(needle);
      if (node.name === 'startswith') return haystack.startsWith(needle);
      return haystack.endsWith(needle);
    }
  }
}

/** Checks that every property the filter names exists on the entity type. */
export function assertKnownProperties(node: FilterNode, known: ReadonlySet<string>, typeName: string): void {
  const visit = (n: FilterNode): void => {
    if (n.type === 'property') {
      const head = n.path[0]!;
      if (!known.has(head)) throw new FilterSyntaxError(`Could not find a property named '${head}' on type '${typeName}'.`);
    } else if (n.type === 'compare' || n.type === 'logical') {
      visit(n.left);
      visit(n.right);
    } else if (n.type === 'not') visit(n.operand);
    else if (n.type === 'in') visit(n.left);
    else if (n.type === 'call') n.args.forEach(visit);
  };
  visit(node);
}

export function matchesFilter(node: FilterNode, entity: Record<string, unknown>): boolean {
  return evaluate(node, entity) === true;
}
