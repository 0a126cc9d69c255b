import { toErrorPayload, type BatonErrorPayload } from '../../shared/errors';
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
export function printError(output: CliOutput, isJson: boolean, error: unknown): number {
  const payload = withDefaultHint(toErrorPayload(error));
  writeErrorPayload(output, isJson, payload);
  return exitCodeFor(payload.code);
}

export function writeErrorPayload(output: CliOutput, isJson: boolean, payload: BatonErrorPayload): void {
  if (isJson) {
    output.out(`${JSON.stringify({ error: payload })}\n`);
    return;
  }
  output.err(`error: ${payload.message}\n${payload.hint ? `hint: ${payload.hint}\n` : ''}`);
}

/** Default human form of a result: indented JSON, readable and still exact. */
export function formatAsJson(value: unknown): string {
  return JSON.stringify(value, null, 2);
}

function withDefaultHint(payload: BatonErrorPayload): BatonErrorPayload {
  if (payload.hint !== undefined || payload.code !== 'VALIDATION') return payload;
  return { ...payload, hint: 'Run `baton <command> --help` to see what the command accepts.' };
}
