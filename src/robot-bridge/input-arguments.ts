import type { LocalArgument } from '../shared/robot-protocol';
import { RobotBridgeError } from './errors';

/**
 * Checks input arguments against a process's argument schema before anything runs: missing
 * required arguments, unknown names and wrong types are all reported at once, by field.
 */
export function checkInputArguments(schema: LocalArgument[], input: Record<string, unknown>): void {
  const fields: { path: string; message: string }[] = [];
  const known = new Map(schema.map((argument) => [argument.name, argument]));
  for (const argument of schema) {
    const value = input[argument.name];
    if (value === undefined || value === null) {
      if (argument.required && !argument.hasDefault) fields.push({ path: argument.name, message: 'is required' });
      continue;
    }
    const problem = typeProblem(argument.type, value);
    if (problem) fields.push({ path: argument.name, message: problem });
  }
  for (const name of Object.keys(input)) {
    if (!known.has(name)) fields.push({ path: name, message: 'is not an input argument of this process' });
  }
  if (fields.length > 0) {
    throw new RobotBridgeError('INVALID_ARGUMENTS', 'Some input arguments are not valid for this process.', { fields });
  }
}

function typeProblem(type: LocalArgument['type'], value: unknown): string | undefined {
  switch (type) {
    case 'string':
      return typeof value === 'string' ? undefined : 'must be text';
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) ? undefined : 'must be a number';
    case 'integer':
      return Number.isInteger(value) ? undefined : 'must be a whole number';
    case 'boolean':
      return typeof value === 'boolean' ? undefined : 'must be true or false';
    case 'datetime':
      return typeof value === 'string' && !Number.isNaN(Date.parse(value)) ? undefined : 'must be a date and time (ISO 8601)';
    case 'object':
      return typeof value === 'object' && !Array.isArray(value) ? undefined : 'must be an object';
    case 'array':
      return Array.isArray(value) ? undefined : 'must be a list';
  }
}
