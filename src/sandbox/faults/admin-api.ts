import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { z } from 'zod';
import { renumberFolders, type ManualClock, type Orchestrator, type SandboxClock } from '../orchestrator';
import { faultRuleInput, type FaultRules } from './fault-rules';
import type { RequestLog } from './request-log';

export const ADMIN_PREFIX = '/__sandbox/';

const finishInput = z.object({
  state: z.enum(['Successful', 'Faulted']),
  info: z.string().optional(),
  output: z.record(z.string(), z.unknown()).optional(),
});

function send(res: ServerResponse, status: number, body?: unknown): void {
  const text = body === undefined ? '' : JSON.stringify(body);
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': Buffer.byteLength(text) });
  res.end(text);
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req as AsyncIterable<Buffer>) chunks.push(chunk);
  const text = Buffer.concat(chunks).toString('utf8');
  return text.trim() === '' ? {} : JSON.parse(text);
}

function isAuthorized(req: IncomingMessage, token: string): boolean {
  const given = Buffer.from(/^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '')?.[1] ?? '');
  const expected = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

const isManual = (clock: SandboxClock): clock is ManualClock => typeof (clock as Partial<ManualClock>).advance === 'function';

/**
 * The sandbox's own control surface on `/__sandbox/`: fault rules, the request log, the clock and
 * the jobs. Guarded by a random admin token so that the app under test cannot reach it by accident.
 */
export function createAdminApi(deps: {
  token: string;
  faults: FaultRules;
  requests: RequestLog;
  clock: SandboxClock;
  orchestrator: () => Orchestrator | undefined;
}): { handle(req: IncomingMessage, res: ServerResponse): boolean } {
  async function route(req: IncomingMessage, res: ServerResponse, path: string, method: string): Promise<void> {
    if (!isAuthorized(req, deps.token)) return send(res, 401, { message: 'The sandbox admin token is missing or wrong.' });
    const orchestrator = deps.orchestrator();
    if (path === 'faults' && method === 'GET') return send(res, 200, { value: deps.faults.list() });
    if (path === 'faults' && method === 'POST') {
      const parsed = faultRuleInput.safeParse(await readJson(req));
      if (!parsed.success) return send(res, 400, { message: z.prettifyError(parsed.error) });
      try {
        new RegExp(parsed.data.path);
      } catch {
        return send(res, 400, { message: `'${parsed.data.path}' is not a valid regular expression.` });
      }
      return send(res, 201, deps.faults.add(parsed.data));
    }
    if (path === 'faults' && method === 'DELETE') {
      deps.faults.reset();
      return send(res, 204);
    }
    const faultId = /^faults\/([^/]+)$/.exec(path)?.[1];
    if (faultId && method === 'DELETE') return send(res, deps.faults.remove(faultId) ? 204 : 404, undefined);
    if (path === 'requests' && method === 'GET') return send(res, 200, deps.requests.snapshot());
    if (path === 'requests' && method === 'DELETE') {
      deps.requests.reset();
      return send(res, 204);
    }
    if (path === 'clock' && method === 'GET')
      return send(res, 200, { now: new Date(deps.clock.now()).toISOString(), isManual: isManual(deps.clock) });
    if (path === 'clock/advance' && method === 'POST') {
      if (!isManual(deps.clock))
        return send(res, 409, { message: 'This sandbox runs on real time; start it with a manual clock to advance time.' });
      const parsed = z.object({ ms: z.number().int().min(0) }).safeParse(await readJson(req));
      if (!parsed.success) return send(res, 400, { message: z.prettifyError(parsed.error) });
      deps.clock.advance(parsed.data.ms);
      return send(res, 200, { now: new Date(deps.clock.now()).toISOString() });
    }
    if (!orchestrator) return send(res, 404, { message: 'No Orchestrator is running.' });
    if (path === 'profile' && method === 'GET') {
      const { fields, ...rest } = orchestrator.profile;
      return send(res, 200, { ...rest, fields: Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, [...v]])) });
    }
    if (path === 'folders/renumber' && method === 'POST') {
      // A licence-plan change: new folder Ids, same Keys. Offsets keep every new id unused.
      const state = orchestrator.state;
      const offset = Math.max(...state.folders.keys()) - Math.min(...state.folders.keys()) + 1000;
      return send(res, 200, { value: renumberFolders(state, offset) });
    }
    if (path === 'jobs' && method === 'GET') return send(res, 200, { value: [...orchestrator.state.jobs.values()] });
    const finishId = /^jobs\/(\d+)\/finish$/.exec(path)?.[1];
    if (finishId && method === 'POST') {
      const job = orchestrator.state.jobs.get(Number(finishId));
      if (!job) return send(res, 404, { message: `Job ${finishId} does not exist.` });
      const parsed = finishInput.safeParse(await readJson(req));
      if (!parsed.success) return send(res, 400, { message: z.prettifyError(parsed.error) });
      const { state, info, output } = parsed.data;
      orchestrator.runner.finish(
        job,
        state === 'Successful' ? { state, info, output: output ?? {} } : { state, info: info ?? 'Faulted by the sandbox admin API.' },
      );
      return send(res, 200, job);
    }
    return send(res, 404, { message: `No sandbox admin endpoint ${method} /__sandbox/${path}.` });
  }

  return {
    handle(req, res) {
      const pathname = (req.url ?? '/').split('?')[0]!;
      if (!pathname.startsWith(ADMIN_PREFIX)) return false;
      const method = (req.method ?? 'GET').toUpperCase();
      route(req, res, pathname.slice(ADMIN_PREFIX.length).replace(/\/$/, ''), method).catch((error: unknown) => {
        if (!res.headersSent) send(res, 400, { message: error instanceof Error ? error.message : 'Bad request' });
        else res.destroy();
      });
      return true;
    },
  };
}
