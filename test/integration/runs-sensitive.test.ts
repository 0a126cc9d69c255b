import { describe, expect, it, onTestFinished } from 'vitest';
import { createMemorySettings } from '../../src/main/platform/memory';
import { isFinalRunState } from '../../src/shared/contract/runs';
import { remoteCore } from '../reliability/support/remote-harness';
import { startTestSandbox, type TestSandbox } from '../support/sandbox';

const SECRET = 'hunter2-do-not-keep';

/**
 * The sandbox's Hello World with a SecureString input added. The curated seed has no secret
 * input; the release is changed before the catalog is read, the way an administrator
 * publishing a new version would.
 */
async function sandboxWithSecretInput(): Promise<TestSandbox> {
  const sandbox = await startTestSandbox();
  onTestFinished(() => sandbox.close());
  const hello = [...sandbox.orchestrator.state.releases.values()].find((release) => release.name === 'Hello World')!;
  hello.inputs = [
    ...hello.inputs,
    { name: 'in_ApiKey', type: 'System.Security.SecureString, System, Version=4.0.0.0', required: true, hasDefault: false },
  ];
  sandbox.orchestrator.state.catalogRevision += 1;
  return sandbox;
}

// Catches: run history kept inputs marked sensitive in plain text in settings.json and returned
// them through runs.list and run.updated.
describe('sensitive inputs of a remote run', () => {
  it('go to Orchestrator and nowhere else: not the history, runs.list, updates or logs', async () => {
    const sandbox = await sandboxWithSecretInput();
    const settings = createMemorySettings();
    const core = remoteCore(sandbox, 'alice', { settings });
    onTestFinished(() => core.dispose());
    const processId = await core.processId('Hello World');
    const process = (await core.catalog.findProcess(processId))!;
    expect(process.inputArguments.find((arg) => arg.name === 'in_ApiKey')).toMatchObject({ kind: 'string', isSensitive: true });

    const started = await core.settle(
      core.runs.start({ target: 'remote', processId, inputArguments: { in_Name: 'Ada', in_ApiKey: SECRET } }),
    );
    const job = [...sandbox.orchestrator.state.jobs.values()].find((candidate) => candidate.reference === started.reference)!;
    expect(JSON.parse(job.inputArguments ?? '{}')).toEqual({ in_Name: 'Ada', in_ApiKey: SECRET });

    expect(started).toMatchObject({ inputArguments: { in_Name: 'Ada' }, sensitiveArguments: ['in_ApiKey'] });
    await core.drive(async () => isFinalRunState((await core.runs.get(started.id)).state), { stepMs: 1000 });
    const listed = await core.runs.list();
    expect(listed[0]).toMatchObject({
      id: started.id,
      state: 'successful',
      inputArguments: { in_Name: 'Ada' },
      sensitiveArguments: ['in_ApiKey'],
    });

    for (const [what, artifact] of Object.entries({
      'runs.start answer': started,
      'runs.list': listed,
      'runs.get': await core.runs.get(started.id),
      'run.updated events': core.updates,
      'the settings file contents': settings.get('runs.history'),
      'the log': core.logger.lines,
    })) {
      expect(JSON.stringify(artifact), what).not.toContain(SECRET);
    }
  });
});
