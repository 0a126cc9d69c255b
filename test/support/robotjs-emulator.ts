import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * UiPath's RobotJS service as `@uipath/robot` 1.3.1 sees it (shared/reference/anchors-assistant-robotjs.md §2):
 * a discovery listener (GetPort, consent with 401 → `?consentCode=N` → 200 or 403) and the
 * person's own listener (RobotProcesses, InstallProcess, InvokeRobot, JobStatus with long
 * polling, StopProcess, SendClientMessage). Jobs move only when the test says so.
 */
export interface EmulatedProcess {
  Key: string;
  Name: string;
  Description?: string;
  InputArgumentsSchema?: { Name: string; Type: string; IsRequired: boolean; HasDefault: boolean }[];
}

export interface EmulatedJob {
  jobId: string;
  processKey: string;
  givenJobId: string | null;
  input: unknown;
  state: 0 | 1 | 2 | 3;
  pendingStatus: string[];
  pendingEvents: { name: string; payload: unknown }[];
  output?: Record<string, unknown>;
  error?: unknown;
  messages: unknown[];
}

export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  body: string;
  /** The Origin header the caller sent (a page sends its own; Baton's bridge sends its stable origin). */
  origin: string | undefined;
}

export interface RobotJsEmulatorOptions {
  processes: EmulatedProcess[];
  features?: string[];
  /**
   * 'allow': a code is granted once its consent URL was opened through `openUrl` (the person clicks
   * Allow straight away); 'manual': the test calls grant/deny, which count only for an opened URL;
   * no answer at all gives the caller's own timeout (RobotJS "408 - Timed out").
   */
  consent?: 'none' | 'allow' | 'manual';
  /** The origin the consent URL must name (what an Assistant shows and an allow-list would hold). */
  expectedOrigin?: string;
  longPollMs?: number;
}

export interface RobotJsEmulator {
  discoveryPort: number;
  requests: RecordedRequest[];
  jobs: Map<string, EmulatedJob>;
  /** Consent codes the emulator has seen polled, newest last. */
  consentCodes: number[];
  /**
   * The opener port: what the bridge calls with `uipath-web://consentCode=N&Origin=O`. Only a code
   * opened here, naming the expected origin, can ever be granted (the Assistant's dialog shows it).
   */
  openUrl(url: string): Promise<void>;
  /** Consent URLs opened through `openUrl`, in order. */
  opened: { url: string; code: number; origin: string }[];
  grantConsent(code: number): void;
  denyConsent(code: number): void;
  /** Forgets every granted code: the next call gets 401. */
  revokeConsent(): void;
  update(
    jobId: string,
    change: Partial<Pick<EmulatedJob, 'state' | 'output' | 'error'>> & { status?: string[]; events?: { name: string; payload: unknown }[] },
  ): void;
  waitForJob(): Promise<EmulatedJob>;
  close(): Promise<void>;
}

