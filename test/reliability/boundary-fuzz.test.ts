import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { methodNames, methods, type BatonHandlers } from '../../src/shared/api';
import { createDispatcher } from '../../src/shared/dispatch';
import { BATON_ERROR_CODES, BatonError, isBatonError } from '../../src/shared/errors';
import {
  createOrchestratorClient,
  findJobByReference,
  getJob,
  getJobs,
  listFolders,
  listReleasesAcrossFolders,
  listRunnableReleaseIds,
  startJob,
  stopJobs,
  type OrchestratorClient,
} from '../../src/main/orchestrator';
import { loadPolicy } from '../../src/main/policy';
import { parseDeepLink } from '../../src/main/electron/deep-links/deep-links';
import { runCli, EXIT_CODE_BY_ERROR, type CliContext } from '../../src/main/cli';
import { createManualClock, createMemoryPlatform, createRecordingLogger } from '../../src/main/platform/memory';
import type { HttpFetch } from '../../src/main/platform';
import { createFigures, fcRuns } from './support/figures';

const figures = createFigures('boundary-fuzz');
afterAll(() => figures.flush());

/** Anything JSON can carry, plus the values a careless host might pass through (undefined, NaN, symbols are not JSON). */
const hostileValue = fc.oneof(
  fc.anything({ maxDepth: 4 }),
  fc.jsonValue({ maxDepth: 4 }),
  fc.dictionary(
    fc.constantFrom(
      'id',
      'processId',
      'target',
      'runId',
      'code',
      'url',
      'name',
      'profileId',
      'mode',
      'limit',
      'isActive',
      'inputArguments',
      'orchestratorUrl',
      '__proto__',
      'constructor',
    ),
    fc.anything({ maxDepth: 2 }),
  ),
);

