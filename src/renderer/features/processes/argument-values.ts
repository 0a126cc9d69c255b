import type { ArgumentSchema } from '../../../shared/contract/catalog';
import { messageTextSchema, type MessageId, type Translator } from '../../../shared/i18n';

/** What the form holds per argument: always text (a select's value for booleans). */
export type ArgumentTexts = Record<string, string>;

export type ArgumentConversion =
  { isValid: true; inputArguments: Record<string, unknown> } | { isValid: false; errors: Record<string, string> };

/** The form's starting values: each argument's default as text, otherwise empty. */
export function initialArgumentTexts(schema: readonly ArgumentSchema[]): ArgumentTexts {
  const texts: ArgumentTexts = {};
  for (const arg of schema) texts[arg.name] = arg.hasDefault && arg.defaultValue !== undefined ? textOf(arg, arg.defaultValue) : '';
  return texts;
}

export function textOf(arg: ArgumentSchema, value: unknown): string {
  if (value === null) return '';
  switch (arg.kind) {
    case 'boolean':
      return value === true || value === 'true' ? 'true' : value === false || value === 'false' ? 'false' : '';
    case 'datetime':
      return typeof value === 'string' ? toLocalDateTimeText(value) : '';
    case 'json':
      return typeof value === 'string' ? value : JSON.stringify(value);
    default:
      return String(value);
  }
}

/** `<input type="datetime-local">` wants local `YYYY-MM-DDTHH:mm[:ss]`; an unparsable default stays as it came. */
export function toLocalDateTimeText(iso: string): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return iso;
  const pad = (n: number) => String(n).padStart(2, '0');
  const seconds = at.getSeconds() ? `:${pad(at.getSeconds())}` : '';
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}T${pad(at.getHours())}:${pad(at.getMinutes())}${seconds}`;
}

/**
 * The form's texts as the input arguments `runs.start` takes, or a message per field that
 * needs fixing. Empty optional fields are left out so Orchestrator applies the process's own
 * defaults; the core validates again (the renderer is untrusted), this only answers sooner.
 */
export function toInputArguments(schema: readonly ArgumentSchema[], texts: ArgumentTexts, { t }: Translator): ArgumentConversion {
  const inputArguments: Record<string, unknown> = {};
  const errors: Record<string, string> = {};
  for (const arg of schema) {
    const text = texts[arg.name] ?? '';
    if (text.trim() === '') {
      if (arg.isRequired && !arg.hasDefault) errors[arg.name] = t('processes.required', { name: arg.name });
      continue;
    }
    const converted = convert(arg, text);
    if ('problem' in converted) errors[arg.name] = t(converted.problem, { type: shortTypeName(arg.typeName) });
    else inputArguments[arg.name] = converted.value;
  }
  return Object.keys(errors).length > 0 ? { isValid: false, errors } : { isValid: true, inputArguments };
}

function convert(arg: ArgumentSchema, text: string): { value: unknown } | { problem: MessageId } {
  const trimmed = text.trim();
  switch (arg.kind) {
    case 'string':
      return { value: text };
    case 'integer': {
      const n = /^[-+]?\d+$/.test(trimmed) ? Number(trimmed) : NaN;
      return Number.isSafeInteger(n) ? { value: n } : { problem: 'processes.enterInteger' };
    }
    case 'number': {
      const n = Number(trimmed);
      return Number.isFinite(n) ? { value: n } : { problem: 'processes.enterNumber' };
    }
    case 'boolean':
      if (trimmed === 'true' || trimmed === 'false') return { value: trimmed === 'true' };
      return { problem: 'processes.chooseYesNo' };
    case 'datetime': {
      const at = Date.parse(trimmed);
      return Number.isNaN(at) ? { problem: 'processes.enterDateTime' } : { value: new Date(at).toISOString() };
    }
    case 'json':
      try {
        return { value: JSON.parse(trimmed) };
      } catch {
        return { problem: 'processes.enterJson' };
      }
  }
}

/** `System.String[], mscorlib, Version=…` → `String[]`: what a person recognises. */
export function shortTypeName(typeName: string): string {
  let depth = 0;
  let end = typeName.length;
  for (let i = 0; i < typeName.length; i += 1) {
    const c = typeName[i];
    if (c === '[') depth += 1;
    else if (c === ']') depth -= 1;
    else if (c === ',' && depth === 0) {
      end = i;
      break;
    }
  }
  return (
    typeName
      .slice(0, end)
      .trim()
      .replace(/^System\./, '') || typeName
  );
}

/** The core's VALIDATION error lists `details.fields`; each becomes the message under its field. */
export function fieldErrorsFrom(details: unknown, t: Translator): Record<string, string> {
  const errors: Record<string, string> = {};
  const fields = (details as { fields?: unknown } | undefined)?.fields;
  if (!Array.isArray(fields)) return errors;
  for (const entry of fields) {
    const { field, problem, text } = (entry ?? {}) as { field?: unknown; problem?: unknown; text?: unknown };
    if (typeof field !== 'string') continue;
    // The core's words as message ids (in the window's language); an older core's English otherwise.
    const said = messageTextSchema.safeParse(text);
    if (said.success) errors[field] = t.text(said.data);
    else if (typeof problem === 'string') errors[field] = `${field} ${problem}.`;
  }
  return errors;
}
