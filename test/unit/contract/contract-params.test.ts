import { describe, expect, it } from 'vitest';
import { accepted, refusal, x } from '../../support/contract-params';

// What each contract method takes, written out by hand from docs (docs/architecture.md, each
// domain's doc), not from the schemas: the oracle for the boundary every host checks before a
// service runs. Each row would catch a schema that got looser or stricter than the doc says.

describe('methods without params', () => {
  it.each(['app.info', 'session.status', 'catalog.get', 'robot.status', 'robot.unpair', 'preferences.get', 'policy.status'] as const)(
    '%s takes an empty object and refuses any key',
    (method) => {
      expect(accepted(method, {})).toEqual({});
      expect(refusal(method, { extra: 1 })).toMatch(/extra/i);
    },
  );
});

describe('session', () => {
  const profile = { name: 'Prod', orchestratorUrl: 'https://orch.example.com' };

  it('adds a profile with every field, trimmed as typed', () => {
    expect(
      accepted('session.profiles.add', {
        name: '  Prod  ',
        orchestratorUrl: ' https://orch.example.com ',
        tenant: ' Default ',
        deployment: 'cloud',
        authMethod: 'client-credentials',
        clientId: ' app ',
        redirectUri: ' http://127.0.0.1:8765/callback ',
        scopes: ['OR.Jobs', 'openid', 'https://x/y:z-1'],
        username: ' ada ',
        acrValues: ' tenantName:acme idp|x ',
        makeActive: true,
      }),
    ).toEqual({
      name: 'Prod',
      orchestratorUrl: 'https://orch.example.com',
      tenant: 'Default',
      deployment: 'cloud',
      authMethod: 'client-credentials',
      clientId: 'app',
      redirectUri: 'http://127.0.0.1:8765/callback',
      scopes: ['OR.Jobs', 'openid', 'https://x/y:z-1'],
      username: 'ada',
      acrValues: 'tenantName:acme idp|x',
      makeActive: true,
    });
  });

  it.each(['on-prem', 'automation-suite', 'cloud'])('takes the deployment %s', (deployment) => {
    expect(accepted('session.profiles.add', { ...profile, deployment })).toMatchObject({ deployment });
  });

  it.each(['interactive', 'client-credentials', 'pat', 'legacy'])('takes the auth method %s', (authMethod) => {
    expect(accepted('session.profiles.add', { ...profile, authMethod })).toMatchObject({ authMethod });
  });

  it('says a profile needs a name and an Orchestrator URL', () => {
    expect(refusal('session.profiles.add', { ...profile, name: '   ' })).toContain('A profile needs a name.');
    expect(refusal('session.profiles.add', { ...profile, orchestratorUrl: ' ' })).toContain('Enter the Orchestrator URL.');
    expect(refusal('session.profiles.add', { orchestratorUrl: 'https://x' })).toBeTruthy();
  });

  it('bounds every text field', () => {
    expect(accepted('session.profiles.add', { ...profile, name: x(100) })).toMatchObject({ name: x(100) });
    refusal('session.profiles.add', { ...profile, name: x(101) });
    accepted('session.profiles.add', { ...profile, orchestratorUrl: x(2000) });
    refusal('session.profiles.add', { ...profile, orchestratorUrl: x(2001) });
    for (const [field, max] of [
      ['tenant', 200],
      ['clientId', 200],
      ['redirectUri', 2000],
      ['username', 200],
      ['acrValues', 500],
    ] as const) {
      accepted('session.profiles.add', { ...profile, [field]: x(max) });
      accepted('session.profiles.add', { ...profile, [field]: 'ab' });
      refusal('session.profiles.add', { ...profile, [field]: x(max + 1) });
      refusal('session.profiles.add', { ...profile, [field]: '  ' });
    }
  });

  it('takes scopes as words, at most 100', () => {
    accepted('session.profiles.add', { ...profile, scopes: Array.from({ length: 100 }, () => 'OR.Jobs') });
    refusal('session.profiles.add', { ...profile, scopes: Array.from({ length: 101 }, () => 'OR.Jobs') });
    expect(refusal('session.profiles.add', { ...profile, scopes: ['OR.Jobs OR.Folders'] })).toContain(
      'A scope is one word such as OR.Jobs.',
    );
    refusal('session.profiles.add', { ...profile, scopes: ['x OR.Jobs'] });
    refusal('session.profiles.add', { ...profile, scopes: ['OR.Jobs x'] });
  });

  it('takes acr_values as words separated by single spaces', () => {
    expect(refusal('session.profiles.add', { ...profile, acrValues: 'a  b' })).toContain('acr_values are words');
    refusal('session.profiles.add', { ...profile, acrValues: 'a"b' });
    refusal('session.profiles.add', { ...profile, acrValues: 'x a"b' });
    refusal('session.profiles.add', { ...profile, acrValues: 'a"b x' });
  });

  it('updates a profile by id with any subset of fields', () => {
    expect(accepted('session.profiles.update', { id: 'p1' })).toEqual({ id: 'p1' });
    expect(accepted('session.profiles.update', { id: 'p1', name: ' New ' })).toEqual({ id: 'p1', name: 'New' });
    refusal('session.profiles.update', { name: 'New' });
    refusal('session.profiles.update', { id: '' });
    accepted('session.profiles.update', { id: x(200) });
    refusal('session.profiles.update', { id: x(201) });
    refusal('session.profiles.update', { id: 'p1', makeActive: true });
  });

  it.each(['session.profiles.remove', 'session.profiles.setActive'] as const)('%s takes a profile id', (method) => {
    expect(accepted(method, { id: 'p1' })).toEqual({ id: 'p1' });
    refusal(method, {});
    refusal(method, { id: '' });
    refusal(method, { id: x(201) });
    refusal(method, { id: 'p1', extra: 1 });
  });

  it('signs in with each kind of secret, bounded', () => {
    const all = {
      profileId: 'p1',
      openBrowser: false,
      clientSecret: 's',
      pat: 'p',
      username: 'u',
      password: 'pw',
      rememberPassword: true,
      timeoutSeconds: 5,
    };
    expect(accepted('session.signIn', all)).toEqual(all);
    expect(accepted('session.signIn', {})).toEqual({});
    accepted('session.signIn', { clientSecret: x(4000), pat: x(4000), username: x(200), password: x(1000), timeoutSeconds: 3600 });
    for (const [field, max] of [
      ['clientSecret', 4000],
      ['pat', 4000],
      ['username', 200],
      ['password', 1000],
    ] as const) {
      refusal('session.signIn', { [field]: '' });
      refusal('session.signIn', { [field]: x(max + 1) });
    }
    refusal('session.signIn', { timeoutSeconds: 4 });
    refusal('session.signIn', { timeoutSeconds: 3601 });
    refusal('session.signIn', { timeoutSeconds: 10.5 });
    refusal('session.signIn', { apiKey: 'k' });
  });

  it('signs out and cancels a sign-in for a profile or the active one', () => {
    expect(accepted('session.signOut', { profileId: 'p1', endBrowserSession: true })).toEqual({ profileId: 'p1', endBrowserSession: true });
    expect(accepted('session.cancelSignIn', { profileId: 'p1' })).toEqual({ profileId: 'p1' });
    refusal('session.signOut', { profileId: '' });
    refusal('session.cancelSignIn', { profileId: x(201) });
    refusal('session.signOut', { extra: 1 });
    refusal('session.cancelSignIn', { extra: 1 });
  });
});

