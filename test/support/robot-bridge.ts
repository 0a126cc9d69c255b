import { afterEach } from 'vitest';
import { createManualClock } from '../../src/main/platform/memory';
import { createSimulatedExecutor, startRobotBridge, type RobotBridgeOptions, type SimulatedCatalog } from '../../src/robot-bridge';

export interface Cleanups {
  push(cleanup: () => unknown): void;
}

/** Registers an afterEach that runs what the test pushed, newest first. */
export function cleanUpAfterEach(): Cleanups {
  const cleanups: (() => unknown)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });
  return { push: (cleanup) => void cleanups.push(cleanup) };
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
