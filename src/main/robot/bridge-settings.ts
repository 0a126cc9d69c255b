import { z } from 'zod';
import { join } from 'node:path';
import type { SettingsStore } from '../platform';
import type { BridgeExecutorChoice, BridgeLaunchSettings } from './bridge-launcher';

/** The bridge the person chose (ws://…); absent: Baton's own bridge, or BATON_ROBOT_URL. */
export const ROBOT_URL_SETTING = 'robot.url';
/** The person's choice of executor for Baton's own bridge; absent: chosen by what the machine has. */
export const ROBOT_EXECUTOR_SETTING = 'robot.executor';
/** A folder of command processes (one subfolder with process.json each). */
export const ROBOT_PROCESSES_SETTING = 'robot.processesDir';
/** The simulated executor's catalog file (a JSON SimulatedCatalog); absent: the demo catalog. */
export const ROBOT_CATALOG_SETTING = 'robot.catalog';
/** true: Baton starts its bridge at launch instead of on first use. */
export const ROBOT_BRIDGE_AT_LAUNCH_SETTING = 'robot.startBridgeAtLaunch';

const EXECUTORS: readonly BridgeExecutorChoice[] = ['simulated', 'command', 'uirobot', 'robotjs'];

/**
 * What Baton's bridge is started with: the environment (`BATON_ROBOT_PROCESSES`, `BATON_ROBOT_EXECUTOR`,
 * a future `--robot-processes DIR` would set the former) wins over the settings; pairings of other clients are kept in
 * Baton's data folder.
 */
export function readBridgeLaunchSettings(settings: SettingsStore, env: NodeJS.ProcessEnv, dataDir: string): BridgeLaunchSettings {
  const text = (value: unknown): string | undefined => (typeof value === 'string' && value.trim().length > 0 ? value.trim() : undefined);
  const executor = text(env.BATON_ROBOT_EXECUTOR) ?? text(settings.read(ROBOT_EXECUTOR_SETTING, z.string()));
  return {
    executor: EXECUTORS.includes(executor as BridgeExecutorChoice) ? (executor as BridgeExecutorChoice) : undefined,
    processesDir: text(env.BATON_ROBOT_PROCESSES) ?? text(settings.read(ROBOT_PROCESSES_SETTING, z.string())),
    catalog: text(settings.read(ROBOT_CATALOG_SETTING, z.string())),
    tokensFile: join(dataDir, 'robot-bridge', 'tokens.json'),
    processStateFile: join(dataDir, 'robot-bridge', 'processes.json'),
  };
}

/** `BATON_ROBOT_LAUNCH=off` keeps Baton from starting a bridge (a bridge run by hand or a service is used instead). */
export function isBridgeLaunchEnabled(env: NodeJS.ProcessEnv): boolean {
  return !/^(off|0|false|no)$/i.test(env.BATON_ROBOT_LAUNCH ?? '');
}
