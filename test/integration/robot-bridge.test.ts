import { once } from 'node:events';
import { mkdtempSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { describe, expect, it, onTestFinished } from 'vitest';
import { WebSocket } from 'ws';
import {
  createCommandExecutor,
  createSimulatedExecutor,
  createTokenStore,
  startRobotBridge,
  systemClock,
  type RobotBridge,
  type RobotBridgeOptions,
  type SimulatedCatalog,
} from '../../src/robot-bridge';
import { createManualClock } from '../../src/main/platform/memory';
import { ROBOT_SUBPROTOCOL, type LocalJob } from '../../src/shared/robot-protocol';
import { helloParams, helloWithToken } from '../support/robot-bridge';

const TOKEN = 'pre-shared-test-token';

const catalog: SimulatedCatalog = {
  processes: [
    {
      key: 'greet',
      name: 'Greet',
      inputArguments: [{ name: 'Name', type: 'string', required: true }],
      durationMs: 3000,
      steps: [
        { at: 0, log: 'starting' },
        { at: 1000, progress: 'half way' },
        { at: 2000, log: 'almost done', level: 'warn' },
      ],
      echoInputs: { Greeted: 'Name' },
    },
    {
      key: 'broken',
      name: 'Broken',
      durationMs: 1000,
      outcome: 'faulted',
      error: { code: 'BOOM', message: 'It broke.' },
    },
  ],
};

async function startBridge(overrides: Partial<RobotBridgeOptions> = {}) {
  const jobClock = createManualClock();
  const bridge = await startRobotBridge({
    executor: createSimulatedExecutor({ catalog, clock: jobClock }),
    port: 0,
    tokens: createTokenStore({ preSharedTokens: [TOKEN] }),
    ...overrides,
  });
  onTestFinished(() => bridge.close());
  return { bridge, jobClock };
}

interface RpcReply {
  id?: number | null;
  result?: unknown;
  error?: { code: number; message: string; data?: { reason?: string; attemptsLeft?: number; fields?: unknown } };
}

/** A bare protocol client, so the tests speak the wire format itself. */
async function connect(bridge: RobotBridge, options: { protocols?: string[]; headers?: Record<string, string>; autoPong?: boolean } = {}) {
  const socket = new WebSocket(bridge.url, options.protocols ?? [ROBOT_SUBPROTOCOL], {
    headers: options.headers,
    autoPong: options.autoPong,
  });
  const notifications: { method: string; params: Record<string, unknown> }[] = [];
  const waiters = new Map<number, (reply: RpcReply) => void>();
  const nullReplies: RpcReply[] = [];
  const notificationWaiters: (() => void)[] = [];
  socket.on('message', (data) => {
    const message = JSON.parse(data.toString()) as RpcReply & { method?: string; params?: Record<string, unknown> };
    if (message.method) {
      notifications.push({ method: message.method, params: message.params ?? {} });
      for (const wake of notificationWaiters.splice(0)) wake();
    } else if (typeof message.id === 'number') waiters.get(message.id)?.(message);
    else nullReplies.push(message);
  });
  onTestFinished(() => socket.terminate());
  await once(socket, 'open');
  let nextId = 1;
  const call = (method: string, params?: unknown): Promise<RpcReply> => {
    const id = nextId++;
    const reply = new Promise<RpcReply>((resolve) => waiters.set(id, resolve));
    socket.send(JSON.stringify({ jsonrpc: '2.0', id, method, params }));
    return reply;
  };
  const waitForNotification = async (predicate: (n: { method: string; params: Record<string, unknown> }) => boolean) => {
    for (;;) {
      const found = notifications.find(predicate);
      if (found) return found;
      await new Promise<void>((resolve) => notificationWaiters.push(resolve));
    }
  };
  const ready = async () => {
    const reply = await helloWithToken(call, TOKEN);
    expect(reply.result).toMatchObject({ status: 'ready' });
  };
  return { socket, call, notifications, nullReplies, waitForNotification, ready };
}

function upgradeStatus(url: string, protocols: string[], headers: Record<string, string> = {}): Promise<number> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url, protocols, { headers });
    socket.on('unexpected-response', (_request, response) => {
      resolve(response.statusCode ?? 0);
      socket.terminate();
    });
    socket.on('open', () => {
      socket.terminate();
      resolve(101);
    });
    socket.on('error', (error) => (error.message.includes('Unexpected server response') ? undefined : reject(error)));
  });
}

