import type { IncomingMessage, ServerResponse } from 'node:http';
import { OrchestratorError, errors, newTraceId } from './errors';

const MAX_BODY = 1_000_000;

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': 'application/json; odata.metadata=minimal; odata.streaming=true; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    ...headers,
  });
  res.end(text);
}

export function sendEmpty(res: ServerResponse, status: number): void {
  res.writeHead(status, { 'Content-Length': 0 });
  res.end();
}

export function sendError(res: ServerResponse, error: unknown): void {
  const e = error instanceof OrchestratorError ? error : new OrchestratorError(500, 'An error has occurred.', 0);
  if (res.headersSent) {
    res.destroy();
    return;
  }
  sendJson(res, e.status, { message: e.message, errorCode: e.errorCode, traceId: newTraceId() }, e.headers);
}

export async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY) throw errors.invalidRequest('The request body is too large.');
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

export async function readJsonObject(req: IncomingMessage): Promise<Record<string, unknown>> {
  const text = await readBody(req);
  if (text.trim() === '') throw errors.invalidRequest('The request body is empty.');
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw errors.invalidRequest('The request body is not valid JSON.');
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw errors.invalidRequest('The request body must be a JSON object.');
  }
  return parsed as Record<string, unknown>;
}

/** Case-insensitive property read, as ASP.NET model binding does it. */
export function prop(obj: Record<string, unknown>, name: string): unknown {
  if (name in obj) return obj[name];
  const lower = name.toLowerCase();
  for (const [k, v] of Object.entries(obj)) if (k.toLowerCase() === lower) return v;
  return undefined;
}
