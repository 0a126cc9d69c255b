/**
 * A small parser for the OData `$filter` subset the sandbox serves: comparisons, and/or/not,
 * `in (...)`, contains/startswith/endswith/tolower/toupper, parentheses, and string, number,
 * boolean, null, GUID and datetime literals (reference/orchestrator-api.md §3.2).
 */
export type Literal =
  | { kind: 'string'; value: string }
  | { kind: 'number'; value: number }
  | { kind: 'boolean'; value: boolean }
  | { kind: 'null' }
  | { kind: 'guid'; value: string }
  | { kind: 'datetime'; value: number; text: string };

export type CompareOp = 'eq' | 'ne' | 'gt' | 'ge' | 'lt' | 'le';
export type FunctionName = 'contains' | 'startswith' | 'endswith' | 'tolower' | 'toupper';

export type FilterNode =
  | { type: 'literal'; literal: Literal }
  | { type: 'property'; path: string[] }
  | { type: 'compare'; op: CompareOp; left: FilterNode; right: FilterNode }
  | { type: 'logical'; op: 'and' | 'or'; left: FilterNode; right: FilterNode }
  | { type: 'not'; operand: FilterNode }
  | { type: 'in'; left: FilterNode; list: Literal[] }
  | { type: 'call'; name: FunctionName; args: FilterNode[] };

export class FilterSyntaxError extends Error {}

type Token =
  | { t: 'lit'; literal: Literal; pos: number }
  | { t: 'ident'; value: string; pos: number }
  | { t: 'punct'; value: '(' | ')' | ',' | '/'; pos: number }
  | { t: 'end'; pos: number };

const GUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}(?![0-9A-Za-z-])/;
const DATETIME = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?(?![0-9A-Za-z])/;
const NUMBER = /^-?\d+(\.\d+)?([eE][+-]?\d+)?[LlMmDdFf]?(?![0-9A-Za-z.])/;
const IDENT = /^[A-Za-z_][A-Za-z0-9_.]*/;
const TYPED = /^(guid|datetime|datetimeoffset)'([^']*)'/i;

const COMPARE_OPS = new Set(['eq', 'ne', 'gt', 'ge', 'lt', 'le']);
const FUNCTIONS = new Set(['contains', 'startswith', 'endswith', 'tolower', 'toupper']);
const MAX_EXPRESSIONS = 100;

function dateLiteral(text: string, pos: number): Literal {
  const value = Date.parse(text);
  if (Number.isNaN(value)) throw new FilterSyntaxError(`Invalid datetime literal '${text}' at position ${pos}.`);
  return { kind: 'datetime', value, text };
}

export function tokenize(input: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < input.length) {
    const ch = input[i]!;
    const rest = input.slice(i);
    if (/\s/.test(ch)) {
      i += 1;
    } else if (ch === '(' || ch === ')' || ch === ',' || ch === '/') {
      tokens.push({ t: 'punct', value: ch, pos: i });
      i += 1;
    } else if (ch === "'") {
      let value = '';
      let j = i + 1;
      for (;;) {
        if (j >= input.length) throw new FilterSyntaxError(`Unterminated string literal at position ${i}.`);
        if (input[j] === "'") {
          if (input[j + 1] === "'") {
            value += "'";
            j += 2;
            continue;
          }
          break;
        }
        value += input[j];
        j += 1;
      }
      tokens.push({ t: 'lit', literal: { kind: 'string', value }, pos: i });
      i = j + 1;
    } else {
      const guid = GUID.exec(rest);
      const typed = TYPED.exec(rest);
      const date = DATETIME.exec(rest);
      const num = NUMBER.exec(rest);
      const ident = IDENT.exec(rest);
      if (guid) {
        tokens.push({ t: 'lit', literal: { kind: 'guid', value: guid[0].toLowerCase() }, pos: i });
        i += guid[0].length;
      } else if (typed) {
        const [, kind = '', text = ''] = typed;
        const literal: Literal = kind.toLowerCase() === 'guid' ? { kind: 'guid', value: text.toLowerCase() } : dateLiteral(text, i);
        tokens.push({ t: 'lit', literal, pos: i });
        i += typed[0].length;
      } else if (date && date[0].length > 4 && date[0].includes('-')) {
        tokens.push({ t: 'lit', literal: dateLiteral(date[0], i), pos: i });
        i += date[0].length;
      } else if (num) {
        tokens.push({ t: 'lit', literal: { kind: 'number', value: Number(num[0].replace(/[LlMmDdFf]$/, '')) }, pos: i });
        i += num[0].length;
      } else if (ident) {
        const word = ident[0];
        if (word === 'true' || word === 'false') tokens.push({ t: 'lit', literal: { kind: 'boolean', value: word === 'true' }, pos: i });
        else if (word === 'null') tokens.push({ t: 'lit', literal: { kind: 'null' }, pos: i });
        else tokens.push({ t: 'ident', value: word, pos: i });
        i += word.length;
      } else {
        throw new FilterSyntaxError(`Syntax error at position ${i} in '${input}'.`);
      }
    }
  }
  tokens.push({ t: 'end', pos: input.length });
  return tokens;
}