const BATON = { name: 'Baton', version: '0.1.0', machine: 'test-machine' };

describe('robot bridge handshake', () => {
  it('pairs with the code shown to the person and then accepts the issued token on a new connection', async () => {
    const { bridge } = await startBridge({ tokens: createTokenStore() });
    const codes: string[] = [];
    bridge.onPairingCode((pairing) => codes.push(pairing.code));
    const first = await connect(bridge);
    const greeting = await first.call('hello', helloParams(BATON));
    expect(greeting.result).toMatchObject({ status: 'pairing-required', expiresInSeconds: 120 });
    expect(JSON.stringify(greeting)).not.toContain(codes[0]);
    expect(codes[0]).toMatch(/^\d{8}$/);

    const { pairingId } = greeting.result as { pairingId: string };
    const paired = await first.call('pair', { pairingId, code: codes[0] });
    const { token } = paired.result as { token: string };
    expect(Buffer.from(token, 'base64url')).toHaveLength(32);

    const second = await connect(bridge);
    expect((await helloWithToken(second.call, token, BATON)).result).toMatchObject({ status: 'ready', robot: { executor: 'simulated' } });
    expect(JSON.stringify(await bridge.tokens.list())).not.toContain(token);
  });

  it('counts down attempts for wrong codes and refuses the connection for a while after five', async () => {
    const { bridge } = await startBridge({ tokens: createTokenStore(), generatePairingCode: () => '12345678' });
    const client = await connect(bridge);
    const { pairingId } = (await client.call('hello', helloParams(BATON))).result as { pairingId: string };
    const first = await client.call('pair', { pairingId, code: '00000000' });
    expect(first.error?.data).toMatchObject({ reason: 'PAIRING_REJECTED', attemptsLeft: 4 });
    for (let attempt = 0; attempt < 4; attempt += 1) await client.call('pair', { pairingId, code: '00000000' });
    const locked = await client.call('pair', { pairingId, code: '12345678' });
    expect(locked.error?.data).toMatchObject({ reason: 'RATE_LIMITED' });
  });

  it('answers NOT_PAIRED to any method before the handshake is ready', async () => {
    const { bridge } = await startBridge();
    const client = await connect(bridge);
    const reply = await client.call('processes.list');
    expect(reply.error?.data?.reason).toBe('NOT_PAIRED');
  });

  it('revokes the token on unpair so the next hello has to pair again', async () => {
    const { bridge } = await startBridge({ tokens: createTokenStore() });
    let code = '';
    bridge.onPairingCode((pairing) => (code = pairing.code));
    const client = await connect(bridge);
    const { pairingId } = (await client.call('hello', helloParams(BATON))).result as { pairingId: string };
    const { token } = (await client.call('pair', { pairingId, code })).result as { token: string };
    expect((await client.call('unpair', {})).result).toEqual({});
    expect((await client.call('robot.info')).error?.data?.reason).toBe('NOT_PAIRED');
    expect((await helloWithToken(client.call, token, BATON)).result).toMatchObject({ status: 'pairing-required' });
  });
});