describe('catalog, inputs and robot', () => {
  it('marks a favourite by process id', () => {
    expect(accepted('catalog.setFavorite', { processId: '1:k', isFavorite: true })).toEqual({ processId: '1:k', isFavorite: true });
    refusal('catalog.setFavorite', { processId: '', isFavorite: true });
    refusal('catalog.setFavorite', { processId: x(201), isFavorite: true });
    refusal('catalog.setFavorite', { processId: '1:k' });
    refusal('catalog.setFavorite', { processId: '1:k', isFavorite: true, extra: 1 });
  });

  it('remembers inputs by process, at most 200 values and 100,000 characters', () => {
    expect(accepted('inputs.remember', { processId: 'p', values: { a: 1 } })).toEqual({ processId: 'p', values: { a: 1 } });
    accepted('inputs.remember', { processId: 'p', values: Object.fromEntries(Array.from({ length: 200 }, (_, i) => [`a${i}`, i])) });
    expect(
      refusal('inputs.remember', { processId: 'p', values: Object.fromEntries(Array.from({ length: 201 }, (_, i) => [`a${i}`, i])) }),
    ).toContain('at most 200 values');
    accepted('inputs.remember', { processId: 'p', values: { a: x(99_992) } });
    refusal('inputs.remember', { processId: 'p', values: { a: x(99_993) } });
    expect(refusal('inputs.remember', { processId: 'p', values: { a: x(100_000) } })).toContain('at most 100000 characters');
    refusal('inputs.remember', { processId: 'p', values: { [x(201)]: 1 } });
    for (const method of ['inputs.get', 'inputs.forget'] as const) {
      expect(accepted(method, { processId: x(200) })).toEqual({ processId: x(200) });
      refusal(method, { processId: '' });
      refusal(method, { processId: x(201) });
      refusal(method, { processId: 'p', extra: 1 });
    }
  });

  it('connects to a ws:// or wss:// bridge only', () => {
    expect(accepted('robot.connect', { url: ' ws://127.0.0.1:2424/robot ', remember: false })).toEqual({
      url: 'ws://127.0.0.1:2424/robot',
      remember: false,
    });
    accepted('robot.connect', { url: 'WSS://robot.example.com' });
    accepted('robot.connect', {});
    expect(refusal('robot.connect', { url: 'http://127.0.0.1:2424' })).toContain('starts with ws:// or wss://');
    refusal('robot.connect', { url: 'ws://' });
    refusal('robot.connect', { url: 'ws://a b' });
    refusal('robot.connect', { url: 'ws://a/b c' });
    refusal('robot.connect', { url: 'xws://a' });
    refusal('robot.connect', { url: `ws://${x(500)}` });
  });

  it('pairs with the digits the bridge shows', () => {
    expect(accepted('robot.pair', { code: ' 1234 5678 ' })).toEqual({ code: '1234 5678' });
    accepted('robot.pair', { code: '1234-5678' });
    accepted('robot.pair', { code: '1234' });
    accepted('robot.pair', { code: '1'.repeat(20) });
    expect(refusal('robot.pair', { code: '123' })).toContain('The pairing code is the digits shown by the robot.');
    refusal('robot.pair', { code: '1'.repeat(21) });
    refusal('robot.pair', { code: 'x1234' });
    refusal('robot.pair', { code: '1234x' });
  });

  it('installs a process by key', () => {
    expect(accepted('robot.install', { key: x(300) })).toEqual({ key: x(300) });
    refusal('robot.install', { key: '' });
    refusal('robot.install', { key: x(301) });
  });
});

