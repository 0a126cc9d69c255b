import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

type Schema = {
  $ref?: string;
  type?: string;
  format?: string;
  enum?: unknown[];
  required?: string[];
  properties?: Record<string, Schema>;
  items?: Schema;
  allOf?: Schema[];
  additionalProperties?: boolean | Schema;
};

export const REFERENCE_DIR = '/work/shared/reference/openapi';

/**
 * Checks a response value against a component schema of UiPath's OpenAPI/Swagger files: declared
 * property names only, required properties present, JSON types, enum values, uuid/date-time
 * formats. Orchestrator sends `null` for absent values although the spec says nothing about
 * nullability, so `null` passes for any property that is not required.
 */
export function loadSchemas(file: string): (name: string, value: unknown) => string[] {
  const text = readFileSync(`${REFERENCE_DIR}/${file}`, 'utf8');
  const doc = (file.endsWith('.json') ? JSON.parse(text) : parse(text, { maxAliasCount: -1 })) as {
    components?: { schemas: Record<string, Schema> };
    definitions?: Record<string, Schema>;
  };
  const schemas = doc.components?.schemas ?? doc.definitions ?? {};
  const resolve = (s: Schema): Schema => (s.$ref ? resolve(schemas[s.$ref.split('/').pop()!]!) : s);

  const check = (schema: Schema, value: unknown, path: string, out: string[]): void => {
    const s = resolve(schema);
    if (s.allOf) return s.allOf.forEach((part) => check(part, value, path, out));
    if (value === null || value === undefined) return;
    const type = s.type ?? (s.properties ? 'object' : undefined);
    if (s.enum && !s.enum.includes(value)) out.push(`${path}: ${JSON.stringify(value)} is not one of ${s.enum.join(', ')}`);
    switch (type) {
      case 'string':
        if (typeof value !== 'string') out.push(`${path}: expected string, got ${typeof value}`);
        else if (s.format === 'uuid' && !/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value))
          out.push(`${path}: not a uuid`);
        else if (s.format === 'date-time' && Number.isNaN(Date.parse(value))) out.push(`${path}: not a date-time`);
        break;
      case 'integer':
        if (!Number.isInteger(value)) out.push(`${path}: expected integer`);
        break;
      case 'number':
        if (typeof value !== 'number') out.push(`${path}: expected number`);
        break;
      case 'boolean':
        if (typeof value !== 'boolean') out.push(`${path}: expected boolean`);
        break;
      case 'array':
        if (!Array.isArray(value)) out.push(`${path}: expected array`);
        else if (s.items) value.forEach((item, i) => check(s.items!, item, `${path}[${i}]`, out));
        break;
      case 'object': {
        if (typeof value !== 'object' || Array.isArray(value)) {
          out.push(`${path}: expected object`);
          break;
        }
        const record = value as Record<string, unknown>;
        for (const req of s.required ?? []) if (record[req] === undefined || record[req] === null) out.push(`${path}.${req}: required`);
        if (!s.properties) break;
        for (const [key, v] of Object.entries(record)) {
          if (key.startsWith('@odata.')) continue;
          const prop = s.properties[key];
          if (!prop) out.push(`${path}.${key}: not a property of the schema`);
          else check(prop, v, `${path}.${key}`, out);
        }
        break;
      }
    }
  };

  return (name, value) => {
    const schema = schemas[name];
    if (!schema) return [`no schema named ${name}`];
    const out: string[] = [];
    check(schema, value, name, out);
    return out;
  };
}