describe('robot bridge transport', () => {
  it('refuses a browser Origin that is not on the allow-list with HTTP 403 before the upgrade', async () => {
    const { bridge } = await startBridge({ allowedOrigins: ['http://127.0.0.1:5173'] });
    expect(await upgradeStatus(bridge.url, [ROBOT_SUBPROTOCOL], { Origin: 'https://evil.example' })).toBe(403);
    expect(await upgradeStatus(bridge.url, [ROBOT_SUBPROTOCOL], { Origin: 'http://127.0.0.1:5173' })).toBe(101);
  });

  it('refuses a connection that does not offer the baton.robot.v2 subprotocol, and tells an older Baton to update', async () => {
    const { bridge } = await startBridge();
    expect(await upgradeStatus(bridge.url, [])).toBe(400);
    expect(await upgradeStatus(bridge.url, ['other.v1'])).toBe(400);
    expect(await upgradeStatus(bridge.url, ['baton.robot.v1'])).toBe(426);
    const body = await new Promise<string>((resolve) => {
      const socket = new WebSocket(bridge.url, ['baton.robot.v1']);
      socket.on('error', () => {});
      socket.on('unexpected-response', (_request, response) => {
        let text = '';
        response.on('data', (chunk: Buffer) => (text += chunk.toString()));
        response.on('end', () => resolve(text));
      });
    });
    expect(body).toContain('update Baton');
  });

  it('closes with 1009 when a frame is larger than 1 MiB', async () => {
    const { bridge } = await startBridge();
    const client = await connect(bridge);
    const closed = once(client.socket, 'close');
    client.socket.send('x'.repeat(1024 * 1024 + 1));
    expect((await closed)[0]).toBe(1009);
  });

  it('closes with 1003 when a binary frame arrives', async () => {
    const { bridge } = await startBridge();
    const client = await connect(bridge);
    const closed = once(client.socket, 'close');
    client.socket.send(Buffer.from([1, 2, 3]));
    expect((await closed)[0]).toBe(1003);
  });

  it('answers malformed JSON with -32700 and keeps serving the connection', async () => {
    const { bridge } = await startBridge();
    const client = await connect(bridge);
    client.socket.send('{"jsonrpc": "2.0", "id": 1, "method": ');
    client.socket.send('null');
    client.socket.send('[1, null]');
    await client.ready();
    expect(client.nullReplies.map((reply) => reply.error?.code)).toEqual([-32700, -32600, -32600]);
    expect((await client.call('robot.info')).result).toMatchObject({ executor: 'simulated' });
  });

  it('answers an unknown method with -32601 and bad params with -32602 naming the field', async () => {
    const { bridge } = await startBridge();
    const client = await connect(bridge);
    await client.ready();
    expect((await client.call('robot.selfDestruct')).error?.code).toBe(-32601);
    // Names every object has are not methods either.
    for (const inherited of ['toString', '__proto__', 'constructor']) expect((await client.call(inherited)).error?.code).toBe(-32601);
    const bad = await client.call('jobs.stop', { jobId: 42 });
    expect(bad.error?.code).toBe(-32602);
    expect(bad.error?.data).toMatchObject({ reason: 'INVALID_ARGUMENTS', fields: [{ path: 'jobId' }] });
  });

  it('listens on the IPv6 loopback when asked to', async () => {
    const { bridge } = await startBridge({ host: '::1' });
    expect(bridge.url).toMatch(/^ws:\/\/\[::1\]:\d+\/robot$/);
    const client = await connect(bridge);
    await client.ready();
  });

  it('drops a peer that stays silent past the idle timeout', async () => {
    const { bridge } = await startBridge({ pingIntervalMs: 20, idleTimeoutMs: 60 });
    const client = await connect(bridge, { autoPong: false });
    const [code] = await once(client.socket, 'close');
    expect(code).toBe(1006);
  });
});