export function parseFilter(input: string): FilterNode {
  const tokens = tokenize(input);
  let index = 0;
  let expressions = 0;
  const peek = (): Token => tokens[index]!;
  const next = (): Token => tokens[index++]!;
  const isWord = (tok: Token, word: string): boolean => tok.t === 'ident' && tok.value === word;
  const expectPunct = (value: string): void => {
    const tok = next();
    if (tok.t !== 'punct' || tok.value !== value) throw new FilterSyntaxError(`Expected '${value}' at position ${tok.pos} in '${input}'.`);
  };

  const parseOr = (): FilterNode => {
    let left = parseAnd();
    while (isWord(peek(), 'or')) {
      next();
      left = { type: 'logical', op: 'or', left, right: parseAnd() };
    }
    return left;
  };
  const parseAnd = (): FilterNode => {
    let left = parseNot();
    while (isWord(peek(), 'and')) {
      next();
      left = { type: 'logical', op: 'and', left, right: parseNot() };
    }
    return left;
  };
  const parseNot = (): FilterNode => {
    if (isWord(peek(), 'not')) {
      next();
      return { type: 'not', operand: parseNot() };
    }
    return parseComparison();
  };
  const parseComparison = (): FilterNode => {
    const left = parsePrimary();
    const tok = peek();
    if (tok.t === 'ident' && COMPARE_OPS.has(tok.value)) {
      next();
      expressions += 1;
      if (expressions > MAX_EXPRESSIONS) throw new FilterSyntaxError(`The filter has more than ${MAX_EXPRESSIONS} expressions.`);
      return { type: 'compare', op: tok.value as CompareOp, left, right: parsePrimary() };
    }
    if (isWord(tok, 'in')) {
      next();
      expectPunct('(');
      const list: Literal[] = [];
      for (;;) {
        const item = next();
        if (item.t !== 'lit') throw new FilterSyntaxError(`Expected a literal in the 'in' list at position ${item.pos}.`);
        list.push(item.literal);
        const sep = next();
        if (sep.t === 'punct' && sep.value === ')') break;
        if (sep.t !== 'punct' || sep.value !== ',') throw new FilterSyntaxError(`Expected ',' or ')' at position ${sep.pos}.`);
      }
      expressions += 1;
      return { type: 'in', left, list };
    }
    return left;
  };
  const parsePrimary = (): FilterNode => {
    const tok = next();
    if (tok.t === 'punct' && tok.value === '(') {
      const inner = parseOr();
      expectPunct(')');
      return inner;
    }
    if (tok.t === 'lit') return { type: 'literal', literal: tok.literal };
    if (tok.t === 'ident') {
      const after = peek();
      if (after.t === 'punct' && after.value === '(') {
        const name = tok.value.toLowerCase();
        if (!FUNCTIONS.has(name)) throw new FilterSyntaxError(`Unknown function '${tok.value}'.`);
        next();
        const args: FilterNode[] = [parseOr()];
        while (peek().t === 'punct' && (peek() as { value: string }).value === ',') {
          next();
          args.push(parseOr());
        }
        expectPunct(')');
        const arity = name === 'tolower' || name === 'toupper' ? 1 : 2;
        if (args.length !== arity) throw new FilterSyntaxError(`The function '${name}' takes ${arity} argument(s).`);
        return { type: 'call', name: name as FunctionName, args };
      }
      const path = [tok.value];
      while (peek().t === 'punct' && (peek() as { value: string }).value === '/') {
        next();
        const seg = next();
        if (seg.t !== 'ident') throw new FilterSyntaxError(`Expected a property name at position ${seg.pos}.`);
        path.push(seg.value);
      }
      return { type: 'property', path };
    }
    throw new FilterSyntaxError(`Unexpected ${tok.t === 'end' ? 'end of filter' : `token at position ${tok.pos}`} in '${input}'.`);
  };

  const tree = parseOr();
  const end = peek();
  if (end.t !== 'end') throw new FilterSyntaxError(`Unexpected token at position ${end.pos} in '${input}'.`);
  return tree;
}
