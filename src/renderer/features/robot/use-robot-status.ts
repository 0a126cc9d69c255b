import type { Translator } from '../../../shared/i18n';
import { englishTranslator, selectKey } from '../../../shared/message-parts';
import { useCallback, useEffect } from 'react';
import type { RobotStatusView } from '../../../shared/contract/robot';
import type { BatonError } from '../../../shared/errors';
import type { LocalProcess } from '../../../shared/robot-protocol';
import { useBatonApi } from '../../app/baton-context';
import { useLiveValue } from '../../components/use-live-value';

export interface LocalAvailability {
  isEnabled: boolean;
  /** Why "Local" is disabled, for the person. */
  reason?: string;
  /** The robot's process key to pass to `runs.start {target: 'local'}`. */
  processKey?: string;
}

export interface RobotStatusState {
  status?: RobotStatusView;
  error?: BatonError;
  /** The robot's processes while it is ready or busy. */
  processes?: LocalProcess[];
  refresh(): void;
  /** Whether a catalog process can run on this machine's robot (matched by process key, then by name). */
  localAvailability(process: { processKey?: string; name: string }): LocalAvailability;
}

/** The local robot as the core sees it, kept current by `robot.changed`. */
export function useRobotStatus(): RobotStatusState {
  const api = useBatonApi();
  const live = useLiveValue(() => api.robot.status(), 'robot.changed');
  const status = live.value;
  const isPaired = status?.state === 'ready' || status?.state === 'busy';
  const listed = useLiveValue(() => api.robot.processes(), undefined, { isEnabled: isPaired });
  const processes = isPaired ? listed.value : undefined;
  // A robot paired again (perhaps another one) is asked afresh, not shown with the last one's list.
  const forgetProcesses = listed.set;
  useEffect(() => {
    if (!isPaired) forgetProcesses(() => undefined);
  }, [isPaired, forgetProcesses]);
  const error = live.error ?? (isPaired ? listed.error : undefined);

  const [refetchStatus, refetchProcesses] = [live.refetch, listed.refetch];
  const refresh = useCallback(() => {
    void refetchStatus();
    if (isPaired) void refetchProcesses();
  }, [refetchStatus, refetchProcesses, isPaired]);

  const localAvailability = useCallback(
    (process: { processKey?: string; name: string }) => localAvailabilityFor(status, processes, process),
    [status, processes],
  );

  return { status, error, processes, refresh, localAvailability };
}

/** Whether "Local" can be offered for a catalog process, and why not (matched by process key, then by name). */
export function localAvailabilityFor(
  status: RobotStatusView | undefined,
  processes: LocalProcess[] | undefined,
  process: { processKey?: string; name: string },
): LocalAvailability {
  if (!status) return { isEnabled: false, reason: 'Checking the robot on this machine…' };
  if (status.state === 'pairing-required')
    return { isEnabled: false, reason: 'Pair Baton with the robot on this machine first (Robot area).' };
  if (status.state === 'not-installed' || status.state === 'unreachable') {
    return { isEnabled: false, reason: `The robot on this machine is not reachable. ${status.hint ?? ''}`.trim() };
  }
  if (status.state === 'busy') return { isEnabled: false, reason: 'The robot on this machine is busy with another job.' };
  if (!processes) return { isEnabled: false, reason: 'Loading the robot’s processes…' };
  const match =
    processes.find((candidate) => candidate.key === process.processKey) ?? processes.find((candidate) => candidate.name === process.name);
  if (!match) return { isEnabled: false, reason: `The robot on this machine does not have “${process.name}”.` };
  if (!match.installed) return { isEnabled: false, reason: `“${process.name}” is not installed on the robot yet.`, processKey: match.key };
  return { isEnabled: true, processKey: match.key };
}

export function describeRobotState(status: RobotStatusView | undefined, t: Translator = englishTranslator): string {
  return t.t('robot.state', { state: selectKey(status?.state ?? 'checking') });
}
