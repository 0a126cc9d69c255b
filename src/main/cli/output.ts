import { toErrorPayload, type BatonErrorPayload } from '../../shared/errors';
import type { Translator } from '../../shared/i18n';
import { englishTranslator, renderParts, said } from '../../shared/message-parts';
import { exitCodeFor } from './exit-codes';

/** Where the CLI writes: stdout is for results only (JSON with --json), stderr for everything else. */
export interface CliOutput {
  out(text: string): void;
  err(text: string): void;
}

export function printResult(output: CliOutput, isJson: boolean, value: unknown, formatHuman: (value: unknown) => string): void {
  output.out(isJson ? `${JSON.stringify(value)}\n` : `${formatHuman(value)}\n`);
}

/**
 * Prints an error the way a person or a script wants it and returns the exit code: with
 * --json one `{"error": {...}}` line on stdout, else `error:` and `hint:` lines on stderr.
 * Never a stack trace: anything that is not a BatonError becomes a generic INTERNAL error.
 */
export function printError(output: CliOutput, isJson: boolean, error: unknown, t: Translator = englishTranslator): number {
  const payload = withDefaultHint(toErrorPayload(error));
  writeErrorPayload(output, isJson, payload, t);
  return exitCodeFor(payload.code);
}

/** With --json the payload as it is (English strings and message ids); else two lines in the invocation's language. */
export function writeErrorPayload(output: CliOutput, isJson: boolean, payload: BatonErrorPayload, t: Translator = englishTranslator): void {
  if (isJson) {
    output.out(`${JSON.stringify({ error: payload })}\n`);
    return;
  }
  const message = payload.messageText ? renderParts(t, payload.messageText) : payload.message;
  const hint = payload.hintText ? renderParts(t, payload.hintText) : payload.hint;
  const fields = fieldProblems(payload.details).map((line) => `  - ${line}\n`);
  output.err(`${t.t('cli.errorLine', { message })}\n${fields.join('')}${hint ? `${t.t('cli.hintLine', { hint })}\n` : ''}`);
}

/**
 * Each field and why, from the three shapes errors carry them in: input conversion
 * (`{field, problem}`), the robot bridge (`{path, message}`) and contract validation
 * (`issues: {path: string[], message}`). A person should not need --json to learn which field.
 */
export function fieldProblems(details: unknown): string[] {
  if (details === null || typeof details !== 'object') return [];
  const { fields, issues } = details as { fields?: unknown; issues?: unknown };
  const lines: string[] = [];
  for (const item of [...(Array.isArray(fields) ? fields : []), ...(Array.isArray(issues) ? issues : [])]) {
    if (item === null || typeof item !== 'object') continue;
    const entry = item as { field?: unknown; problem?: unknown; path?: unknown; message?: unknown };
    const name = typeof entry.field === 'string' ? entry.field : Array.isArray(entry.path) ? entry.path.join('.') : entry.path;
    const why = typeof entry.problem === 'string' ? entry.problem : entry.message;
    if (typeof why !== 'string') continue;
    lines.push(typeof name === 'string' && name ? `${name}: ${why}` : why);
  }
  return lines;
}

/** Default human form of a result: indented JSON, readable and still exact. */
export function formatAsJson(value: unknown): string {
  return JSON.stringify(value, null, 2);
}

function withDefaultHint(payload: BatonErrorPayload): BatonErrorPayload {
  if (payload.hint !== undefined || payload.code !== 'VALIDATION') return payload;
  const hintText = [said('cli.usageHint')];
  return { ...payload, hint: renderParts(englishTranslator, hintText), hintText };
}