describe('contract params through createDispatcher', () => {
  it('either hands a handler exactly what the schema accepts, or refuses with a VALIDATION BatonError', async () => {
    const calls: { method: string; params: unknown }[] = [];
    const handlers = Object.fromEntries(
      methodNames.map((name) => [name, async (params: unknown) => void calls.push({ method: name, params })]),
    ) as unknown as BatonHandlers;
    // These handlers answer nothing: only the params side is under test here.
    const dispatch = createDispatcher(handlers, { checkResults: false });
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...methodNames), hostileValue, async (method, params) => {
        figures.add('inputs');
        const before = calls.length;
        const outcome = await dispatch(method, params).then(
          () => 'called',
          (error: unknown) => error,
        );
        const accepted = methods[method].params.safeParse(params ?? {});
        if (outcome === 'called') {
          expect(accepted.success).toBe(true);
          expect(calls.length).toBe(before + 1);
          expect(calls.at(-1)!.params).toEqual(accepted.data);
        } else {
          expect(isBatonError(outcome) && outcome.code).toBe('VALIDATION');
          expect(calls.length).toBe(before);
        }
      }),
      { numRuns: fcRuns(3000) },
    );
  });

  // The checks above compare the dispatcher with the same schemas it uses, so a schema that is
  // too loose passes them. These state what every method may take independently of the zod
  // schemas: a hand-written table of parameter names, and bounds on what may come in. Catches: a
  // schema without .strict(), a string without .max(), and (found by this test) runs.start
  // taking any number of input arguments of any size.
  const CONTRACT_KEYS: Record<string, readonly string[]> = {
    'app.info': [],
    'app.showArea': ['target'],
    'notifications.act': ['id', 'action'],
    'session.status': [],
    'session.profiles.list': [],
    'session.profiles.add': [
      'name',
      'orchestratorUrl',
      'tenant',
      'deployment',
      'authMethod',
      'clientId',
      'redirectUri',
      'scopes',
      'username',
      'acrValues',
      'makeActive',
    ],
    'session.profiles.update': [
      'id',
      'name',
      'orchestratorUrl',
      'tenant',
      'deployment',
      'authMethod',
      'clientId',
      'redirectUri',
      'scopes',
      'username',
      'acrValues',
    ],
    'session.profiles.remove': ['id'],
    'session.profiles.setActive': ['id'],
    'session.signIn': ['profileId', 'openBrowser', 'clientSecret', 'pat', 'username', 'password', 'rememberPassword', 'timeoutSeconds'],
    'session.cancelSignIn': ['profileId'],
    'session.signOut': ['profileId', 'endBrowserSession'],
    'catalog.get': [],
    'catalog.refresh': [],
    'catalog.setFavorite': ['processId', 'isFavorite'],
    'runs.start': ['target', 'processId', 'processKey', 'inputArguments'],
    'runs.stop': ['runId', 'mode'],
    'runs.list': ['isActive', 'limit', 'isFresh'],
    'runs.get': ['runId', 'isFresh'],
    'runs.pause': ['runId'],
    'runs.resume': ['runId'],
    'runs.logs': ['runId'],
    'robot.status': [],
    'robot.connect': ['url', 'remember'],
    'robot.pair': ['code'],
    'robot.unpair': [],
    'robot.processes': [],
    'robot.install': ['key'],
    'diagnostics.run': ['profileId', 'orchestratorUrl', 'processName', 'folderPath'],
    'preferences.get': [],
    'preferences.update': ['startAtLogin', 'notifications', 'defaultRunTarget', 'shortcut', 'theme', 'robotBridgeUrl'],
    'preferences.reset': ['confirm'],
    'policy.status': [],
    'connectivity.status': [],
    'inputs.get': ['processId'],
    'inputs.remember': ['processId', 'values'],
    'inputs.forget': ['processId'],
    'reminders.list': [],
    'reminders.add': ['processId', 'rule'],
    'reminders.update': ['id', 'rule', 'isEnabled'],
    'reminders.remove': ['id'],
    'reminders.prompts': [],
    'reminders.answer': ['id', 'answer'],
    'jobs.list': ['states', 'folderId', 'period', 'limit', 'cursor'],
    'jobs.stop': ['folderId', 'jobId', 'mode'],
    'jobs.follow': ['folderId', 'jobId'],
    'jobs.resume': ['folderId', 'jobId'],
  };
  // The smallest params each method accepts, so one hostile key is the only thing wrong.
  const BASE: Record<string, Record<string, unknown>> = {
    'runs.start': { target: 'remote', processId: 'p1' },
    'inputs.get': { processId: 'p1' },
    'inputs.remember': { processId: 'p1', values: {} },
    'inputs.forget': { processId: 'p1' },
    'reminders.add': { processId: 'p1', rule: { kind: 'daily', time: '09:00' } },
    'reminders.update': { id: 'r1', isEnabled: false },
    'reminders.remove': { id: 'r1' },
    'reminders.answer': { id: 'r1', answer: 'dismiss' },
    'jobs.stop': { folderId: 1, jobId: 2 },
    'jobs.follow': { folderId: 1, jobId: 2 },
    'jobs.resume': { folderId: 1, jobId: 2 },
  };
  const recordingDispatch = () => {
    const ran: string[] = [];
    const handlers = Object.fromEntries(methodNames.map((name) => [name, async () => void ran.push(name)])) as unknown as BatonHandlers;
    return { dispatch: createDispatcher(handlers, { checkResults: false }), ran };
  };
  const refusedUnrun = async (method: string, params: unknown) => {
    const { dispatch, ran } = recordingDispatch();
    const outcome = await dispatch(method, params).then(
      () => 'ran',
      (error: unknown) => error,
    );
    expect(isBatonError(outcome) && outcome.code, `${method} ${JSON.stringify(params).slice(0, 200)}`).toBe('VALIDATION');
    expect(ran).toEqual([]);
  };

  it('has a parameter table entry for every method (a new method is reviewed here)', () => {
    for (const name of methodNames) expect(CONTRACT_KEYS[name], `add ${name} to CONTRACT_KEYS`).toBeDefined();
  });

  it('refuses any parameter name a method does not take', async () => {
    const name = fc.oneof(
      fc.string({ minLength: 1, maxLength: 30 }),
      fc.constantFrom('__proto__', 'constructor', 'toString', 'id', 'url', 'token', 'processKey', 'inputArguments'),
    );
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...methodNames), name, fc.jsonValue({ maxDepth: 2 }), async (method, key, value) => {
        fc.pre(!CONTRACT_KEYS[method]!.includes(key) && !(method === 'runs.start' && key === 'processKey'));
        figures.add('inputs');
        const params = { ...BASE[method] };
        Object.defineProperty(params, key, { value, enumerable: true, configurable: true, writable: true });
        await refusedUnrun(method, params);
      }),
      { numRuns: fcRuns(1500) },
    );
  });

  it('refuses 100,000 characters in any parameter, whatever its type', async () => {
    const long = 'x'.repeat(100_000);
    for (const method of methodNames) {
      for (const key of CONTRACT_KEYS[method]!) {
        figures.add('inputs', 2);
        await refusedUnrun(method, { ...BASE[method], [key]: long });
        await refusedUnrun(method, { ...BASE[method], [key]: [long] });
      }
    }
  });

  it('refuses a run with more than 200 input arguments or more than 100,000 characters of them', async () => {
    figures.add('inputs', 3);
    const many = Object.fromEntries(Array.from({ length: 201 }, (_, i) => [`in_${i}`, 1]));
    await refusedUnrun('runs.start', { target: 'remote', processId: 'p1', inputArguments: many });
    await refusedUnrun('runs.start', { target: 'local', processKey: 'k', inputArguments: { in_Text: 'x'.repeat(100_001) } });
    await refusedUnrun('runs.start', {
      target: 'remote',
      processId: 'p1',
      inputArguments: { in_List: Array.from({ length: 30_000 }, () => 'abc') },
    });
  });

  it('refuses any method name outside the contract table, prototype names included, without calling anything', async () => {
    const handlers = new Proxy({}, { get: () => () => Promise.reject(new Error('a handler ran')) }) as BatonHandlers;
    const dispatch = createDispatcher(handlers);
    const names = fc.oneof(
      fc.anything(),
      fc.constantFrom('__proto__', 'constructor', 'toString', 'hasOwnProperty', 'app.info ', 'APP.INFO'),
    );
    await fc.assert(
      fc.asyncProperty(names, hostileValue, async (method, params) => {
        fc.pre(!(typeof method === 'string' && (methodNames as string[]).includes(method)));
        figures.add('inputs');
        const error = await dispatch(method, params).catch((e: unknown) => e);
        expect(isBatonError(error) && error.code).toBe('VALIDATION');
        expect((error as BatonError).message.length).toBeLessThan(200);
      }),
      { numRuns: fcRuns(1000) },
    );
  });
});

