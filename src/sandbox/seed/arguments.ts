import type { SeedArgument } from './types';

// UiPath stores argument types assembly-qualified (Windows-legacy projects use mscorlib).
const CORLIB = 'mscorlib, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089';
const TYPES = {
  string: `System.String, ${CORLIB}`,
  int: `System.Int32, ${CORLIB}`,
  bool: `System.Boolean, ${CORLIB}`,
  decimal: `System.Decimal, ${CORLIB}`,
  date: `System.DateTime, ${CORLIB}`,
  strings: `System.String[], ${CORLIB}`,
} as const;

export type ArgType = keyof typeof TYPES;

/** `arg('in_Name', 'string', 'required')`; 'default' means optional with a default value. */
export function arg(name: string, type: ArgType, mode: 'required' | 'optional' | 'default' = 'optional'): SeedArgument {
  return { name, type: TYPES[type], required: mode === 'required', hasDefault: mode === 'default' };
}

/** The JSON-string encoding UiPath uses for `Arguments.Input` / `Arguments.Output`. */
export function encodeArguments(args: readonly SeedArgument[]): string | null {
  if (args.length === 0) return null;
  return JSON.stringify(args.map(({ name, type, required, hasDefault }) => ({ name, type, required, hasDefault })));
}
