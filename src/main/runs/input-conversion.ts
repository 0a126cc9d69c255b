import type { ArgumentSchema } from '../../shared/contract/catalog';
import type { ArgumentType, LocalArgument } from '../../shared/robot-protocol';
import { BatonError } from '../../shared/errors';
import type { MessageText } from '../../shared/i18n';
import { inEnglish, said } from '../../shared/message-parts';

/** What is wrong with one input: a select key of `serviceErrors.inputProblem`. */
type Problem =
  | 'notArgument'
  | 'notArgumentNone'
  | 'required'
  | 'text'
  | 'integer'
  | 'number'
  | 'boolean'
  | 'datetime'
  | 'jsonList'
  | 'jsonObject'
  | 'json';

type Converted = { ok: true; value: unknown } | { ok: false; problem: Problem };

/** A local argument's type in words (`typeName`), which `inputProblem` says in the person's language. */
const LIST_TYPE = 'a list';
const OBJECT_TYPE = 'an object';

const BOOLEANS: Record<string, boolean> = { true: true, false: false, yes: true, no: false, '1': true, '0': false };

/** One value (typed from JSON, or text from a form or the command line) as the argument's kind wants it. */
function convert(arg: ArgumentSchema, raw: unknown): Converted {
  const text = typeof raw === 'string' ? raw.trim() : undefined;
  switch (arg.kind) {
    case 'string':
      if (typeof raw === 'string') return { ok: true, value: raw };
      if (typeof raw === 'number' || typeof raw === 'boolean') return { ok: true, value: String(raw) };
      return { ok: false, problem: 'text' };
    case 'integer': {
      const n = typeof raw === 'number' ? raw : text !== undefined && /^[-+]?\d+$/.test(text) ? Number(text) : NaN;
      return Number.isSafeInteger(n) ? { ok: true, value: n } : { ok: false, problem: 'integer' };
    }
    case 'number': {
      const n = typeof raw === 'number' ? raw : text !== undefined && text !== '' ? Number(text) : NaN;
      return Number.isFinite(n) ? { ok: true, value: n } : { ok: false, problem: 'number' };
    }
    case 'boolean': {
      if (typeof raw === 'boolean') return { ok: true, value: raw };
      const b = text === undefined ? undefined : BOOLEANS[text.toLowerCase()];
      return b === undefined ? { ok: false, problem: 'boolean' } : { ok: true, value: b };
    }
    case 'datetime': {
      const at = typeof raw === 'string' ? Date.parse(raw) : NaN;
      return Number.isNaN(at) ? { ok: false, problem: 'datetime' } : { ok: true, value: new Date(at).toISOString() };
    }
    case 'json': {
      if (typeof raw !== 'string') return { ok: true, value: raw };
      try {
        return { ok: true, value: JSON.parse(raw) };
      } catch {
        return { ok: false, problem: arg.typeName === LIST_TYPE ? 'jsonList' : arg.typeName === OBJECT_TYPE ? 'jsonObject' : 'json' };
      }
    }
  }
}

const ROBOT_KINDS: Record<ArgumentType, ArgumentSchema['kind']> = {
  string: 'string',
  number: 'number',
  integer: 'integer',
  boolean: 'boolean',
  datetime: 'datetime',
  object: 'json',
  array: 'json',
};

/** A local process's argument as a catalog argument, so one converter serves both targets. */
export function fromRobotArgument(arg: LocalArgument): ArgumentSchema {
  return {
    name: arg.name,
    kind: ROBOT_KINDS[arg.type],
    typeName: arg.type === 'array' ? LIST_TYPE : arg.type === 'object' ? OBJECT_TYPE : arg.type,
    isRequired: arg.required,
    hasDefault: arg.hasDefault ?? false,
    ...(arg.description ? { description: arg.description } : {}),
    ...(arg.sensitive ? { isSensitive: true } : {}),
  };
}

const isMissing = (value: unknown): boolean => value === undefined || value === null || (typeof value === 'string' && value.trim() === '');

/**
 * Input values checked and converted against the process's argument schema. Every problem is
 * listed in `details.fields`; the message names the first. Empty optional values are left out,
 * so Orchestrator applies the process's own defaults.
 */
export function convertInputArguments(schema: readonly ArgumentSchema[], input: Record<string, unknown> = {}): Record<string, unknown> {
  const byName = new Map(schema.map((a) => [a.name, a]));
  const found: { field: string; problem: Problem; known?: string; type?: string }[] = [];
  const out: Record<string, unknown> = {};
  for (const name of Object.keys(input)) {
    if (!byName.has(name)) {
      const known = schema.map((a) => a.name).join(', ');
      found.push(known ? { field: name, problem: 'notArgument', known } : { field: name, problem: 'notArgumentNone' });
    }
  }
  for (const arg of schema) {
    const raw = input[arg.name];
    if (isMissing(raw)) {
      if (arg.isRequired && !arg.hasDefault) found.push({ field: arg.name, problem: 'required' });
      continue;
    }
    const converted = convert(arg, raw);
    if (converted.ok) out[arg.name] = converted.value;
    else found.push({ field: arg.name, problem: converted.problem, type: arg.typeName });
  }
  const first = found[0];
  if (first) {
    const last = found.length - 1;
    throw BatonError.said('VALIDATION', inputProblem(first, 'period'), {
      hint:
        found.length > 1
          ? [said('serviceErrors.inputsToFix'), ...found.map((p, i) => inputProblem(p, i === last ? 'period' : 'semicolon'))]
          : said('serviceErrors.inputToFix'),
      // `text`: the field's message as ids, for a form that shows it under the field in the person's language.
      details: { fields: found.map((p) => ({ field: p.field, problem: problemInEnglish(p), text: inputProblem(p, 'period') })) },
    });
  }
  return out;
}

/** One input's problem as a sentence (`period`) or as an item of a list (`semicolon`). */
function inputProblem(p: { field: string; problem: Problem; known?: string; type?: string }, end: 'period' | 'semicolon'): MessageText {
  return said('serviceErrors.inputProblem', { field: p.field, problem: p.problem, known: p.known ?? '', type: p.type ?? '', end });
}

/** `details.fields[].problem` stays the English words after the field's name ("is required"), for `--json` readers. */
function problemInEnglish(p: { field: string; problem: Problem; known?: string; type?: string }): string {
  return inEnglish(inputProblem(p, 'period')).slice(p.field.length + 1, -1);
}