describe('runs', () => {
  it('starts a remote run by process id and a local one by process key', () => {
    expect(accepted('runs.start', { target: 'remote', processId: '1:k', inputArguments: { a: 1 } })).toEqual({
      target: 'remote',
      processId: '1:k',
      inputArguments: { a: 1 },
    });
    expect(accepted('runs.start', { target: 'local', processKey: 'Hello' })).toEqual({ target: 'local', processKey: 'Hello' });
    refusal('runs.start', { target: 'remote', processKey: 'Hello' });
    refusal('runs.start', { target: 'local', processId: '1:k' });
    refusal('runs.start', { target: 'remote', processId: '' });
    refusal('runs.start', { target: 'local', processKey: x(201) });
    accepted('runs.start', { target: 'local', processKey: x(200) });
  });

  it('bounds a start to 200 arguments and 100,000 characters, and refuses what is not JSON', () => {
    const start = (inputArguments: unknown) => ({ target: 'remote', processId: 'p', inputArguments });
    accepted('runs.start', start(Object.fromEntries(Array.from({ length: 200 }, (_, i) => [`a${i}`, i]))));
    expect(refusal('runs.start', start(Object.fromEntries(Array.from({ length: 201 }, (_, i) => [`a${i}`, i]))))).toContain(
      'at most 200 input arguments',
    );
    // {"a":"…"} is 8 characters around the value: exactly 100,000 passes, one more does not.
    accepted('runs.start', start({ a: x(99_992) }));
    refusal('runs.start', start({ a: x(99_993) }));
    expect(refusal('runs.start', start({ a: x(100_000) }))).toContain('at most 100000 characters');
    const cycle: Record<string, unknown> = {};
    cycle.self = cycle;
    refusal('runs.start', start({ a: cycle }));
  });

  it('stops softly unless told to kill', () => {
    expect(accepted('runs.stop', { runId: 'r1' })).toEqual({ runId: 'r1', mode: 'soft' });
    expect(accepted('runs.stop', { runId: 'r1', mode: 'kill' })).toEqual({ runId: 'r1', mode: 'kill' });
    refusal('runs.stop', { runId: 'r1', mode: 'hard' });
    refusal('runs.stop', { runId: '' });
    refusal('runs.stop', { runId: x(101) });
    accepted('runs.stop', { runId: x(100) });
  });

  it('lists runs with a limit of 1 to 500', () => {
    expect(accepted('runs.list', { isActive: true, limit: 500, isFresh: true })).toEqual({ isActive: true, limit: 500, isFresh: true });
    accepted('runs.list', { limit: 1 });
    refusal('runs.list', { limit: 0 });
    refusal('runs.list', { limit: 501 });
    refusal('runs.list', { limit: 1.5 });
    refusal('runs.list', { extra: 1 });
  });

  it.each(['runs.pause', 'runs.resume', 'runs.get', 'runs.logs'] as const)('%s takes a run id', (method) => {
    expect(accepted(method, { runId: 'r1' })).toEqual({ runId: 'r1' });
    refusal(method, { runId: '' });
    refusal(method, { runId: 'r1', extra: 1 });
  });
});

