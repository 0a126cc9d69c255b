import { BatonError } from '../../shared/errors';
import { said } from '../../shared/message-parts';
import type { LocalProcess } from '../../shared/robot-protocol';
import type { RobotClient } from './robot-client-types';

/**
 * Installs a process if the robot has not yet, and answers it as listed afterwards: RobotJS reveals
 * a process's input arguments only once it is installed (anchors-assistant-robotjs.md §2).
 */
export async function installProcess(client: RobotClient, key: string): Promise<LocalProcess> {
  const before = (await client.listProcesses()).find((process) => process.key === key);
  if (!before) throw BatonError.said('NOT_FOUND', said('errors.robotNoProcess', { key }), { hint: said('errors.robotNoProcessHint') });
  if (before.installed) return before;
  await client.installProcess(key);
  const after = (await client.listProcesses()).find((process) => process.key === key);
  if (!after)
    throw BatonError.said('NOT_FOUND', said('errors.robotNoLongerHasProcess', { key }), { hint: said('errors.robotNoProcessHint') });
  return after;
}
