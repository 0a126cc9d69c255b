import { describe, expect, it } from 'vitest';
import { methods, events } from '../../../src/shared/api';
import {
  CHECK_FOR_ERROR_CODE,
  CHECK_TITLES,
  checkForErrorCode,
  formatCheck,
  formatDiagnosticsReport,
  formatVerdict,
  type CheckResult,
  type DiagnosticsReport,
} from '../../../src/shared/contract/diagnostics';
import { isFinalRunState } from '../../../src/shared/contract/runs';
import { preferencesSchema } from '../../../src/shared/contract/preferences';

// What the core answers and pushes, written out by hand (docs/architecture.md, each domain's doc):
// every field of a full answer survives the schema unchanged, and an answer without a required
// field is refused, so a host never shows a half-read answer. Catches a schema that drops,
// renames or no longer requires a field, or an enum that lost a value.

const run = {
  id: 'r1',
  target: 'remote',
  profileId: 'p1',
  processId: '1:k',
  folderId: 1,
  folderKey: 'f1',
  processName: 'Hello',
  folderPath: 'Shared',
  inputArguments: { a: 1 },
  sensitiveArguments: ['password'],
  state: 'running',
  createdAt: '2026-01-01T00:00:00Z',
  startedAt: '2026-01-01T00:00:01Z',
  endedAt: '2026-01-01T00:00:02Z',
  info: 'Waiting',
  outputArguments: { b: 2 },
  error: { code: 'INTERNAL', message: 'm', hint: 'h' },
  jobId: 5,
  jobKey: 'k5',
  reference: 'baton-r1',
};

const localRun = {
  id: 'j2',
  target: 'local',
  profileId: null,
  bridgeUrl: 'ws://127.0.0.1:2424/robot',
  processKey: 'greet',
  processVersion: '1.0.0',
  processName: 'Greet',
  inputArguments: { Name: 'Ada' },
  sensitiveArguments: ['Password'],
  state: 'running',
  isPaused: true,
  createdAt: '2026-01-01T00:00:00Z',
  startedAt: '2026-01-01T00:00:01Z',
  info: 'Paused on this machine.',
  outputArguments: { Greeted: 'Ada' },
  error: { code: 'INTERNAL', message: 'm', hint: 'h' },
  jobId: 'j2',
};