describe('diagnostics and settings', () => {
  it('runs diagnostics for a profile, a URL, a process and a folder, trimmed', () => {
    expect(
      accepted('diagnostics.run', { profileId: 'p1', orchestratorUrl: ' https://x ', processName: ' Hello ', folderPath: ' Shared ' }),
    ).toEqual({ profileId: 'p1', orchestratorUrl: 'https://x', processName: 'Hello', folderPath: 'Shared' });
    for (const [field, max] of [
      ['profileId', 200],
      ['orchestratorUrl', 2000],
      ['processName', 500],
      ['folderPath', 1000],
    ] as const) {
      accepted('diagnostics.run', { [field]: x(max) });
      accepted('diagnostics.run', { [field]: 'ab' });
      refusal('diagnostics.run', { [field]: x(max + 1) });
      refusal('diagnostics.run', { [field]: '' });
    }
    refusal('diagnostics.run', { orchestratorUrl: '  ' });
    refusal('diagnostics.run', { extra: 1 });
  });

  it('updates preferences in part, refusing unknown keys at every level', () => {
    const patch = {
      startAtLogin: true,
      notifications: {
        isPaused: true,
        kinds: { runSuccessful: false, runFaulted: true, runStopped: false, signInExpired: true, robotPairing: false },
      },
      defaultRunTarget: 'local',
      shortcut: null,
      theme: 'dark',
      robotBridgeUrl: 'ws://127.0.0.1:2424/robot',
    };
    expect(accepted('preferences.update', patch)).toEqual(patch);
    expect(accepted('preferences.update', {})).toEqual({});
    accepted('preferences.update', { defaultRunTarget: 'remote', theme: 'light' });
    accepted('preferences.update', { theme: 'system' });
    refusal('preferences.update', { theme: 'blue' });
    refusal('preferences.update', { extra: 1 });
    refusal('preferences.update', { notifications: { extra: 1 } });
    refusal('preferences.update', { notifications: { kinds: { runPaused: true } } });
    expect(refusal('preferences.update', { robotBridgeUrl: 'http://x' })).toContain('The robot bridge address starts with ws:// or wss://');
    refusal('preferences.update', { robotBridgeUrl: 'ws://a b' });
    refusal('preferences.update', { robotBridgeUrl: 'ws://a/b c' });
    refusal('preferences.update', { robotBridgeUrl: 'xws://a' });
    refusal('preferences.update', { robotBridgeUrl: 'ws://' });
    refusal('preferences.update', { robotBridgeUrl: `ws://${x(500)}` });
    expect(accepted('preferences.update', { robotBridgeUrl: ' wss://ROBOT:1/x ' })).toEqual({ robotBridgeUrl: 'wss://ROBOT:1/x' });
    expect(accepted('preferences.update', { robotBridgeUrl: 'ws://127.0.0.1:2424' })).toEqual({ robotBridgeUrl: 'ws://127.0.0.1:2424' });
  });

  it.each([
    'CommandOrControl+Alt+B',
    'CmdOrCtrl+B',
    'Command+F1',
    'Cmd+F24',
    'Control+Space',
    'Ctrl+Tab',
    'Option+Enter',
    'AltGr+Backspace',
    'Shift+Delete',
    'Super+Insert',
    'Meta+Home',
    'Alt+End',
    'Alt+PageUp',
    'Alt+PageDown',
    'Alt+Up',
    'Alt+Down',
    'Alt+Left',
    'Alt+Right',
    'Alt+Plus',
    'Alt+9',
    'Alt+F10',
    'Alt+F19',
    'Alt+F20',
    'Alt+/',
    'Alt+\\',
    'Alt+`',
  ])('takes the shortcut %s', (shortcut) => {
    expect(accepted('preferences.update', { shortcut: ` ${shortcut} ` })).toEqual({ shortcut });
  });

  it.each([
    'B',
    'Alt+Alt+B',
    'Alt+B+C',
    'Hyper+B',
    'Alt+F25',
    'Alt+F0',
    'Alt+b',
    'Alt+',
    '+B',
    'Alt+BB',
    'Alt+XF1',
    'Alt+F1X',
    `Alt+${x(60)}`,
  ])('refuses the shortcut %s', (shortcut) => {
    expect(refusal('preferences.update', { shortcut })).toContain('A shortcut is one or more modifiers and one key');
  });

  it('resets only with the exact confirmation', () => {
    expect(accepted('preferences.reset', { confirm: 'RESET BATON' })).toEqual({ confirm: 'RESET BATON' });
    refusal('preferences.reset', { confirm: 'reset baton' });
    refusal('preferences.reset', {});
  });
});

