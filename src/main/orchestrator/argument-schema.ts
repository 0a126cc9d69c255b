import type { ArgumentSchema } from '../../shared/contract/catalog';
import { rowOf } from './row-checks';

interface ArgumentEntry {
  name: string;
  type?: string | null;
  required?: boolean | null;
  hasDefault?: boolean | null;
  description?: string | null;
}

// Checked by hand (row-checks.ts): 10,000 releases per refresh, each with its own list.
const argumentEntry = rowOf<ArgumentEntry>({
  required: { name: 'string' },
  optional: { type: 'string', required: 'boolean', hasDefault: 'boolean', description: 'string' },
});

/** The entries of `Arguments.Input`, or undefined when it is not a list of such entries. */
function argumentList(value: unknown): ArgumentEntry[] | undefined {
  if (!Array.isArray(value)) return undefined;
  for (const entry of value) if (!argumentEntry.safeParse(entry).success) return undefined;
  return value as ArgumentEntry[];
}

const KINDS: Record<string, ArgumentSchema['kind']> = {
  'System.String': 'string',
  'System.Char': 'string',
  'System.Guid': 'string',
  'System.Int16': 'integer',
  'System.Int32': 'integer',
  'System.Int64': 'integer',
  'System.Byte': 'integer',
  'System.UInt16': 'integer',
  'System.UInt32': 'integer',
  'System.UInt64': 'integer',
  'System.Decimal': 'number',
  'System.Double': 'number',
  'System.Single': 'number',
  'System.Boolean': 'boolean',
  'System.DateTime': 'datetime',
  'System.DateTimeOffset': 'datetime',
  // Typed as text; the value is a secret (isSensitive below).
  'System.Security.SecureString': 'string',
};

/** `System.Int32, mscorlib, Version=…` → `System.Int32`; generic and array types keep their brackets. */
export function shortTypeName(assemblyQualified: string): string {
  let depth = 0;
  for (let i = 0; i < assemblyQualified.length; i += 1) {
    const c = assemblyQualified[i];
    if (c === '[') depth += 1;
    else if (c === ']') depth -= 1;
    else if (c === ',' && depth === 0) return assemblyQualified.slice(0, i).trim();
  }
  return assemblyQualified.trim();
}

export function kindOf(typeName: string): ArgumentSchema['kind'] {
  return KINDS[typeName] ?? 'json';
}

function parseJson(text: string | null | undefined): unknown {
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/**
 * A release's input arguments from `Arguments.Input` (a JSON array as a string of
 * `{name, type, required, hasDefault}`), with defaults from the release's `InputArguments`
 * (a JSON object as a string). Anything unreadable yields no schema rather than an error.
 */
export function parseInputArguments(
  argumentsInput: string | null | undefined,
  releaseDefaults: string | null | undefined,
): ArgumentSchema[] {
  const list = argumentList(parseJson(argumentsInput));
  if (!list) return [];
  const defaultsRaw = parseJson(releaseDefaults);
  const defaults =
    typeof defaultsRaw === 'object' && defaultsRaw !== null && !Array.isArray(defaultsRaw) ? (defaultsRaw as Record<string, unknown>) : {};
  return list.map((entry) => {
    const typeName = shortTypeName(entry.type ?? 'System.String');
    const hasReleaseDefault = Object.hasOwn(defaults, entry.name);
    return {
      name: entry.name,
      kind: kindOf(typeName),
      typeName,
      isRequired: entry.required === true,
      hasDefault: entry.hasDefault === true || hasReleaseDefault,
      ...(hasReleaseDefault ? { defaultValue: defaults[entry.name] } : {}),
      ...(entry.description ? { description: entry.description } : {}),
      // Orchestrator's argument metadata has no sensitive flag; a SecureString is a secret by type.
      ...(typeName === 'System.Security.SecureString' ? { isSensitive: true } : {}),
    };
  });
}
