import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BatonError } from '../../../src/shared/errors';
import { createMemoryPlatform, createRecordingBrowser, createRecordingLogger } from '../../../src/main/platform/memory';
import { runCli, type CliContext, type WebHostStarter } from '../../../src/main/cli';

interface Harness {
  context: CliContext;
  stdout: string[];
  stderr: string[];
  stop(signal: string): void;
  browser: ReturnType<typeof createRecordingBrowser>;
  builds: string[];
}

function harness(overrides: Partial<CliContext> = {}, packageRoot = '/nonexistent'): Harness {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const builds: string[] = [];
  const browser = createRecordingBrowser();
  let stop: (signal: string) => void = () => {};
  const context: CliContext = {
    output: { out: (text) => void stdout.push(text), err: (text) => void stderr.push(text) },
    logger: createRecordingLogger(),
    version: '9.8.7',
    packageRoot,
    createPlatform: async (host) => createMemoryPlatform({ host, browser }),
    waitForStop: () => new Promise((resolve) => (stop = resolve)),
    loadWebHost: async () => {
      throw new Error('no web host in this test');
    },
    buildRenderer: async (root) => void builds.push(root),
    ...overrides,
  };
  return { context, stdout, stderr, stop: (signal) => stop(signal), browser, builds };
}

describe('baton (in process)', () => {
  it('prints app.info as one JSON line with --json, whichever side of the command it is on', async () => {
    for (const argv of [
      ['app', 'info', '--json'],
      ['--json', 'app', 'info'],
    ]) {
      const h = harness();
      expect(await runCli(argv, h.context)).toBe(0);
      expect(h.stdout).toHaveLength(1);
      expect(JSON.parse(h.stdout[0]!)).toMatchObject({ name: 'Baton', version: '9.8.7', host: 'cli' });
    }
  });

  it('prints a friendly sentence for session status without --json', async () => {
    const h = harness();
    expect(await runCli(['session', 'status'], h.context)).toBe(0);
    expect(h.stdout.join('')).toBe('Signed out.\n');
  });

  it('calls any contract method through the validating dispatcher', async () => {
    const h = harness();
    expect(await runCli(['call', 'session.status', '{}', '--json'], h.context)).toBe(0);
    expect(JSON.parse(h.stdout.join(''))).toEqual({ state: 'signed-out', profileId: null, profileName: null, user: null });
  });

  it('rejects params the contract does not accept with exit code 2 and an error line, no stack', async () => {
    const h = harness();
    expect(await runCli(['call', 'app.info', '{"x":1}'], h.context)).toBe(2);
    expect(h.stdout).toEqual([]);
    const text = h.stderr.join('');
    expect(text).toMatch(/^error: Invalid arguments for app\.info/);
    expect(text).toContain('hint: ');
    expect(text).not.toMatch(/\n\s+at /);
  });

  it('reports a params string that is not JSON as a usage error', async () => {
    const h = harness();
    expect(await runCli(['call', 'app.info', '{nope', '--json'], h.context)).toBe(2);
    expect(JSON.parse(h.stdout.join(''))).toMatchObject({ error: { code: 'VALIDATION', message: 'The params are not valid JSON.' } });
  });

  it('exits 2 on an unknown command, with the usage on stderr and nothing on stdout', async () => {
    const h = harness();
    expect(await runCli(['frobnicate'], h.context)).toBe(2);
    expect(h.stdout).toEqual([]);
    expect(h.stderr.join('')).toContain("unknown command 'frobnicate'");
    expect(h.stderr.join('')).toContain('Usage: baton');
  });

  it('also puts a usage error on stdout as JSON when --json was asked for', async () => {
    const h = harness();
    expect(await runCli(['app', 'info', '--bogus', '--json'], h.context)).toBe(2);
    expect(JSON.parse(h.stdout.join(''))).toMatchObject({ error: { code: 'VALIDATION', message: expect.stringContaining('--bogus') } });
  });

  it('prints the version and exits 0', async () => {
    const h = harness();
    expect(await runCli(['--version'], h.context)).toBe(0);
    expect(h.stdout.join('')).toBe('9.8.7\n');
  });

  it('maps an error it cannot explain to INTERNAL, exit 1, keeping its message out of the output and in the debug log', async () => {
    const logger = createRecordingLogger();
    const h = harness({
      logger,
      createPlatform: async () => {
        throw new Error('EACCES /secret/path');
      },
    });
    expect(await runCli(['app', 'info'], h.context)).toBe(1);
    expect(h.stderr.join('')).toMatch(/^error: Something went wrong inside Baton\./);
    expect(h.stderr.join('')).not.toContain('/secret/path');
    expect(logger.lines).toEqual([
      expect.objectContaining({ level: 'debug', fields: expect.objectContaining({ cause: 'EACCES /secret/path' }) }),
    ]);
  });

  it('uses the exit code of the BatonError that ended the command', async () => {
    const h = harness({
      createPlatform: async () => {
        throw new BatonError('AUTH_REQUIRED', 'Sign in first.', { hint: 'Run baton login.' });
      },
    });
    expect(await runCli(['session', 'status'], h.context)).toBe(3);
    expect(h.stderr.join('')).toBe('error: Sign in first.\nhint: Run baton login.\n');
  });
});

