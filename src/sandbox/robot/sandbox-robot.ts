import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createSimulatedExecutor, startRobotBridge, systemClock, type BridgeClock, type RobotBridge } from '../../robot-bridge';
import { createLocalCatalog } from './local-catalog';

export const PAIRING_CODE_PATH = '/__sandbox/robot/pairing-code';

export interface SandboxRobot {
  bridge: RobotBridge;
  url: string;
  /** The code the bridge shows now (the newest one not yet expired), if any. */
  pendingCode(): string | undefined;
  /** Answers `GET /__sandbox/robot/pairing-code` (admin token required); false for any other path. */
  handle(req: IncomingMessage, res: ServerResponse): boolean;
  close(): Promise<void>;
}

/** The sandbox's robot bridge: the simulated executor with processes matching some seed releases. */
export async function startSandboxRobot(options: { adminToken: string; jobClock?: BridgeClock; port?: number }): Promise<SandboxRobot> {
  const bridge = await startRobotBridge({
    executor: createSimulatedExecutor({ catalog: createLocalCatalog(), clock: options.jobClock ?? systemClock }),
    port: options.port ?? 0,
  });
  let latest: { code: string; expiresAt: number } | undefined;
  const stopListening = bridge.onPairingCode((pairing) => (latest = { code: pairing.code, expiresAt: pairing.expiresAt }));

  function send(res: ServerResponse, status: number, body: unknown): void {
    const text = JSON.stringify(body);
    res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': Buffer.byteLength(text) });
    res.end(text);
  }

  function isAuthorized(req: IncomingMessage): boolean {
    const given = Buffer.from(/^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '')?.[1] ?? '');
    const expected = Buffer.from(options.adminToken);
    return given.length === expected.length && timingSafeEqual(given, expected);
  }

  const pendingCode = () => (latest && systemClock.now() < latest.expiresAt ? latest.code : undefined);

  return {
    bridge,
    url: bridge.url,
    pendingCode,
    handle(req, res) {
      if ((req.url ?? '/').split('?')[0]?.replace(/\/$/, '') !== PAIRING_CODE_PATH) return false;
      if (!isAuthorized(req)) send(res, 401, { message: 'The sandbox admin token is missing or wrong.' });
      else if (req.method !== 'GET') send(res, 405, { message: 'Use GET.' });
      else {
        const code = pendingCode();
        if (code) send(res, 200, { code });
        else send(res, 404, { message: 'No pairing is pending: connect Baton to the sandbox robot first (it asks for a code).' });
      }
      return true;
    },
    async close() {
      stopListening();
      await bridge.close();
    },
  };
}