describe('robot bridge jobs', () => {
  it('runs a job to successful with ordered seq, logs, progress and outputs', async () => {
    const { bridge, jobClock } = await startBridge();
    const client = await connect(bridge);
    await client.ready();
    const jobId = randomUUID();
    const started = await client.call('jobs.start', { processKey: 'greet', inputArguments: { Name: 'Ada' }, jobId });
    expect(started.result).toMatchObject({ jobId, state: 'pending' });
    jobClock.advance(3000);
    await client.waitForNotification((n) => n.method === 'job.updated' && n.params.state === 'successful');

    const about = client.notifications.filter((n) => n.params.jobId === jobId);
    expect(about.map((n) => n.params.seq)).toEqual(about.map((_n, index) => index + 1));
    expect(about.filter((n) => n.method === 'job.updated').map((n) => n.params.state)).toEqual([
      'pending',
      'running',
      'running',
      'successful',
    ]);
    expect(about.filter((n) => n.method === 'job.log').map((n) => [n.params.level, n.params.message])).toEqual([
      ['info', 'starting'],
      ['warn', 'almost done'],
    ]);
    const final = (await client.call('jobs.get', { jobId })).result as LocalJob;
    expect(final).toMatchObject({ state: 'successful', info: 'half way', outputArguments: { Greeted: 'Ada' } });
  });

  it('starts a job once when jobs.start is repeated with the same jobId', async () => {
    const { bridge } = await startBridge();
    const client = await connect(bridge);
    await client.ready();
    const jobId = randomUUID();
    const params = { processKey: 'greet', inputArguments: { Name: 'Ada' }, jobId };
    const [first, second] = await Promise.all([client.call('jobs.start', params), client.call('jobs.start', params)]);
    expect((first.result as LocalJob).jobId).toBe(jobId);
    expect((second.result as LocalJob).jobId).toBe(jobId);
    expect((await client.call('jobs.list', { active: true })).result).toHaveLength(1);
  });

  it('reports a faulted job with its error', async () => {
    const { bridge, jobClock } = await startBridge();
    const client = await connect(bridge);
    await client.ready();
    const job = (await client.call('jobs.start', { processKey: 'broken' })).result as LocalJob;
    jobClock.advance(1000);
    const end = await client.waitForNotification((n) => n.params.jobId === job.jobId && n.params.state === 'faulted');
    expect(end.params.error).toEqual({ code: 'BOOM', message: 'It broke.' });
  });

  it('stops a running job: stopping first, then stopped', async () => {
    const { bridge } = await startBridge();
    const client = await connect(bridge);
    await client.ready();
    const job = (await client.call('jobs.start', { processKey: 'greet', inputArguments: { Name: 'Ada' } })).result as LocalJob;
    expect((await client.call('jobs.stop', { jobId: job.jobId, mode: 'soft' })).result).toMatchObject({ state: 'stopping' });
    await client.waitForNotification((n) => n.params.jobId === job.jobId && n.params.state === 'stopped');
    expect((await client.call('jobs.stop', { jobId: job.jobId, mode: 'kill' })).error?.data?.reason).toBe('JOB_NOT_RUNNING');
  });

  it('answers BUSY while an attended job runs, and INVALID_ARGUMENTS with the failing fields', async () => {
    const { bridge } = await startBridge();
    const client = await connect(bridge);
    await client.ready();
    const missing = await client.call('jobs.start', { processKey: 'greet', inputArguments: { Name: 7, Extra: true } });
    expect(missing.error?.data).toMatchObject({ reason: 'INVALID_ARGUMENTS', fields: [{ path: 'Name' }, { path: 'Extra' }] });
    await client.call('jobs.start', { processKey: 'greet', inputArguments: { Name: 'Ada' } });
    expect((await client.call('jobs.start', { processKey: 'broken' })).error?.data?.reason).toBe('BUSY');
  });

  it('keeps one client’s jobs invisible to a client holding another token', async () => {
    const { bridge } = await startBridge({ tokens: createTokenStore({ preSharedTokens: [TOKEN, 'other-token'] }) });
    const owner = await connect(bridge);
    await owner.ready();
    const job = (await owner.call('jobs.start', { processKey: 'greet', inputArguments: { Name: 'Ada' } })).result as LocalJob;
    const other = await connect(bridge);
    await helloWithToken(other.call, 'other-token');
    expect((await other.call('jobs.get', { jobId: job.jobId })).error?.data?.reason).toBe('JOB_NOT_FOUND');
    expect((await other.call('jobs.list', {})).result).toEqual([]);
    expect(other.notifications).toEqual([]);
  });

  it('reports running jobs as stopped and closes sockets with 1001 on shutdown', async () => {
    const { bridge } = await startBridge();
    const client = await connect(bridge);
    await client.ready();
    const job = (await client.call('jobs.start', { processKey: 'greet', inputArguments: { Name: 'Ada' } })).result as LocalJob;
    const closed = once(client.socket, 'close');
    await bridge.close();
    expect((await closed)[0]).toBe(1001);
    const states = client.notifications.filter((n) => n.params.jobId === job.jobId).map((n) => n.params.state);
    expect(states.slice(-2)).toEqual(['stopping', 'stopped']);
  });
});