describe('baton web (in process)', () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'baton-cli-web-'));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  function fakeWebHost(events: string[]): WebHostStarter {
    return async (opts) => {
      events.push(`start port=${opts.port} dir=${opts.rendererDir}`);
      return {
        url: 'http://127.0.0.1:5555/?token=t',
        origin: 'http://127.0.0.1:5555',
        port: 5555,
        token: 't',
        close: async () => void events.push('close'),
      };
    };
  }

  function withBuiltRenderer(): void {
    mkdirSync(join(root, 'out', 'renderer'), { recursive: true });
    writeFileSync(join(root, 'out', 'renderer', 'index.html'), '<!doctype html>');
  }

  it('prints exactly one JSON line with the URL, opens it on --open, and closes the host when stopped', async () => {
    withBuiltRenderer();
    const events: string[] = [];
    const h = harness({ loadWebHost: async () => fakeWebHost(events) }, root);
    const exit = runCli(['web', '--json', '--port', '0', '--open'], h.context);
    await expect.poll(() => h.stdout.length).toBe(1);
    expect(JSON.parse(h.stdout[0]!)).toEqual({ url: 'http://127.0.0.1:5555/?token=t' });
    expect(events).toEqual([`start port=0 dir=${join(root, 'out', 'renderer')}`]);
    await expect.poll(() => h.browser.opened).toEqual(['http://127.0.0.1:5555/?token=t']);

    h.stop('SIGTERM');
    expect(await exit).toBe(0);
    expect(events.at(-1)).toBe('close');
    expect(h.stdout).toHaveLength(1);
    expect(h.builds).toEqual([]);
  });

  it('builds the renderer first when out/renderer/index.html is missing, and says so on stderr', async () => {
    const built: string[] = [];
    const buildRenderer = async (packageRoot: string) => {
      built.push(packageRoot);
      withBuiltRenderer();
    };
    const h = harness({ loadWebHost: async () => fakeWebHost([]), buildRenderer }, root);
    const exit = runCli(['web', '--json'], h.context);
    await expect.poll(() => h.stdout.length).toBe(1);
    expect(built).toEqual([root]);
    expect(h.stderr.join('')).toContain('npm run build');
    h.stop('SIGINT');
    expect(await exit).toBe(0);
  });

  it('fails with a hint to run npm run build when the build does not produce the page', async () => {
    const h = harness({ loadWebHost: async () => fakeWebHost([]) }, root);
    expect(await runCli(['web'], h.context)).toBe(1);
    expect(h.stderr.join('')).toMatch(/error: Baton could not build its web UI\.\nhint: Run `npm run build`/);
  });

  it('refuses a port that is not a number as a usage error', async () => {
    withBuiltRenderer();
    const h = harness({ loadWebHost: async () => fakeWebHost([]) }, root);
    expect(await runCli(['web', '--port', 'eighty'], h.context)).toBe(2);
  });
});
