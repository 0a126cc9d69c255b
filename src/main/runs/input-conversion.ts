import type { ArgumentSchema } from '../../shared/contract/catalog';
import type { ArgumentType, LocalArgument } from '../../shared/robot-protocol';
import { BatonError } from '../../shared/errors';

type Converted = { ok: true; value: unknown } | { ok: false; problem: string };

const BOOLEANS: Record<string, boolean> = { true: true, false: false, yes: true, no: false, '1': true, '0': false };

/** One value (typed from JSON, or text from a form or the command line) as the argument's kind wants it. */
function convert(arg: ArgumentSchema, raw: unknown): Converted {
  const text = typeof raw === 'string' ? raw.trim() : undefined;
  switch (arg.kind) {
    case 'string':
      if (typeof raw === 'string') return { ok: true, value: raw };
      if (typeof raw === 'number' || typeof raw === 'boolean') return { ok: true, value: String(raw) };
      return { ok: false, problem: 'must be text' };
    case 'integer': {
      const n = typeof raw === 'number' ? raw : text !== undefined && /^[-+]?\d+$/.test(text) ? Number(text) : NaN;
      return Number.isSafeInteger(n) ? { ok: true, value: n } : { ok: false, problem: 'must be a whole number, e.g. 42' };
    }
    case 'number': {
      const n = typeof raw === 'number' ? raw : text !== undefined && text !== '' ? Number(text) : NaN;
      return Number.isFinite(n) ? { ok: true, value: n } : { ok: false, problem: 'must be a number, e.g. 3.5' };
    }
    case 'boolean': {
      if (typeof raw === 'boolean') return { ok: true, value: raw };
      const b = text === undefined ? undefined : BOOLEANS[text.toLowerCase()];
      return b === undefined ? { ok: false, problem: 'must be true or false' } : { ok: true, value: b };
    }
    case 'datetime': {
      const at = typeof raw === 'string' ? Date.parse(raw) : NaN;
      return Number.isNaN(at)
        ? { ok: false, problem: 'must be a date and time, e.g. 2026-01-31T09:00:00Z' }
        : { ok: true, value: new Date(at).toISOString() };
    }
    case 'json': {
      if (typeof raw !== 'string') return { ok: true, value: raw };
      try {
        return { ok: true, value: JSON.parse(raw) };
      } catch {
        return { ok: false, problem: `must be JSON for ${arg.typeName}, e.g. ["a","b"]` };
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
    typeName: arg.type === 'array' ? 'a list' : arg.type === 'object' ? 'an object' : arg.type,
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
  const problems: { field: string; problem: string }[] = [];
  const out: Record<string, unknown> = {};
  for (const name of Object.keys(input)) {
    if (!byName.has(name)) {
      const known = schema.map((a) => a.name).join(', ') || 'none';
      problems.push({ field: name, problem: `is not an argument of this process (it takes: ${known})` });
    }
  }
  for (const arg of schema) {
    const raw = input[arg.name];
    if (isMissing(raw)) {
      if (arg.isRequired && !arg.hasDefault) problems.push({ field: arg.name, problem: 'is required' });
      continue;
    }
    const converted = convert(arg, raw);
    if (converted.ok) out[arg.name] = converted.value;
    else problems.push({ field: arg.name, problem: converted.problem });
  }
  const first = problems[0];
  if (first) {
    throw new BatonError('VALIDATION', `${first.field} ${first.problem}.`, {
      hint:
        problems.length > 1
          ? `Fix these inputs: ${problems.map((p) => `${p.field} ${p.problem}`).join('; ')}.`
          : 'Fix the input and start again.',
      details: { fields: problems },
    });
  }
  return out;
}
