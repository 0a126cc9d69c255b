import { useCallback, useRef, useState } from 'react';
import type { Process } from '../../../shared/contract/catalog';
import { processRefOf, type Run } from '../../../shared/contract/runs';
import type { BatonError } from '../../../shared/errors';
import { toBatonError } from '../../api';
import { useBatonApi } from '../../app/baton-context';
import type { ArgumentTexts } from './argument-values';
import { knownTexts, planQuickRun, type QuickRunPlan } from './home-model';

/**
 * One click, from a favourite tile or "Run again": start at once when every input is known,
 * otherwise hand over to the run dialog (`onAsk`) with what is known filled in.
 */
export function useQuickRun(deps: {
  processes?: readonly Process[];
  isRemoteAvailable: boolean;
  onAsk(process: Process, texts: ArgumentTexts, target?: 'remote' | 'local'): void;
  onStarted(run: Run): void;
  /** A recent run's process is no longer in the catalog. */
  onMissing(processId: string): void;
}) {
  const api = useBatonApi();
  const [startingId, setStartingId] = useState<string>();
  const [error, setError] = useState<BatonError>();
  // The callbacks change every render; the latest ones are read when a click happens.
  const latest = useRef(deps);
  latest.current = deps;

  const carryOut = useCallback(
    async (process: Process, plan: QuickRunPlan, busyId: string, target?: 'remote' | 'local') => {
      setError(undefined);
      if (plan.kind === 'ask') {
        latest.current.onAsk(process, plan.texts, target);
        return;
      }
      setStartingId(busyId);
      try {
        latest.current.onStarted(await api.runs.start(plan.params));
      } catch (caught) {
        setError(toBatonError(caught));
      } finally {
        setStartingId(undefined);
      }
    },
    [api],
  );

  const runFavourite = useCallback(
    async (process: Process) => {
      const remembered = await api.inputs.get({ processId: process.id }).catch(() => undefined);
      const plan = planQuickRun(process, { known: remembered?.values, isRemoteAvailable: latest.current.isRemoteAvailable });
      await carryOut(process, plan, process.id);
    },
    [api, carryOut],
  );

  const runAgain = useCallback(
    async (run: Run) => {
      const process = latest.current.processes?.find((candidate) =>
        run.target === 'remote' ? candidate.id === run.processId : candidate.processKey === run.processKey,
      );
      if (!process) {
        latest.current.onMissing(processRefOf(run));
        return;
      }
      const plan = planQuickRun(process, {
        known: run.inputArguments,
        target: run.target,
        isRemoteAvailable: latest.current.isRemoteAvailable,
      });
      // Secrets given last time were never kept: the form asks for them again.
      const mustAsk = (run.sensitiveArguments?.length ?? 0) > 0;
      const asked: QuickRunPlan = { kind: 'ask', texts: knownTexts(process, run.inputArguments) };
      await carryOut(process, mustAsk && plan.kind === 'start' ? asked : plan, run.id, run.target);
    },
    [carryOut],
  );

  const dismissError = useCallback(() => setError(undefined), []);
  return { runFavourite, runAgain, startingId, error, dismissError };
}