// ---------------------------------------------------------------------------------------------
// Orchestrator answers, parsed by the client's lenient schemas

const NULL_BODY_STATUSES = new Set([204, 205, 304]);

/** One answer a broken or hostile server might give. */
const serverAnswer = fc.record({
  status: fc.constantFrom(200, 201, 204, 301, 400, 401, 403, 404, 409, 429, 500, 502, 503, 504),
  retryAfter: fc.option(fc.oneof(fc.nat(5).map(String), fc.string({ maxLength: 20 }), fc.constant('Wed, 21 Oct 2015 07:28:00 GMT'))),
  contentType: fc.constantFrom('application/json', 'text/html', 'application/octet-stream', ''),
  body: fc.oneof(
    fc.jsonValue({ maxDepth: 5 }).map((v) => JSON.stringify(v)),
    fc.string({ maxLength: 200 }),
    fc
      .record({
        '@odata.count': fc.option(fc.oneof(fc.integer({ min: -5, max: 2500 }), fc.double(), fc.string())),
        value: fc.array(
          fc.oneof(
            fc.jsonValue({ maxDepth: 3 }),
            fc.record(
              {
                Id: fc.oneof(fc.integer(), fc.string(), fc.constant(null)),
                Key: fc.oneof(fc.uuid(), fc.integer()),
                State: fc.oneof(fc.constantFrom('Successful', 'Faulted', 'Running', 'Pending', 'Weird'), fc.integer()),
                OutputArguments: fc.oneof(fc.string(), fc.jsonValue({ maxDepth: 2 }), fc.constant('{"a":')),
              },
              { requiredKeys: [] },
            ),
          ),
          { maxLength: 5 },
        ),
      })
      .map((v) => JSON.stringify(v)),
    fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v).slice(0, -1)),
    fc.constant('{"message":"You are not authorized!","errorCode":0,"traceId":"x"}'),
  ),
});