describe('jobs', () => {
  it('lists jobs of the last day, 50 at a time, unless told otherwise', () => {
    expect(accepted('jobs.list', {})).toEqual({ period: 'day', limit: 50 });
    const all = {
      states: ['pending', 'running', 'suspended', 'stopping', 'successful', 'faulted', 'stopped'],
      folderId: 3,
      period: 'month',
      limit: 200,
      cursor: '1234567',
    };
    expect(accepted('jobs.list', all)).toEqual(all);
    for (const period of ['hour', 'day', 'week', 'month']) accepted('jobs.list', { period });
    accepted('jobs.list', { limit: 1 });
    refusal('jobs.list', { limit: 0 });
    refusal('jobs.list', { limit: 201 });
    refusal('jobs.list', { states: ['resumed'] });
    refusal('jobs.list', { states: Array.from({ length: 8 }, () => 'pending') });
    refusal('jobs.list', { folderId: 0 });
    refusal('jobs.list', { folderId: 1.5 });
    expect(refusal('jobs.list', { cursor: '12345678' })).toContain('a cursor is the nextCursor of an earlier page');
    refusal('jobs.list', { cursor: 'x1' });
    refusal('jobs.list', { cursor: '1x' });
    refusal('jobs.list', { cursor: '' });
    refusal('jobs.list', { extra: 1 });
  });

  it('stops softly unless told to kill, and follows a job by folder and id', () => {
    expect(accepted('jobs.stop', { folderId: 1, jobId: 2 })).toEqual({ folderId: 1, jobId: 2, mode: 'soft' });
    expect(accepted('jobs.stop', { folderId: 1, jobId: 2, mode: 'kill' })).toEqual({ folderId: 1, jobId: 2, mode: 'kill' });
    refusal('jobs.stop', { folderId: 1, jobId: 2, mode: 'hard' });
    expect(accepted('jobs.follow', { folderId: 1, jobId: 2 })).toEqual({ folderId: 1, jobId: 2 });
    refusal('jobs.follow', { folderId: 1, jobId: 0 });
    refusal('jobs.follow', { folderId: -1, jobId: 2 });
    refusal('jobs.follow', { folderId: 1, jobId: 2, extra: 1 });
  });
});

