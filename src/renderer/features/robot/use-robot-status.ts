import type { Translator } from '../../../shared/i18n';
import { englishTranslator, renderParts, selectKey } from '../../../shared/message-parts';
import { useCallback, useEffect } from 'react';
import type { RobotStatusView } from '../../../shared/contract/robot';
import type { BatonError } from '../../../shared/errors';
import type { LocalProcess } from '../../../shared/robot-protocol';
import { useT } from '../../app/i18n';
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
  const t = useT();
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
    (process: { processKey?: string; name: string }) => localAvailabilityFor(status, processes, process, t),
    [status, processes, t],
  );

  return { status, error, processes, refresh, localAvailability };
}

/** Whether "Local" can be offered for a catalog process, and why not (matched by process key, then by name). */
export function localAvailabilityFor(
  status: RobotStatusView | undefined,
  processes: LocalProcess[] | undefined,
  process: { processKey?: string; name: string },
  t: Translator = englishTranslator,
): LocalAvailability {
  if (!status) return { isEnabled: false, reason: t.t('robot.checking') };
  if (status.state === 'pairing-required') return { isEnabled: false, reason: t.t('robot.pairFirst') };
  if (status.state === 'not-installed' || status.state === 'unreachable') {
    // The robot domain's hint is its own sentence (English), shown as it is after ours.
    return { isEnabled: false, reason: `${t.t('robot.notReachable')} ${robotHint(status, t) ?? ''}`.trim() };
  }
  if (status.state === 'busy') return { isEnabled: false, reason: t.t('robot.busyElsewhere') };
  if (!processes) return { isEnabled: false, reason: t.t('robot.loadingProcesses') };
  const match =
    processes.find((candidate) => candidate.key === process.processKey) ?? processes.find((candidate) => candidate.name === process.name);
  if (!match) return { isEnabled: false, reason: t.t('robot.lacksProcess', { name: process.name }) };
  if (!match.installed) return { isEnabled: false, reason: t.t('robot.notInstalledYet', { name: process.name }), processKey: match.key };
  return { isEnabled: true, processKey: match.key };
}

/** The robot's hint in the translator's language (its message ids), or its English. */
export function robotHint(status: RobotStatusView | undefined, t: Translator = englishTranslator): string | undefined {
  if (status?.hintText) return renderParts(t, status.hintText);
  return status?.hint;
}

/** What Baton's own bridge found on this machine, one line each: its ids in the window's language, else its English lines. */
export function robotEvidence(status: RobotStatusView | undefined, t: Translator = englishTranslator): string[] {
  const lines = status?.evidence ?? [];
  const ids = status?.evidenceText;
  return ids && ids.length === lines.length ? ids.map((line) => renderParts(t, line)) : lines;
}

export function describeRobotState(status: RobotStatusView | undefined, t: Translator = englishTranslator): string {
  return t.t('robot.state', { state: selectKey(status?.state ?? 'checking') });
}