/** Answers a working server gives, mixed in so every call also resolves now and then and its value is checked. */
const goodJob = fc.record({
  Id: fc.nat(),
  Key: fc.uuid(),
  State: fc.constantFrom('Pending', 'Running', 'Successful', 'Faulted'),
  Info: fc.option(fc.string({ maxLength: 20 })),
  OutputArguments: fc.option(fc.constantFrom('{"out":1}', '{}')),
  Reference: fc.constant('baton-1'),
});
const goodAnswer = fc.record({
  status: fc.constantFrom(200, 201),
  retryAfter: fc.constant(null),
  contentType: fc.constant('application/json'),
  body: fc
    .oneof(
      goodJob,
      fc.record({ '@odata.count': fc.constant(1), value: fc.tuple(goodJob) }),
      fc.record({
        value: fc.array(
          fc.record({
            Id: fc.nat(),
            Key: fc.uuid(),
            DisplayName: fc.string({ maxLength: 10 }),
            FullyQualifiedName: fc.string({ maxLength: 10 }),
            Name: fc.string({ maxLength: 10 }),
          }),
          { maxLength: 3 },
        ),
      }),
      fc.constant({ value: [] }),
    )
    .map((value) => JSON.stringify(value)),
});

function clientAnswering(
  answers: () => { status: number; retryAfter: string | null; contentType: string; body: string },
): OrchestratorClient {
  const fakeFetch: HttpFetch = async () => {
    const a = answers();
    const headers: Record<string, string> = {};
    if (a.contentType) headers['Content-Type'] = a.contentType;
    if (a.retryAfter !== null) headers['Retry-After'] = a.retryAfter;
    return new Response(NULL_BODY_STATUSES.has(a.status) ? null : a.body, { status: a.status, headers });
  };
  return createOrchestratorClient({
    connection: { profileId: 'p1', apiBaseUrl: 'http://127.0.0.1:9' },
    tokens: { getAccessToken: async () => 'token-a', refreshAccessToken: async () => 'token-b' },
    fetch: fakeFetch,
    // A clock nobody moves: no retry waits, no timeouts; each call sees exactly the answers generated.
    clock: createManualClock(),
    retry: { maxRetries: 0 },
  });
}

// What each call may resolve with, written out here rather than taken from the client's zod
// schemas: a lenient schema that let a string Id or a missing State through would pass a test
// that used them. Catches: a resolved value of the wrong type (the old fuzz only looked at errors).
const isId = (value: unknown) => typeof value === 'number' && Number.isSafeInteger(value);
const isOptionalText = (value: unknown) => value === undefined || value === null || typeof value === 'string';
const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isJob = (value: unknown) =>
  isRecord(value) &&
  isId(value.Id) &&
  typeof value.State === 'string' &&
  ['Key', 'Info', 'StartTime', 'EndTime', 'CreationTime'].every((field) => isOptionalText(value[field])) &&
  (isOptionalText(value.OutputArguments) || isRecord(value.OutputArguments));
const isFolder = (value: unknown) =>
  isRecord(value) && isId(value.Id) && ['Key', 'DisplayName', 'FullyQualifiedName'].every((field) => isOptionalText(value[field]));
const isRelease = (value: unknown) =>
  isRecord(value) &&
  isId(value.Id) &&
  typeof value.Key === 'string' &&
  ['Name', 'ProcessKey', 'InputArguments'].every((field) => isOptionalText(value[field]));

const calls: [string, (client: OrchestratorClient) => Promise<unknown>, (resolved: unknown) => boolean][] = [
  ['listFolders', (c) => listFolders(c), (v) => Array.isArray(v) && v.every(isFolder)],
  ['listReleasesAcrossFolders', (c) => listReleasesAcrossFolders(c), (v) => Array.isArray(v) && v.every(isRelease)],
  ['listRunnableReleaseIds', (c) => listRunnableReleaseIds(c), (v) => v instanceof Set && [...v].every(isId)],
  ['getJob', (c) => getJob(c, 1, 7), isJob],
  ['getJobs', (c) => getJobs(c, 1, [7, 8]), (v) => Array.isArray(v) && v.length <= 2 && v.every(isJob)],
  ['findJobByReference', (c) => findJobByReference(c, 1, "baton-o'brien"), (v) => v === undefined || isJob(v)],
  [
    'startJob',
    (c) =>
      startJob(c, {
        folderId: 1,
        folderPath: 'Shared',
        releaseKey: 'k',
        inputArguments: {},
        reference: 'baton-1',
      }),
    isJob,
  ],
  ['stopJobs', (c) => stopJobs(c, 1, 'Shared', [7], 'SoftStop'), (v) => v === undefined],
];