describe('command executor', () => {
  function processFolder(script: string, manifest: Record<string, unknown> = {}): string {
    const dir = mkdtempSync(join(tmpdir(), 'baton-robot-'));
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    mkdirSync(join(dir, 'echo'));
    writeFileSync(join(dir, 'echo', 'run.mjs'), script);
    writeFileSync(
      join(dir, 'echo', 'process.json'),
      JSON.stringify({
        name: 'Echo',
        version: '1.2.3',
        command: 'node',
        args: ['run.mjs'],
        inputArguments: [{ name: 'Text', type: 'string', required: true }],
        ...manifest,
      }),
    );
    return dir;
  }

  it('runs a real child process that reads its input on stdin and reports logs, progress and outputs', async () => {
    const dir = processFolder(`
      let input = '';
      process.stdin.on('data', (chunk) => (input += chunk));
      process.stdin.on('end', () => {
        const args = JSON.parse(input);
        console.log(JSON.stringify({ type: 'log', level: 'info', message: 'got ' + args.Text }));
        console.log(JSON.stringify({ type: 'progress', message: 'working' }));
        console.log('plain text line');
        console.log(JSON.stringify({ type: 'output', arguments: { Echoed: args.Text.toUpperCase() } }));
      });
    `);
    const { bridge } = await startBridge({ executor: createCommandExecutor({ processesDir: dir, clock: systemClock }) });
    const client = await connect(bridge);
    await client.ready();
    expect((await client.call('processes.list')).result).toMatchObject([{ key: 'echo', name: 'Echo', version: '1.2.3' }]);
    const job = (await client.call('jobs.start', { processKey: 'echo', inputArguments: { Text: 'hi' } })).result as LocalJob;
    const end = await client.waitForNotification((n) => n.params.jobId === job.jobId && n.params.state === 'successful');
    expect(end.params).toMatchObject({ info: 'working', outputArguments: { Echoed: 'HI' } });
    const logs = client.notifications.filter((n) => n.method === 'job.log').map((n) => n.params.message);
    expect(logs).toEqual(['got hi', 'plain text line']);
  });

  it('faults a job whose process exits non-zero, with its last stderr line', async () => {
    const dir = processFolder(`console.error('no printer found'); process.exit(3);`);
    const { bridge } = await startBridge({ executor: createCommandExecutor({ processesDir: dir, clock: systemClock }) });
    const client = await connect(bridge);
    await client.ready();
    const job = (await client.call('jobs.start', { processKey: 'echo', inputArguments: { Text: 'x' } })).result as LocalJob;
    const end = await client.waitForNotification((n) => n.params.jobId === job.jobId && n.params.state === 'faulted');
    expect(end.params.error).toEqual({ code: 'EXIT_3', message: 'no printer found' });
  });

  it('stops a child that ignores SIGTERM by killing it after the grace period', async () => {
    const dir = processFolder(
      `process.on('SIGTERM', () => console.log(JSON.stringify({ type: 'log', message: 'ignoring SIGTERM' })));
       console.log(JSON.stringify({ type: 'progress', message: 'waiting' }));
       setInterval(() => {}, 1000);`,
      { stopGraceMs: 50 },
    );
    const { bridge } = await startBridge({ executor: createCommandExecutor({ processesDir: dir, clock: systemClock }) });
    const client = await connect(bridge);
    await client.ready();
    const job = (await client.call('jobs.start', { processKey: 'echo', inputArguments: { Text: 'x' } })).result as LocalJob;
    await client.waitForNotification((n) => n.params.jobId === job.jobId && n.params.info === 'waiting');
    await client.call('jobs.stop', { jobId: job.jobId, mode: 'soft' });
    const end = await client.waitForNotification((n) => n.params.jobId === job.jobId && n.params.state === 'stopped');
    expect(end.method).toBe('job.updated');
  });

  // /proc shows whether a process is stopped (state T), so the test needs no timing.
  it.runIf(process.platform === 'linux')(
    'pauses a running job’s process group and resumes it, with the job saying so, then lets it finish',
    async () => {
      const release = join(mkdtempSync(join(tmpdir(), 'baton-pause-')), 'release');
      onTestFinished(() => rmSync(dirname(release), { recursive: true, force: true }));
      const dir = processFolder(
        `const { existsSync } = require('node:fs');
         console.log(JSON.stringify({ type: 'progress', message: 'pid ' + process.pid }));
         const timer = setInterval(() => { if (existsSync(${JSON.stringify(release)})) { clearInterval(timer); console.log(JSON.stringify({ type: 'output', arguments: { Done: true } })); } }, 10);`,
      );
      // CommonJS and no inputs: the script polls for the release file.
      writeFileSync(join(dir, 'echo', 'process.json'), JSON.stringify({ name: 'Echo', command: 'node', args: ['run.cjs'] }));
      renameSync(join(dir, 'echo', 'run.mjs'), join(dir, 'echo', 'run.cjs'));
      const { bridge } = await startBridge({ executor: createCommandExecutor({ processesDir: dir, clock: systemClock }) });
      const client = await connect(bridge);
      await client.ready();
      const job = (await client.call('jobs.start', { processKey: 'echo', inputArguments: {} })).result as LocalJob;
      const started = await client.waitForNotification(
        (n) => n.params.jobId === job.jobId && String(n.params.info ?? '').startsWith('pid '),
      );
      const pid = Number(String(started.params.info).slice(4));
      const state = () => readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.[0];

      expect((await client.call('jobs.pause', { jobId: job.jobId })).result).toMatchObject({
        state: 'running',
        paused: true,
        info: 'Paused on this machine.',
      });
      // The signal lands when the kernel next schedules the process.
      await expect.poll(state).toBe('T');
      expect((await client.call('jobs.resume', { jobId: job.jobId })).result).toMatchObject({ state: 'running', info: 'Resumed.' });
      await expect.poll(state).not.toBe('T');
      writeFileSync(release, '');
      const end = await client.waitForNotification((n) => n.params.jobId === job.jobId && n.params.state === 'successful');
      expect(end.params).toMatchObject({ outputArguments: { Done: true } });
      expect(end.params.paused).toBeUndefined();
    },
  );

  it('says clearly that a simulated job cannot be paused', async () => {
    const { bridge } = await startBridge();
    const client = await connect(bridge);
    await client.ready();
    const job = (await client.call('jobs.start', { processKey: 'greet', inputArguments: { Name: 'Ada' } })).result as LocalJob;
    const refused = await client.call('jobs.pause', { jobId: job.jobId });
    expect(refused.error).toMatchObject({ data: { reason: 'NOT_SUPPORTED' }, message: expect.stringContaining('cannot pause') });
  });
});