const argument = {
  name: 'in_Name',
  kind: 'string',
  typeName: 'System.String',
  isRequired: true,
  hasDefault: true,
  defaultValue: 'Ada',
  description: 'Who to greet',
  isSensitive: false,
};
const processEntry = {
  id: '1:k',
  name: 'Hello',
  description: 'Says hello',
  version: '1.0.0',
  releaseId: 3,
  releaseKey: 'k',
  processKey: 'Hello',
  folderId: 1,
  folderPath: 'Shared',
  isRunnable: true,
  prefersLocal: false,
  inputArguments: [argument],
  isFavorite: true,
};
const catalog = {
  profileId: 'p1',
  folders: [{ id: 1, key: 'f1', path: 'Shared', displayName: 'Shared', error: { code: 'FORBIDDEN', message: 'm' } }],
  processes: [processEntry],
  refreshedAt: '2026-01-01T00:00:00Z',
  source: 'server',
  isRefreshing: false,
  error: { code: 'NETWORK_UNREACHABLE', message: 'm' },
};
const check = {
  id: 'tls',
  title: 'Certificate trusted (TLS)',
  status: 'fail',
  summary: 'Not trusted',
  because: 'b',
  evidence: ['e1'],
  fix: 'Install the CA',
  durationMs: 3,
};
const report = {
  runId: 'd1',
  startedAt: 's',
  finishedAt: 'f',
  overall: 'fail',
  profileId: 'p1',
  profileName: 'Prod',
  orchestratorUrl: 'https://x',
  processName: 'Hello',
  folderPath: 'Shared',
  checks: [check],
};
const job = {
  id: 5,
  key: 'k5',
  folderId: 1,
  folderPath: 'Shared',
  processName: 'Hello',
  state: 'faulted',
  startedBy: { kind: 'schedule', name: 'Nightly' },
  isBaton: false,
  runId: 'r1',
  machine: 'M1',
  createdAt: 'c',
  startedAt: 's',
  endedAt: 'e',
  info: 'boom',
};
const reminder = {
  id: 'm1',
  profileId: 'p1',
  processId: '1:k',
  processName: 'Hello',
  folderPath: 'Shared',
  rule: { kind: 'daily', time: '09:00' },
  nextAt: 'n',
  snoozedUntil: 's',
  isEnabled: false,
  createdAt: 'c',
  profileName: 'Prod',
  isForActiveProfile: true,
};
const prompt = { reminder, dueAt: 'd', isMissed: true };
const robotStatus = {
  state: 'pairing-required',
  url: 'ws://127.0.0.1:2424/robot',
  robot: { name: 'r', version: '1', machine: 'm', user: 'u', executor: 'simulated', features: ['pause'] },
  activeJobs: 1,
  pairingExpiresAt: 'e',
  hint: 'h',
  error: { code: 'ROBOT_UNAVAILABLE', message: 'm' },
  managed: true,
  executor: 'command',
  evidence: ['found'],
  pairingRequest: { code: '1234', clientName: 'Other', expiresAt: 'e' },
  consentCode: 42,
};
const preferences = {
  startAtLogin: true,
  notifications: {
    isPaused: true,
    kinds: { runSuccessful: false, runFaulted: false, runStopped: false, signInExpired: false, robotPairing: false },
  },
  defaultRunTarget: 'local',
  shortcut: null,
  theme: 'dark',
  language: 'ar',
};
const settingsView = {
  preferences,
  robotBridgeUrl: 'ws://127.0.0.1:2424/robot',
  dataLocation: '/home/a/.baton',
  capabilities: { startAtLogin: true, globalShortcut: false },
  shortcutProblem: 'taken',
};
const connectivity = {
  profileId: 'p1',
  state: 'offline',
  since: 's',
  server: 'orch.example.com',
  reason: 'r',
  catalogRefreshedAt: 'c',
  catalogAgeMs: 10,
  canRunRemotely: false,
  nextProbeAt: 'n',
};
const policy = {
  state: 'applied',
  path: '/etc/baton/policy.json',
  problem: { message: 'm', hint: 'h' },
  locks: { orchestratorUrl: true, localRuns: false, robotBridge: true, updates: false },
  presetProfiles: ['Prod'],
  updateFeedUrl: 'https://u',
};

const answers = [
  ['runs.get', run],
  ['runs.list', [run, localRun]],
  ['catalog.get', catalog],
  ['catalog.setFavorite', processEntry],
  ['diagnostics.run', report],
  ['jobs.list', { jobs: [job], nextCursor: '50', total: 51, listedAt: 'l' }],
  ['jobs.stop', job],
  ['jobs.follow', run],
  ['reminders.add', reminder],
  ['reminders.prompts', [prompt]],
  ['robot.status', robotStatus],
  ['preferences.get', settingsView],
  ['connectivity.status', connectivity],
  ['policy.status', policy],
  ['inputs.get', { processId: '1:k', values: { a: 1 } }],
] as const;

const pushed = [
  ['run.updated', run],
  ['run.log', { runId: 'r1', seq: 3, level: 'warn', message: 'm', at: 'a', isReportStatus: true, isNotice: false }],
  ['catalog.changed', catalog],
  ['diagnostics.progress', { runId: 'd1', id: 'tls', title: 't', index: 0, total: 1, state: 'done', result: check }],
  ['reminder.due', prompt],
  ['robot.changed', robotStatus],
  ['preferences.changed', settingsView],
  ['connectivity.changed', connectivity],
  ['connectivity.restored', { profileId: null, server: 's', offlineSince: 'o', restoredAt: 'r', finishedRuns: [run] }],
] as const;

/** Every required key of an object, one level down, removed one at a time. */
function withoutEach(value: Record<string, unknown>, optional: ReadonlySet<string>) {
  return Object.keys(value)
    .filter((key) => !optional.has(key))
    .map((key) => [key, Object.fromEntries(Object.entries(value).filter(([k]) => k !== key))] as const);
}