describe('Orchestrator answers of any shape', () => {
  it.each(calls)(
    '%s resolves with a value of the right type, or fails with a BatonError with a stable code',
    async (_name, call, isValid) => {
      let resolvedCount = 0;
      await fc.assert(
        fc.asyncProperty(fc.array(fc.oneof(serverAnswer, goodAnswer), { minLength: 1, maxLength: 4 }), async (answers) => {
          figures.add('inputs');
          let i = 0;
          const client = clientAnswering(() => answers[Math.min(i++, answers.length - 1)]!);
          const outcome = await call(client).then(
            (value) => ({ value }),
            (error: unknown) => ({ error }),
          );
          if ('value' in outcome) {
            resolvedCount += 1;
            expect(
              isValid(outcome.value),
              JSON.stringify(outcome.value, (_k, v: unknown) => (v instanceof Set ? [...v] : v))?.slice(0, 300),
            ).toBe(true);
            return;
          }
          const error = outcome.error;
          expect(isBatonError(error)).toBe(true);
          expect(BATON_ERROR_CODES).toContain((error as BatonError).code);
          // A server body never becomes the message of an INTERNAL error (it could carry anything).
          if ((error as BatonError).code === 'INTERNAL') expect((error as BatonError).message).not.toContain('You are not authorized');
        }),
        { numRuns: fcRuns(250) },
      );
      // The answers include well-formed ones: a call that never resolves would check nothing above.
      expect(resolvedCount).toBeGreaterThan(0);
    },
  );

  it('refuses a server that claims billions of rows instead of asking for every page', async () => {
    let requests = 0;
    const client = createOrchestratorClient({
      connection: { profileId: 'p1', apiBaseUrl: 'http://127.0.0.1:9' },
      tokens: { getAccessToken: async () => 't', refreshAccessToken: async () => 't' },
      fetch: async () => {
        requests += 1;
        return Response.json({ '@odata.count': 5_000_000_000, value: [{ Id: 1, DisplayName: 'x' }] });
      },
      clock: createManualClock(),
    });
    figures.add('faults');
    const error = await listFolders(client).catch((e: unknown) => e);
    expect(isBatonError(error) && error.code).toBe('INTERNAL');
    // The one request that learns the server's API version, then the first page: no second page.
    expect(requests).toBe(2);
  });

  it('stops walking pages when a server without $count keeps sending full pages forever', async () => {
    let requests = 0;
    const fullPage = { value: Array.from({ length: 1000 }, (_, i) => ({ Id: i })) };
    const client = createOrchestratorClient({
      connection: { profileId: 'p1', apiBaseUrl: 'http://127.0.0.1:9' },
      tokens: { getAccessToken: async () => 't', refreshAccessToken: async () => 't' },
      fetch: async () => {
        requests += 1;
        return Response.json(fullPage);
      },
      clock: createManualClock(),
    });
    figures.add('faults');
    const error = await listFolders(client).catch((e: unknown) => e);
    expect(isBatonError(error) && error.code).toBe('INTERNAL');
    expect(requests).toBeLessThanOrEqual(201);
  });
});

// ---------------------------------------------------------------------------------------------
// Policy file, deep links, CLI arguments

describe('the admin policy file', () => {
  it('never throws, whatever the file holds: applied, or reported invalid and ignored', async () => {
    const text = fc.oneof(
      fc.string({ maxLength: 300 }),
      fc.jsonValue({ maxDepth: 5 }).map((v) => JSON.stringify(v)),
      fc
        .record(
          {
            lockOrchestratorUrl: fc.anything({ maxDepth: 1 }),
            disableLocalRuns: fc.anything({ maxDepth: 1 }),
            profiles: fc.array(
              fc.dictionary(
                fc.constantFrom('name', 'orchestratorUrl', 'tenant', 'scopes', 'authMethod', 'clientId'),
                fc.jsonValue({ maxDepth: 2 }),
              ),
              { maxLength: 3 },
            ),
            updates: fc.jsonValue({ maxDepth: 2 }),
          },
          { requiredKeys: [] },
        )
        .map((v) => `\uFEFF${JSON.stringify(v)}`),
    );
    await fc.assert(
      fc.asyncProperty(text, async (content) => {
        figures.add('inputs');
        const loaded = await loadPolicy({ path: '/etc/baton/policy.json', readFile: async () => content, logger: createRecordingLogger() });
        expect(['applied', 'invalid']).toContain(loaded.status.state);
        if (loaded.status.state === 'invalid') expect(loaded.status.problem?.hint).toBeTruthy();
      }),
      { numRuns: fcRuns(1500) },
    );
  });
});