export async function startRobotJsEmulator(options: RobotJsEmulatorOptions): Promise<RobotJsEmulator> {
  const features = options.features ?? ['JobStatus_LongPolling', 'InstallProcess', 'UseGivenJobId', 'ClientMessage'];
  const consentMode = options.consent ?? 'none';
  const granted = new Set<number>();
  const denied = new Set<number>();
  const requests: RecordedRequest[] = [];
  const jobs = new Map<string, EmulatedJob>();
  const consentCodes: number[] = [];
  const opened: { url: string; code: number; origin: string }[] = [];
  const expectedOrigin = options.expectedOrigin ?? 'http://baton.localhost';
  const wasShown = (code: number) => opened.some((entry) => entry.code === code && entry.origin === expectedOrigin);
  const wakeups = new Set<() => void>();
  const jobWaiters: ((job: EmulatedJob) => void)[] = [];
  let nextJob = 1;

  function isAllowed(query: Record<string, string>): boolean {
    return consentMode === 'none' || (granted.has(Number(query.consentCode)) && wasShown(Number(query.consentCode)));
  }

  function json(res: ServerResponse, status: number, body?: unknown): void {
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(body === undefined ? '' : JSON.stringify(body));
  }

  async function read(req: IncomingMessage): Promise<{ path: string; query: Record<string, string>; body: string }> {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const recorded = {
      method: req.method ?? 'GET',
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      body: Buffer.concat(chunks).toString('utf8'),
      origin: req.headers.origin,
    };
    requests.push(recorded);
    return recorded;
  }

  const session: Server = createServer(async (req, res) => {
    const { path, query, body } = await read(req);
    if (!isAllowed(query)) return json(res, 401, { response: { Error: 'Unauthorized' } });
    switch (path) {
      case '/RobotProcesses':
        return json(res, 200, {
          response: options.processes.map(({ Key, Name, Description }) => ({ Key, Name, Description: Description ?? '' })),
        });
      case '/InstallProcess': {
        const process = options.processes.find((candidate) => candidate.Key === query.robotProcessId);
        if (!process) return json(res, 404, { response: { Error: 'Process not found' } });
        return json(res, 200, { InputArgumentsSchema: process.InputArgumentsSchema ?? [] });
      }
      case '/InvokeRobot': {
        const process = options.processes.find((candidate) => candidate.Key === query.robotProcessId);
        if (!process) return json(res, 404, { response: { Error: 'Process not found' } });
        const job: EmulatedJob = {
          jobId: features.includes('UseGivenJobId') && query.jobId ? query.jobId : `robot-job-${nextJob++}`,
          processKey: process.Key,
          givenJobId: query.jobId ?? null,
          input: body.length > 0 ? JSON.parse(body) : undefined,
          state: 0,
          pendingStatus: [],
          pendingEvents: [],
          messages: [],
        };
        jobs.set(job.jobId, job);
        for (const waiter of jobWaiters.splice(0)) waiter(job);
        return json(res, 200, { response: { JobId: job.jobId } });
      }
      case '/JobStatus': {
        const job = jobs.get(query.jobId ?? '');
        if (!job) return json(res, 404, { response: { Error: 'Job not found' } });
        const hasNews = () => job.state !== 0 || job.pendingStatus.length > 0 || job.pendingEvents.length > 0;
        if (features.includes('JobStatus_LongPolling') && !hasNews()) {
          await new Promise<void>((resolve) => {
            const timer = setTimeout(finish, options.longPollMs ?? 2000);
            function finish(): void {
              clearTimeout(timer);
              wakeups.delete(finish);
              resolve();
            }
            wakeups.add(finish);
            req.socket.once('close', finish);
          });
        }
        const status = job.pendingStatus.splice(0);
        const events = job.pendingEvents.splice(0);
        return json(res, 200, {
          response: { State: job.state, Status: status, Events: events, Output: { Arguments: job.output ?? {} }, Error: job.error ?? null },
        });
      }
      case '/StopProcess':
        for (const job of jobs.values()) if (job.processKey === query.robotProcessId && job.state === 0) job.state = 2;
        for (const wake of [...wakeups]) wake();
        res.writeHead(200).end();
        return;
      case '/SendClientMessage': {
        const job = jobs.get(query.jobId ?? '');
        if (!job) return json(res, 404, { response: { Error: 'Job not found' } });
        job.messages.push(JSON.parse(body));
        res.writeHead(200).end();
        return;
      }
      default:
        return json(res, 404, { response: { Error: 'Unknown endpoint' } });
    }
  });
  await new Promise<void>((resolve) => session.listen(0, '127.0.0.1', resolve));
  const sessionPort = (session.address() as AddressInfo).port;

  const discovery: Server = createServer(async (req, res) => {
    const { path, query } = await read(req);
    if (path !== '/GetPort') return json(res, 404, {});
    const code = Number(query.consentCode ?? 0);
    if (consentMode !== 'none' && code !== 0 && !consentCodes.includes(code)) consentCodes.push(code);
    if (consentMode !== 'none' && !(granted.has(code) && wasShown(code))) {
      if (denied.has(code) && wasShown(code)) return json(res, 403, { response: { Error: 'Consent rejected' } });
      return json(res, 401, {});
    }
    return json(res, 200, { Port: sessionPort, ServerFeatures: features });
  });
  await new Promise<void>((resolve) => discovery.listen(0, '127.0.0.1', resolve));

  return {
    discoveryPort: (discovery.address() as AddressInfo).port,
    requests,
    jobs,
    consentCodes,
    opened,
    async openUrl(url) {
      const match = /^uipath-web:\/\/consentCode=(\d+)&Origin=(.+)$/.exec(url);
      if (!match) throw new Error(`Not a consent URL: ${url}`);
      const entry = { url, code: Number(match[1]), origin: match[2]! };
      opened.push(entry);
      if (consentMode === 'allow' && entry.origin === expectedOrigin) granted.add(entry.code);
    },
    grantConsent: (code) => void granted.add(code),
    denyConsent: (code) => void denied.add(code),
    revokeConsent: () => granted.clear(),
    update(jobId, change) {
      const job = jobs.get(jobId);
      if (!job) throw new Error(`No emulated job ${jobId}`);
      if (change.state !== undefined) job.state = change.state;
      if (change.output) job.output = change.output;
      if (change.error !== undefined) job.error = change.error;
      job.pendingStatus.push(...(change.status ?? []));
      job.pendingEvents.push(...(change.events ?? []));
      for (const wake of [...wakeups]) wake();
    },
    waitForJob: () => new Promise((resolve) => jobWaiters.push(resolve)),
    async close() {
      for (const wake of [...wakeups]) wake();
      session.closeAllConnections();
      discovery.closeAllConnections();
      await Promise.all([new Promise((resolve) => session.close(resolve)), new Promise((resolve) => discovery.close(resolve))]);
    },
  };
}