describe('reminders', () => {
  it.each([
    { kind: 'once', date: '2026-02-28', time: '00:00' },
    { kind: 'once', date: '2028-02-29', time: '23:59' },
    { kind: 'once', date: '2026-12-31', time: '19:30' },
    { kind: 'daily', time: '09:00' },
    { kind: 'weekdays', time: '12:05' },
    { kind: 'weekly', time: '08:00', days: [0, 6] },
    { kind: 'weekly', time: '08:00', days: [0, 1, 2, 3, 4, 5, 6] },
  ])('takes the rule %j', (rule) => {
    expect(accepted('reminders.add', { processId: 'p', rule })).toEqual({ processId: 'p', rule });
  });

  it.each([
    [{ kind: 'daily', time: '24:00' }, 'A time is HH:MM'],
    [{ kind: 'daily', time: '9:00' }, 'A time is HH:MM'],
    [{ kind: 'daily', time: '09:60' }, 'A time is HH:MM'],
    [{ kind: 'daily', time: 'x09:00' }, 'A time is HH:MM'],
    [{ kind: 'daily', time: '09:00x' }, 'A time is HH:MM'],
    [{ kind: 'once', date: '2026-02-29', time: '09:00' }, 'That day does not exist in that month.'],
    [{ kind: 'once', date: '2026-04-31', time: '09:00' }, 'That day does not exist in that month.'],
    [{ kind: 'once', date: '2026-13-01', time: '09:00' }, 'A date is YYYY-MM-DD'],
    [{ kind: 'once', date: '2026-00-01', time: '09:00' }, 'A date is YYYY-MM-DD'],
    [{ kind: 'once', date: '2026-01-00', time: '09:00' }, 'A date is YYYY-MM-DD'],
    [{ kind: 'once', date: '2026-01-32', time: '09:00' }, 'A date is YYYY-MM-DD'],
    [{ kind: 'once', date: 'x2026-01-01', time: '09:00' }, 'A date is YYYY-MM-DD'],
    [{ kind: 'once', date: '2026-01-01x', time: '09:00' }, 'A date is YYYY-MM-DD'],
    [{ kind: 'weekly', time: '08:00', days: [] }, 'Choose at least one day.'],
    [{ kind: 'weekly', time: '08:00', days: [7] }, ''],
    [{ kind: 'weekly', time: '08:00', days: [-1] }, ''],
    [{ kind: 'weekly', time: '08:00', days: [1.5] }, ''],
    [{ kind: 'weekly', time: '08:00', days: [0, 1, 2, 3, 4, 5, 6, 0] }, ''],
    [{ kind: 'daily', time: '09:00', days: [1] }, ''],
    [{ kind: 'monthly', time: '09:00' }, ''],
  ])('refuses the rule %j', (rule, message) => {
    expect(refusal('reminders.add', { processId: 'p', rule })).toContain(message);
  });

  it('changes a reminder only when told what to change', () => {
    expect(accepted('reminders.update', { id: 'r1', isEnabled: false })).toEqual({ id: 'r1', isEnabled: false });
    accepted('reminders.update', { id: 'r1', rule: { kind: 'daily', time: '09:00' } });
    expect(refusal('reminders.update', { id: 'r1' })).toContain('Say what to change');
    refusal('reminders.update', { id: '', isEnabled: true });
    refusal('reminders.update', { id: x(101), isEnabled: true });
    refusal('reminders.add', { processId: '', rule: { kind: 'daily', time: '09:00' } });
    refusal('reminders.add', { processId: x(201), rule: { kind: 'daily', time: '09:00' } });
  });

  it('answers a prompt with start, snooze or dismiss', () => {
    for (const answer of ['start', 'snooze', 'dismiss'])
      expect(accepted('reminders.answer', { id: 'r1', answer })).toEqual({ id: 'r1', answer });
    refusal('reminders.answer', { id: 'r1', answer: 'later' });
    expect(accepted('reminders.remove', { id: x(100) })).toEqual({ id: x(100) });
    refusal('reminders.remove', { id: '' });
  });
});