describe('baton:// deep links', () => {
  // The oracle is a list written out from the Unicode data, not the parser's regex, so a filter
  // that forgets a category (the old one missed U+2028, zero-width characters, the BOM, U+034F)
  // fails here. Every entry renders as nothing, moves text, or breaks a line.
  const INVISIBLE: readonly number[] = [
    ...range(0x00, 0x1f),
    ...range(0x7f, 0x9f),
    0xad,
    0x34f,
    0x61c,
    0x115f,
    0x1160,
    0x17b4,
    0x17b5,
    ...range(0x180b, 0x180f),
    ...range(0x200b, 0x200f),
    ...range(0x2028, 0x202e),
    ...range(0x2060, 0x206f),
    0x3164,
    ...range(0xfe00, 0xfe0f),
    0xfeff,
    0xffa0,
    ...range(0xfff0, 0xfff8),
    ...range(0x1d173, 0x1d17a),
    0xe0001,
    ...range(0xe0020, 0xe007f),
  ];
  const visibleText = (maxLength: number) =>
    fc
      .array(fc.constantFrom(...'AZaz09 -_./()&=+%#?éüÖ山田€'.split('')), { minLength: 1, maxLength })
      .map((chars) => chars.join(''))
      .filter((text) => text.trim() !== '');
  const argumentName = fc.stringMatching(/^[A-Za-z][A-Za-z0-9_]{0,10}$/).filter((name) => !(name in Object.prototype));
  const runLink = fc.record({
    processName: visibleText(40),
    folderPath: visibleText(40),
    args: fc.uniqueArray(fc.tuple(argumentName, visibleText(20)), { maxLength: 10, selector: ([name]) => name }),
  });
  const encode = (link: { processName: string; folderPath: string; args: [string, string][] }) =>
    `baton://run?${new URLSearchParams([
      ['process', link.processName],
      ['folder', link.folderPath],
      ...link.args.map(([name, value]): [string, string] => [`arg.${name}`, value]),
    ]).toString()}`;

  // Catches: a parser that drops, renames or reorders what the link says (the old one dropped
  // `arg.__proto__` silently).
  it('accepts a link of visible text and gives back exactly its values', () => {
    fc.assert(
      fc.property(runLink, (link) => {
        figures.add('inputs');
        const result = parseDeepLink(encode(link));
        expect(result).toEqual({
          ok: true,
          link: {
            kind: 'run',
            processName: link.processName,
            folderPath: link.folderPath,
            target: 'remote',
            inputArguments: new Map(link.args),
          },
        });
      }),
      { numRuns: fcRuns(1000) },
    );
  });

  // Catches: a filter that misses any invisible, control, direction or separator character.
  it('refuses a link with an invisible character anywhere, and names it', () => {
    const where = fc.constantFrom('processName', 'folderPath', 'value');
    fc.assert(
      fc.property(runLink, fc.constantFrom(...INVISIBLE), where, fc.nat(), (link, codePoint, field, at) => {
        figures.add('inputs');
        const bad = String.fromCodePoint(codePoint);
        const insert = (text: string) => text.slice(0, at % (text.length + 1)) + bad + text.slice(at % (text.length + 1));
        const args: [string, string][] = link.args.length > 0 ? link.args : [['X', 'x']];
        const hostile =
          field === 'value'
            ? { ...link, args: [[args[0]![0], insert(args[0]![1])] as [string, string], ...args.slice(1)] }
            : { ...link, [field]: insert(link[field]) };
        const result = parseDeepLink(encode(hostile));
        expect(result.ok).toBe(false);
        // An all-blank value after a control is "empty" rather than named; every other refusal names the character.
        if (!result.ok && !result.message.endsWith('is empty.')) {
          expect(result.message).toContain(`U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`);
        }
      }),
      { numRuns: fcRuns(2000) },
    );
  });

  // Catches: names an object already answers to being dropped or treated as given.
  it('refuses every argument name an object already has, naming it', () => {
    for (const name of [...Object.getOwnPropertyNames(Object.prototype), 'prototype']) {
      if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) continue;
      figures.add('inputs');
      expect(parseDeepLink(`baton://run?process=A&folder=B&arg.${name}=x`)).toEqual({
        ok: false,
        message: expect.stringContaining(`"${name}"`),
      });
    }
  });

  it('parses or refuses anything else with a sentence, never throwing', () => {
    const link = fc.oneof(
      fc.string({ maxLength: 300 }),
      fc.string({ unit: 'binary', maxLength: 200 }).map((s) => `baton://run?process=${s}&folder=${s}`),
      fc
        .tuple(
          fc.constantFrom('run', 'open', 'RUN', 'evil', ''),
          fc.array(fc.tuple(fc.string({ maxLength: 20 }), fc.string({ unit: 'binary', maxLength: 40 })), { maxLength: 60 }),
        )
        .map(([host, pairs]) => `baton://${host}?${pairs.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&')}`),
      fc.webUrl().map((u) => u.replace(/^https?/, 'baton')),
    );
    fc.assert(
      fc.property(link, (raw) => {
        figures.add('inputs');
        const result = parseDeepLink(raw);
        if (!result.ok) expect(result.message).toMatch(/\.$/);
        else {
          const texts =
            result.link.kind === 'run'
              ? [result.link.processName, result.link.folderPath, ...result.link.inputArguments.values()]
              : [result.link.runId];
          for (const text of texts) for (const char of text) expect(INVISIBLE).not.toContain(char.codePointAt(0));
        }
      }),
      { numRuns: fcRuns(3000) },
    );
  });
});

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

