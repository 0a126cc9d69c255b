import { z } from 'zod';
import type { MessageText } from '../shared/i18n';
import { systemClock } from './clock';
import { detectExecutor, type Detection, type ExecutorKind } from './detect';
import {
  createCommandExecutor,
  createRobotJsExecutor,
  createSimulatedExecutor,
  createUiRobotExecutor,
  loadSimulatedCatalog,
  type Executor,
} from './executors';
import { DEMO_CATALOG_FILE } from './demo-catalog';
import { createProcessStateStore } from './process-state';
import { startRobotBridge, type RobotBridge } from './server';
import { createTokenStore } from './token-store';

/**
 * A bridge that Baton starts as its own child. Everything arrives over the child's private message
 * channel (Node `process.send`, Electron `parentPort`), never argv or the environment, which other
 * local programs can read: above all the secret that pairs Baton with it.
 */
export const managedStartSchema = z.object({
  type: z.literal('start'),
  /** Baton's pairing with this bridge: accepted like a pre-shared token, kept in memory only. */
  secret: z.string().regex(/^[A-Za-z0-9_-]{43}$/),
  /** Where pairings of other clients are kept; in memory when absent. */
  tokensFile: z.string().optional(),
  /** Where installed processes and their input schemas are kept across restarts. */
  processStateFile: z.string().optional(),
  executor: z.enum(['simulated', 'command', 'uirobot', 'robotjs']).optional(),
  processesDir: z.string().optional(),
  catalog: z.string().optional(),
  robotJsPort: z.number().int().min(1).max(65_535).optional(),
  /** 0 (default) picks a free port, so a bridge started separately on 2424 is never in the way. */
  port: z.number().int().min(0).max(65_535).default(0),
});
export type ManagedStart = z.infer<typeof managedStartSchema>;

/** Messages the child sends to Baton. */
export type ManagedMessage =
  | { type: 'ready'; url: string; executor: ExecutorKind; evidence: string[]; evidenceText: MessageText[] }
  | { type: 'no-robot'; evidence: string[]; evidenceText: MessageText[]; hint: string }
  | { type: 'pairing'; code: string; clientName: string; expiresAt: number }
  | { type: 'consent'; code: number; url: string }
  | { type: 'log'; level: 'info' | 'warn'; message: string; fields?: Record<string, unknown> }
  | { type: 'failed'; message: string };

export async function startManagedBridge(
  start: ManagedStart,
  send: (message: ManagedMessage) => void,
  deps: { detect?: (input: Parameters<typeof detectExecutor>[0]) => Promise<Detection> } = {},
): Promise<RobotBridge | undefined> {
  const detection = await (deps.detect ?? detectExecutor)({
    override: start.executor,
    processesDir: start.processesDir,
    robotJsPort: start.robotJsPort,
  });
  if (!detection.executor) {
    send({ type: 'no-robot', evidence: detection.evidence, evidenceText: detection.evidenceText, hint: detection.hint ?? '' });
    return undefined;
  }
  const warn = (message: string) => send({ type: 'log', level: 'warn', message });
  const executor = buildManagedExecutor(detection.executor, start, detection, warn, send);
  const tokens = createTokenStore({ file: start.tokensFile });
  await tokens.addPreShared(start.secret, 'Baton (started this bridge)');
  const bridge = await startRobotBridge({
    executor,
    port: start.port,
    tokens,
    logger: {
      info: (message, fields) => send({ type: 'log', level: 'info', message, ...(fields ? { fields } : {}) }),
      warn: (message, fields) => send({ type: 'log', level: 'warn', message, ...(fields ? { fields } : {}) }),
    },
  });
  // Other clients asking to pair: Baton's window shows the code and who asks.
  bridge.onPairingCode((pairing) =>
    send({ type: 'pairing', code: pairing.code, clientName: pairing.clientName, expiresAt: pairing.expiresAt }),
  );
  send({
    type: 'ready',
    url: bridge.url,
    executor: detection.executor,
    evidence: detection.evidence,
    evidenceText: detection.evidenceText,
  });
  return bridge;
}

function buildManagedExecutor(
  kind: ExecutorKind,
  start: ManagedStart,
  detection: Detection,
  warn: (message: string) => void,
  send: (message: ManagedMessage) => void,
): Executor {
  switch (kind) {
    case 'simulated':
      return createSimulatedExecutor({ catalog: loadSimulatedCatalog(start.catalog ?? DEMO_CATALOG_FILE), clock: systemClock });
    case 'command':
      if (!start.processesDir) throw new Error('The command executor needs a processes folder.');
      return createCommandExecutor({ processesDir: start.processesDir, clock: systemClock, warn });
    case 'uirobot':
      return createUiRobotExecutor({
        clock: systemClock,
        config: { processes: [], ...(detection.uiRobotPath ? { uiRobotPath: detection.uiRobotPath } : {}) },
      });
    case 'robotjs':
      return createRobotJsExecutor({
        clock: systemClock,
        discoveryPort: start.robotJsPort,
        processState: createProcessStateStore({ file: start.processStateFile }),
        onConsentCode: (code, url) => send({ type: 'consent', code, url }),
      });
  }
}