const OPTIONAL = new Set([
  'folderPath',
  'sensitiveArguments',
  'isPaused',
  'startedAt',
  'endedAt',
  'info',
  'outputArguments',
  'error',
  'folderKey',
  'jobKey',
  'reference',
  'defaultValue',
  'description',
  'isSensitive',
  'key',
  'because',
  'fix',
  'profileId',
  'profileName',
  'orchestratorUrl',
  'processName',
  'runId',
  'machine',
  'total',
  'snoozedUntil',
  'isEnabled',
  'robot',
  'pairingExpiresAt',
  'hint',
  'managed',
  'executor',
  'evidence',
  'pairingRequest',
  'consentCode',
  'shortcutProblem',
  'server',
  'reason',
  'nextProbeAt',
  'problem',
  'updateFeedUrl',
  'isReportStatus',
  'isNotice',
  'result',
  'name',
]);

describe('answers', () => {
  it.each(answers)('%s: a full answer passes unchanged', (method, answer) => {
    expect(methods[method].result.parse(answer)).toEqual(answer);
  });

  it.each(answers.filter(([, answer]) => !Array.isArray(answer)))('%s: an answer without a required field is refused', (method, answer) => {
    const missing = withoutEach(answer as Record<string, unknown>, OPTIONAL);
    expect(missing.length).toBeGreaterThan(0);
    for (const [key, partial] of missing) expect(methods[method].result.safeParse(partial).success, key).toBe(false);
  });
});

describe('events', () => {
  it.each(pushed)('%s: a full payload passes unchanged', (event, payload) => {
    expect(events[event].parse(payload)).toEqual(payload);
  });

  it.each(pushed)('%s: a payload without a required field is refused', (event, payload) => {
    const optional = new Set([...OPTIONAL].filter((key) => !(event === 'connectivity.restored' && key === 'profileId')));
    for (const [key, partial] of withoutEach(payload as Record<string, unknown>, optional))
      expect(events[event].safeParse(partial).success, key).toBe(false);
  });
});

describe('the values of each enum in an answer', () => {
  const each = <T extends Record<string, unknown>>(base: T, field: keyof T, values: string[]) =>
    values.map((value) => ({ ...base, [field]: value }));

  it.each([
    ...each(run, 'state', ['pending', 'running', 'suspended', 'stopping', 'successful', 'faulted', 'stopped']),
    ...each(localRun, 'state', ['pending', 'running', 'suspended', 'stopping', 'successful', 'faulted', 'stopped']),
  ])('a run $target $state', (value) => {
    expect(methods['runs.get'].result.parse(value)).toEqual(value);
  });

  it.each(['trace', 'info', 'warn', 'error'])('a log line at %s', (level) => {
    const line = { runId: 'r', seq: 1, level, message: 'm', at: 'a' };
    expect(events['run.log'].parse(line)).toEqual(line);
  });

  it.each(['string', 'integer', 'number', 'boolean', 'datetime', 'json'])('an argument of kind %s', (kind) => {
    const value = { ...catalog, processes: [{ ...processEntry, inputArguments: [{ ...argument, kind }] }] };
    expect(methods['catalog.get'].result.parse(value)).toEqual(value);
  });

  it.each(['empty', 'cache', 'server'])('a catalog from %s', (source) => {
    expect(methods['catalog.get'].result.parse({ ...catalog, source })).toMatchObject({ source });
  });

  it.each(['online', 'degraded', 'offline', 'signed-out'])('connectivity %s', (state) => {
    expect(methods['connectivity.status'].result.parse({ ...connectivity, state })).toMatchObject({ state });
  });

  it.each(['not-installed', 'unreachable', 'pairing-required', 'ready', 'busy'])('a robot %s', (state) => {
    expect(methods['robot.status'].result.parse({ ...robotStatus, state })).toMatchObject({ state });
  });

  it.each(['pending', 'running', 'suspended', 'stopping', 'successful', 'faulted', 'stopped'])('a job %s', (state) => {
    expect(methods['jobs.stop'].result.parse({ ...job, state })).toMatchObject({ state });
  });

  it.each(['user', 'schedule', 'trigger', 'robot', 'unknown'])('a job started by a %s', (kind) => {
    expect(methods['jobs.stop'].result.parse({ ...job, startedBy: { kind } })).toMatchObject({ startedBy: { kind } });
  });

  it.each(['pass', 'warn', 'fail', 'skipped'])('a check that is %s', (status) => {
    expect(methods['diagnostics.run'].result.parse({ ...report, checks: [{ ...check, status }] })).toMatchObject({
      checks: [{ status }],
    });
  });

  it.each(['pass', 'warn', 'fail'])('a report that is %s overall', (overall) => {
    expect(methods['diagnostics.run'].result.parse({ ...report, overall })).toMatchObject({ overall });
  });

  it.each(['running', 'done'])('diagnostics progress %s', (state) => {
    const progress = { runId: 'd', id: 'url', title: 't', index: 0, total: 1, state };
    expect(events['diagnostics.progress'].parse(progress)).toEqual(progress);
  });

  it.each(['none', 'applied', 'invalid'])('a policy that is %s', (state) => {
    expect(methods['policy.status'].result.parse({ ...policy, state })).toMatchObject({ state });
  });

  it('refuses counts a person would not believe', () => {
    expect(methods['robot.status'].result.safeParse({ ...robotStatus, activeJobs: -1 }).success).toBe(false);
    expect(methods['robot.status'].result.safeParse({ ...robotStatus, activeJobs: 1.5 }).success).toBe(false);
    expect(methods['robot.status'].result.safeParse({ ...robotStatus, consentCode: 1.5 }).success).toBe(false);
    expect(methods['diagnostics.run'].result.safeParse({ ...report, checks: [{ ...check, durationMs: -1 }] }).success).toBe(false);
    const progress = { runId: 'd', id: 'url', title: 't', index: 0, total: 1, state: 'done' };
    expect(events['diagnostics.progress'].safeParse({ ...progress, index: -1 }).success).toBe(false);
    expect(events['diagnostics.progress'].safeParse({ ...progress, index: 0.5 }).success).toBe(false);
    expect(events['diagnostics.progress'].safeParse({ ...progress, total: 0 }).success).toBe(false);
    expect(events['diagnostics.progress'].safeParse({ ...progress, total: 1.5 }).success).toBe(false);
  });
});