describe('CLI arguments', () => {
  // INTERNAL (exit 1) is Baton not knowing what went wrong: for an argument list, never an
  // answer. The commands that end with 1 on purpose (doctor's failed check, run --wait on a
  // failed run) are left out below. Catches: a crash or an unmapped error passing as "a known
  // exit code" (the old check counted INTERNAL as a pass).
  const exitCodes = new Set<number>([
    0,
    2,
    ...Object.entries(EXIT_CODE_BY_ERROR)
      .filter(([code]) => code !== 'INTERNAL')
      .map(([, exit]) => exit),
  ]);
  it('answers any argument list with a known exit code and a message, never a crash or INTERNAL', async () => {
    // Commands that wait for a person or a network peer (login, web, robot, doctor) are covered by their own tests.
    const word = fc.oneof(
      fc.constantFrom(
        'app',
        'info',
        'session',
        'status',
        'catalog',
        'get',
        'runs',
        'list',
        'preferences',
        'profile',
        'add',
        'use',
        'remove',
        'folders',
        'processes',
        'jobs',
        'stop',
        'call',
        'whoami',
        'logout',
        'run',
      ),
      fc.constantFrom(
        '--json',
        '--help',
        '--folder',
        '--input',
        '--input-json',
        '--kill',
        '--search',
        '--url',
        '--tenant',
        '-x',
        '--',
        '--input=a=b',
        'app.info',
        'runs.get',
        'preferences.update',
      ),
      fc.string({ maxLength: 30 }),
      fc.jsonValue({ maxDepth: 2 }).map((v) => JSON.stringify(v)),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(word, { maxLength: 6 }), async (argv) => {
        fc.pre(
          !argv.some(
            (a) =>
              /^(login|web|robot|doctor|diagnostics)$/.test(a) ||
              a.startsWith('robot.') ||
              a.startsWith('diagnostics.') ||
              a.startsWith('session.signIn'),
          ),
        );
        fc.pre(!(argv.includes('run') && argv.includes('--wait')));
        figures.add('inputs');
        const out: string[] = [];
        const err: string[] = [];
        const context: CliContext = {
          output: { out: (t) => void out.push(t), err: (t) => void err.push(t) },
          logger: createRecordingLogger(),
          version: '0.0.0-test',
          packageRoot: '/nonexistent',
          createPlatform: async (host) => createMemoryPlatform({ host }),
          waitForStop: async () => 'SIGINT',
          loadWebHost: async () => {
            throw new BatonError('INTERNAL', 'No web host in this test.');
          },
          buildRenderer: async () => {},
        };
        const code = await runCli(argv, context);
        expect(exitCodes.has(code), `baton ${JSON.stringify(argv)} → ${code}: ${err.join('').slice(0, 300)}`).toBe(true);
        if (code !== 0) expect(err.join('').length + out.join('').length).toBeGreaterThan(0);
        expect(err.join('\n')).not.toMatch(/\n\s+at .+:\d+:\d+\)/);
      }),
      { numRuns: fcRuns(300) },
    );
  });
});
