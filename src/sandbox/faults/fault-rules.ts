import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { z } from 'zod';

export const faultRuleInput = z
  .object({
    /** HTTP method to match; any method when absent. */
    method: z.string().min(1).max(10).optional(),
    /** Regular expression tested against the path plus query string, e.g. `^/odata/Jobs`. */
    path: z.string().min(1).max(500),
    /** Delay before the rule's action (or before normal handling when it has no other action). */
    latencyMs: z.number().int().min(0).max(600_000).optional(),
    /** Answer with this status (and `body`, `headers`, `retryAfter`) instead of the real handler. */
    status: z.number().int().min(100).max(599).optional(),
    body: z.unknown().optional(),
    headers: z.record(z.string(), z.string()).optional(),
    retryAfter: z.union([z.number().int().min(0), z.string().min(1)]).optional(),
    /** Destroy the connection without a response. */
    reset: z.boolean().optional(),
    /** Let the real handler act (create the job…), then destroy the connection instead of answering. */
    resetAfter: z.boolean().optional(),
    /** Never answer (until the client gives up or the sandbox closes). */
    hang: z.boolean().optional(),
    /** How many matching requests the rule affects; unlimited when absent. */
    times: z.number().int().min(1).optional(),
  })
  .strict();

export type FaultRuleInput = z.infer<typeof faultRuleInput>;
export interface FaultRule extends FaultRuleInput {
  id: string;
  hits: number;
}

export interface FaultRules {
  add(input: FaultRuleInput): FaultRule;
  list(): FaultRule[];
  remove(id: string): boolean;
  reset(): void;
  /** Applies the first live matching rule; 'handled' means the request got its fault and nothing else may answer it. */
  apply(req: IncomingMessage, res: ServerResponse): Promise<'continue' | 'handled'>;
  close(): void;
}

export function createFaultRules(deps: { wait?: (ms: number) => Promise<void> } = {}): FaultRules {
  const rules: Array<FaultRule & { regex: RegExp }> = [];
  const hung = new Set<ServerResponse>();
  const wait = deps.wait ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  return {
    add(input) {
      const rule = { ...input, id: randomUUID(), hits: 0, regex: new RegExp(input.path) };
      rules.push(rule);
      const { regex: _regex, ...visible } = rule;
      return visible;
    },
    list: () => rules.map(({ regex: _regex, ...visible }) => visible),
    remove(id) {
      const index = rules.findIndex((r) => r.id === id);
      if (index >= 0) rules.splice(index, 1);
      return index >= 0;
    },
    reset() {
      rules.length = 0;
    },
    async apply(req, res) {
      const method = (req.method ?? 'GET').toUpperCase();
      const target = req.url ?? '/';
      const rule = rules.find(
        (r) => (r.times === undefined || r.hits < r.times) && (!r.method || r.method.toUpperCase() === method) && r.regex.test(target),
      );
      if (!rule) return 'continue';
      rule.hits += 1;
      if (rule.latencyMs) await wait(rule.latencyMs);
      if (rule.reset) {
        req.socket.destroy();
        return 'handled';
      }
      if (rule.resetAfter) {
        // The server has acted by the time it answers; the answer is lost on the way back.
        const drop = () => {
          req.socket.destroy();
          return res;
        };
        res.writeHead = drop as unknown as typeof res.writeHead;
        res.end = drop as unknown as typeof res.end;
        return 'continue';
      }
      if (rule.hang) {
        hung.add(res);
        res.on('close', () => hung.delete(res));
        return 'handled';
      }
      if (rule.status === undefined) return 'continue';
      const headers: Record<string, string> = { ...rule.headers };
      if (rule.retryAfter !== undefined) headers['Retry-After'] = String(rule.retryAfter);
      let text = '';
      if (rule.body !== undefined) {
        text = typeof rule.body === 'string' ? rule.body : JSON.stringify(rule.body);
        headers['Content-Type'] ??= typeof rule.body === 'string' ? 'text/plain; charset=utf-8' : 'application/json; charset=utf-8';
      }
      res.writeHead(rule.status, { ...headers, 'Content-Length': Buffer.byteLength(text) });
      res.end(text);
      return 'handled';
    },
    close() {
      for (const res of hung) res.destroy();
      hung.clear();
    },
  };
}
