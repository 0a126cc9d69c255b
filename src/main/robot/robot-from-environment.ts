import { z } from 'zod';
import type { Platform } from '../platform';
import { createBridgeLauncher } from './bridge-launcher';
import { isBridgeLaunchEnabled, readBridgeLaunchSettings, ROBOT_BRIDGE_AT_LAUNCH_SETTING } from './bridge-settings';
import { createRobotService, type RobotService } from './robot-service';

/**
 * The robot of this machine as the environment configures it (docs/robot-bridge.md): Baton starts
 * its own bridge (a child process; in Electron a utility process) unless that is turned off or
 * `BATON_ROBOT_URL` names another one; `BATON_ROBOT_TOKEN` is offered only to the bridge at
 * `BATON_ROBOT_URL` (default ws://127.0.0.1:2424/robot). Not started: the caller starts it.
 */
export function createRobotFromEnvironment(deps: {
  env: Readonly<Record<string, string | undefined>>;
  platform: Pick<Platform, 'settings' | 'vault' | 'clock' | 'logger' | 'dataDir' | 'childProcesses'>;
  clientInfo: { name: string; version: string; machine: string };
}): RobotService {
  const { env, platform } = deps;
  const launcher =
    isBridgeLaunchEnabled(env) && !env.BATON_ROBOT_URL
      ? createBridgeLauncher({
          settings: () => readBridgeLaunchSettings(platform.settings, env, platform.dataDir),
          clock: platform.clock,
          logger: platform.logger,
          host: platform.childProcesses,
        })
      : undefined;
  return createRobotService({
    settings: platform.settings,
    vault: platform.vault,
    clock: platform.clock,
    logger: platform.logger,
    clientInfo: deps.clientInfo,
    preSharedToken: env.BATON_ROBOT_TOKEN,
    preSharedTokenUrl: env.BATON_ROBOT_URL,
    defaultUrl: env.BATON_ROBOT_URL,
    launcher,
    launchAtStart: () => platform.settings.read(ROBOT_BRIDGE_AT_LAUNCH_SETTING, z.boolean()) === true,
  });
}
