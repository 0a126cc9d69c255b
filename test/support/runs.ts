import type { ArgumentSchema } from '../../src/shared/contract/catalog';
import type { LocalRun, RemoteRun, Run } from '../../src/shared/contract/runs';

/** A remote run as the history keeps it: an Orchestrator job in folder 1, running, unless `extra` says otherwise. */
export const remoteRun = (extra: Partial<RemoteRun> = {}): RemoteRun => ({
  id: 'r1',
  target: 'remote',
  profileId: 'p1',
  processId: '1:k',
  folderId: 1,
  processName: 'Hello World',
  inputArguments: {},
  state: 'running',
  createdAt: '2026-01-01T00:00:00.000Z',
  jobId: 1,
  ...extra,
});

/** A local run as the history keeps it: a job on the robot of this machine, running, unless `extra` says otherwise. */
export const localRun = (extra: Partial<LocalRun> = {}): LocalRun => ({
  id: extra.jobId ?? 'l1',
  target: 'local',
  profileId: null,
  processKey: 'hello',
  processName: 'Hello',
  inputArguments: {},
  state: 'running',
  createdAt: '2026-01-01T00:00:00.000Z',
  jobId: extra.id ?? 'l1',
  ...extra,
});

/** The run, which the test knows went to Orchestrator; fails the test if it did not. */
export function remoteOf(run: Run): RemoteRun {
  if (run.target !== 'remote') throw new Error(`expected a remote run, got a ${run.target} one`);
  return run;
}

/** The run, which the test knows went to the robot of this machine; fails the test if it did not. */
export function localOf(run: Run): LocalRun {
  if (run.target !== 'local') throw new Error(`expected a local run, got a ${run.target} one`);
  return run;
}

/** An input argument of `kind`, optional and without a default unless `extra` says otherwise. */
export const arg = (name: string, kind: ArgumentSchema['kind'], extra: Partial<ArgumentSchema> = {}): ArgumentSchema => ({
  name,
  kind,
  typeName: kind,
  isRequired: false,
  hasDefault: false,
  ...extra,
});