describe('more answers', () => {
  it('lists profiles with the active one', () => {
    const list = { activeProfileId: null, profiles: [] };
    expect(methods['session.profiles.list'].result.parse(list)).toEqual(list);
    expect(methods['session.profiles.list'].result.safeParse({ profiles: [] }).success).toBe(false);
    expect(methods['session.profiles.list'].result.safeParse({ activeProfileId: null }).success).toBe(false);
  });

  it('gives a run’s log lines and whether more are in Orchestrator', () => {
    const page = {
      lines: [{ runId: 'r1', seq: 1, level: 'info', message: 'm', at: 'a' }],
      hasMore: true,
      orchestratorUrl: 'https://orch.example.com/jobs',
    };
    expect(methods['runs.logs'].result.parse(page)).toEqual(page);
    expect(methods['runs.logs'].result.safeParse({ lines: [] }).success).toBe(false);
  });

  it('keeps a remote default run target in the settings it answers', () => {
    const view = { ...settingsView, preferences: { ...preferences, defaultRunTarget: 'remote' } };
    expect(methods['preferences.get'].result.parse(view)).toEqual(view);
  });
});

describe('defaults of answers read from older records', () => {
  it('gives preferences their defaults, so an empty or older file still reads', () => {
    expect(preferencesSchema.parse({})).toEqual({
      startAtLogin: false,
      notifications: {
        isPaused: false,
        kinds: { runSuccessful: true, runFaulted: true, runStopped: true, signInExpired: true, robotPairing: true },
      },
      defaultRunTarget: 'remote',
      shortcut: 'CommandOrControl+Alt+B',
      theme: 'system',
      language: 'system',
    });
    expect(preferencesSchema.parse({ notifications: {} }).notifications.kinds.runFaulted).toBe(true);
  });

  it('reads a reminder made before reminders had a profile or could be turned off', () => {
    const { profileId: _profileId, isEnabled: _isEnabled, ...older } = reminder;
    expect(methods['reminders.add'].result.parse(older)).toMatchObject({ profileId: null, isEnabled: true });
  });
});

describe('run states', () => {
  it.each([
    ['successful', true],
    ['faulted', true],
    ['stopped', true],
    ['pending', false],
    ['running', false],
    ['suspended', false],
    ['stopping', false],
  ] as const)('%s is final: %s', (state, isFinal) => {
    expect(isFinalRunState(state)).toBe(isFinal);
  });
});

