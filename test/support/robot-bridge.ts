import { onTestFinished } from 'vitest';
import { createManualClock, createMemoryPlatform, createMemorySettings, createMemoryVault } from '../../src/main/platform/memory';
import { realClock } from './auth-harness';
import { createRobotService, type RobotService } from '../../src/main/robot';
import { authMessage, clientProof, isServerProofValid, randomNonce, tokenIdOf } from '../../src/shared/robot-auth';
import { ROBOT_PROTOCOL_VERSION } from '../../src/shared/robot-protocol';
import { createSimulatedExecutor, startRobotBridge, type RobotBridgeOptions, type SimulatedCatalog } from '../../src/robot-bridge';

export interface Cleanups {
  push(cleanup: () => unknown): void;
}

/** Where the helpers below register what to undo: vitest's onTestFinished, so newest first when the test ends. */
export const afterThisTest: Cleanups = {
  push: (cleanup) =>
    onTestFinished(async () => {
      await cleanup();
    }),
};

/** For suites that still hold their cleanups in a variable; new ones call onTestFinished. */
export function cleanUpAfterEach(): Cleanups {
  return afterThisTest;
}

type SimulatedSteps = NonNullable<SimulatedCatalog['processes'][number]['steps']>;

/** One process, "Greet", that takes a required Name and echoes it back as Greeted after 3 s. */
export function greetCatalog(steps: SimulatedSteps): SimulatedCatalog {
  return {
    processes: [
      {
        key: 'greet',
        name: 'Greet',
        inputArguments: [{ name: 'Name', type: 'string', required: true }],
        durationMs: 3000,
        steps,
        echoInputs: { Greeted: 'Name' },
      },
    ],
  };
}

/**
 * A robot bridge on a free port with the simulated executor on a manual clock (the test moves
 * the jobs), closed after the test; `codes` collects every pairing code it shows.
 */
export async function startSimulatedBridge(
  catalog: SimulatedCatalog,
  cleanups: Cleanups,
  options: Partial<Omit<RobotBridgeOptions, 'executor'>> = {},
) {
  const jobClock = createManualClock();
  const bridge = await startRobotBridge({ executor: createSimulatedExecutor({ catalog, clock: jobClock }), port: 0, ...options });
  cleanups.push(() => bridge.close());
  const codes: string[] = [];
  bridge.onPairingCode((pairing) => codes.push(pairing.code));
  return { bridge, jobClock, codes };
}

/** Baton's robot service pointed at `bridge` and connecting (closed after the test); pair it with the code the bridge showed. */
export function robotServiceFor(bridge: { url: string }, cleanups: Cleanups): RobotService {
  const robot = createRobotService({
    settings: createMemorySettings(),
    vault: createMemoryVault(),
    clock: realClock,
    logger: createMemoryPlatform().logger,
    clientInfo: { name: 'Baton', version: '0.0.0', machine: 'test' },
    defaultUrl: bridge.url,
  });
  robot.start();
  cleanups.push(() => robot.dispose());
  return robot;
}

export const TEST_CLIENT = { name: 'test', version: '1', machine: 'here' };

/** A protocol-2 hello with a fresh nonce and no pairing: the bridge answers pairing-required. */
export function helloParams(client: { name: string; version: string; machine: string } = TEST_CLIENT) {
  return { protocol: ROBOT_PROTOCOL_VERSION, client, clientNonce: randomNonce() };
}

type Call = (method: string, params?: unknown) => Promise<{ result?: unknown; error?: unknown }>;

/**
 * Protocol 2 as Baton does it: hello naming the pairing, check the bridge's proof, then answer its
 * challenge. Resolves with the authenticate reply, or the hello reply when there was no challenge.
 */
export async function helloWithToken(call: Call, token: string, client = TEST_CLIENT) {
  const tokenId = await tokenIdOf(token);
  const clientNonce = randomNonce();
  const hello = await call('hello', { protocol: ROBOT_PROTOCOL_VERSION, client, tokenId, clientNonce });
  const result = hello.result as { status?: string; serverNonce: string; serverProof: string } | undefined;
  if (result?.status !== 'challenge') return hello;
  const message = authMessage({ tokenId, clientNonce, serverNonce: result.serverNonce });
  if (!(await isServerProofValid(token, message, result.serverProof))) throw new Error('The bridge could not prove it holds the pairing.');
  return call('authenticate', { clientProof: await clientProof(token, message) });
}
