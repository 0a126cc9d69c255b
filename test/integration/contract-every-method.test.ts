import { describe, expect, it, onTestFinished } from 'vitest';
import { createCore } from '../../src/main/compose';
import { createMemoryPlatform } from '../../src/main/platform/memory';
import { SANDBOX_USERS } from '../../src/sandbox';
import { methodNames, type MethodName, type ResultOf } from '../../src/shared/api';
import { RESET_CONFIRMATION } from '../../src/shared/contract/preferences';
import { createDispatcher } from '../../src/shared/dispatch';
import { isBatonError } from '../../src/shared/errors';
import { realClock } from '../support/auth-harness';
import { createDrivingBrowser } from '../support/browser-driver';
import { getFreePort } from '../support/free-port';

import { startTestSandbox } from '../support/sandbox';
import { settingsWithSandboxRobot } from '../support/web-app';

// Every method of the contract, called once through the dispatcher every host uses, against a
// real sandbox with alice signed in: each answer must match its result schema (the dispatcher
// checks them in test builds and answers INTERNAL when one drifts), and a refusal must be a
// BatonError a person can act on, never INTERNAL.

describe('the contract, method by method', () => {
  it('answers every method within its result schema, or refuses it with an error that is not internal', { timeout: 120_000 }, async () => {
    const redirectUri = `http://127.0.0.1:${await getFreePort()}/callback`;
    const sandbox = await startTestSandbox({ redirectUris: [redirectUri] });
    onTestFinished(() => sandbox.close());
    const alice = SANDBOX_USERS.find((user) => user.username === 'alice')!;
    const core = createCore({
      platform: createMemoryPlatform({
        host: 'web',
        clock: realClock,
        settings: settingsWithSandboxRobot(sandbox),
        browser: createDrivingBrowser({ username: alice.username, password: alice.password, redirectUri }),
      }),
      version: '0.0.0-test',
    });
    onTestFinished(() => core.dispose());
    const dispatch = createDispatcher(core.handlers, { checkResults: true });
    const called = new Set<MethodName>();
    const internal: string[] = [];
    const refused: string[] = [];

    async function call<M extends MethodName>(method: M, params: unknown = {}): Promise<ResultOf<M> | undefined> {
      called.add(method);
      try {
        return (await dispatch(method, params)) as ResultOf<M>;
      } catch (error) {
        if (!isBatonError(error) || error.code === 'INTERNAL') internal.push(`${method}: ${String(error)}`);
        else refused.push(`${method}: ${error.code}`);
        return undefined;
      }
    }

    await call('app.info');
    await call('policy.status');
    await call('preferences.get');
    await call('preferences.update', { theme: 'dark' });
    const profile = await call('session.profiles.add', {
      name: 'Sandbox',
      orchestratorUrl: sandbox.orchestratorUrl,
      redirectUri,
      makeActive: true,
    });
    const profileId = profile!.id;
    await call('session.profiles.update', { id: profileId, name: 'Sandbox (alice)' });
    await call('session.profiles.list');
    await call('session.profiles.setActive', { id: profileId });
    await call('session.cancelSignIn', {});
    await call('session.signIn', {});
    await call('session.status');
    await call('connectivity.status');

    const catalog = await call('catalog.refresh');
    await call('catalog.get');
    const process = catalog!.processes.find((candidate) => candidate.isRunnable && candidate.inputArguments.every((a) => !a.isRequired))!;
    await call('catalog.setFavorite', { processId: process.id, isFavorite: true });
    await call('inputs.remember', { processId: process.id, values: {} });
    await call('inputs.get', { processId: process.id });
    await call('inputs.forget', { processId: process.id });

    const run = await call('runs.start', { target: 'remote', processId: process.id });
    await call('runs.get', { runId: run!.id });
    await call('runs.logs', { runId: run!.id });
    await call('runs.list', {});
    await call('runs.pause', { runId: run!.id });
    await call('runs.resume', { runId: run!.id });
    await call('runs.stop', { runId: run!.id });

    const jobs = await call('jobs.list', {});
    const job = jobs!.jobs[0]!;
    await call('jobs.follow', { folderId: job.folderId, jobId: job.id });
    await call('jobs.resume', { folderId: job.folderId, jobId: job.id });
    await call('jobs.stop', { folderId: job.folderId, jobId: job.id });

    const reminder = await call('reminders.add', { processId: process.id, rule: { kind: 'daily', time: '09:00' } });
    await call('reminders.update', { id: reminder!.id, isEnabled: false });
    await call('reminders.list');
    await call('reminders.prompts');
    await call('reminders.answer', { id: reminder!.id, answer: 'dismiss' });
    await call('notifications.act', { id: 'no-such-notification', action: 'dismiss' });
    await call('reminders.remove', { id: reminder!.id });

    await call('robot.status');
    await call('robot.connect', {});
    await call('robot.pair', { code: (await sandbox.admin('/robot/pairing-code')).json.code as string });
    const local = await call('robot.processes');
    await call('robot.install', { key: local![0]!.key });
    await call('robot.unpair');

    await call('diagnostics.run', {});
    await call('app.showArea', { target: { kind: 'area', area: 'runs' } });
    await call('session.signOut', {});
    await call('session.profiles.remove', { id: profileId });
    await call('preferences.reset', { confirm: RESET_CONFIRMATION });

    expect(internal).toEqual([]);
    // The refusals this walk meets on purpose: a remote job has no Pause, a running job no Resume,
    // and a reminder that is not due (or a notification never shown) has nothing to answer.
    expect(refused).toEqual([
      'runs.pause: CONFLICT',
      'runs.resume: CONFLICT',
      'jobs.resume: CONFLICT',
      'reminders.answer: NOT_FOUND',
      'notifications.act: NOT_FOUND',
    ]);
    expect(methodNames.filter((method) => !called.has(method))).toEqual([]);
  });
});