describe('diagnostics as text', () => {
  it('titles every check as docs/troubleshooting.md does', () => {
    expect(CHECK_TITLES).toEqual({
      url: 'Orchestrator URL',
      dns: 'Host name resolves (DNS)',
      tcp: 'Port reachable (TCP)',
      tls: 'Certificate trusted (TLS)',
      orchestrator: 'Orchestrator answers',
      identity: 'Identity Server discovery',
      credentials: 'Sign-in valid',
      secrets: 'Secrets kept',
      scopes: 'Scopes granted',
      folders: 'Folders readable',
      processes: 'Processes visible',
      'run-permission': 'Permission to run the process',
      robot: 'Robot bridge',
      'robot-process': 'Process installed on the robot',
      clock: 'Clock in step with the server',
      webhook: 'Webhook reachable',
    });
  });

  it('links each error code to the check that explains it', () => {
    expect(CHECK_FOR_ERROR_CODE).toEqual({
      NETWORK_UNREACHABLE: 'tcp',
      TLS_UNTRUSTED: 'tls',
      AUTH_REQUIRED: 'credentials',
      AUTH_FAILED: 'credentials',
      FORBIDDEN: 'run-permission',
      NOT_FOUND: 'folders',
      RATE_LIMITED: 'orchestrator',
      CONFLICT: undefined,
      VALIDATION: 'url',
      ROBOT_UNAVAILABLE: 'robot',
      ROBOT_PAIRING_REQUIRED: 'robot',
      ROBOT_REJECTED: 'robot',
      INTERNAL: undefined,
    });
    expect(checkForErrorCode('TLS_UNTRUSTED')).toBe('tls');
  });

  const base: CheckResult = { id: 'tls', title: 'TLS', status: 'pass', summary: 'ok', evidence: ['e1', 'e2'], durationMs: 1 };

  it.each([
    [{ ...base }, '✓ TLS: ok'],
    [{ ...base, status: 'fail', fix: 'do it' }, '✗ TLS: ok\n    fix: do it'],
    [{ ...base, status: 'warn', fix: 'do it' }, '! TLS: ok\n    fix: do it'],
    [{ ...base, status: 'pass', fix: 'do it' }, '✓ TLS: ok'],
    [{ ...base, status: 'skipped', because: 'tcp failed', fix: 'do it' }, '- TLS: ok (skipped because tcp failed)'],
    [{ ...base, status: 'skipped' }, '- TLS: ok'],
    [{ ...base, status: 'fail', because: 'x' }, '✗ TLS: ok'],
  ] as [CheckResult, string][])('writes %j as a line', (value, text) => {
    expect(formatCheck(value)).toBe(text);
  });

  it('adds the evidence when asked', () => {
    expect(formatCheck(base, { withEvidence: true })).toBe('✓ TLS: ok\n    · e1\n    · e2');
  });

  const full = (overall: DiagnosticsReport['overall'], checks: CheckResult[]): DiagnosticsReport => ({
    runId: 'd',
    startedAt: 's',
    finishedAt: '10:00',
    overall,
    checks,
  });

  it.each([
    ['fail', 'Problems found'],
    ['warn', 'Works, with warnings'],
    ['pass', 'All checks passed'],
  ] as const)('says %s as "%s" with every count', (overall, verdict) => {
    const checks: CheckResult[] = [
      { ...base, status: 'pass' },
      { ...base, status: 'pass' },
      { ...base, status: 'fail' },
      { ...base, status: 'warn' },
      { ...base, status: 'warn' },
      { ...base, status: 'warn' },
      { ...base, status: 'skipped' },
    ];
    expect(formatVerdict(full(overall, checks))).toBe(`${verdict}: 2 passed, 1 failed, 3 warnings, 1 skipped.`);
  });

  it('heads the report with the profile and the URL it checked', () => {
    expect(formatDiagnosticsReport({ ...full('pass', [base]), profileName: 'Prod', orchestratorUrl: 'https://x' })).toBe(
      'Baton diagnostics for profile Prod, https://x (10:00)\n✓ TLS: ok\nAll checks passed: 1 passed, 0 failed, 0 warnings, 0 skipped.',
    );
    expect(formatDiagnosticsReport({ ...full('pass', []), orchestratorUrl: 'https://x' }).split('\n')[0]).toBe(
      'Baton diagnostics for https://x (10:00)',
    );
    expect(formatDiagnosticsReport(full('pass', [])).split('\n')[0]).toBe('Baton diagnostics (10:00)');
    expect(formatDiagnosticsReport(full('pass', [base]), { withEvidence: true })).toContain('    · e2');
  });
});
