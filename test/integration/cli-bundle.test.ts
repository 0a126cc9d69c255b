import { mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { runBatonProcess } from '../support/baton-process';

// bin/baton.mjs runs a bundle of the sources from node_modules/.cache/baton while every file in it is
// unchanged, else the sources through tsx while the bundle is built; always tsx with BATON_CLI_BUNDLE=0 (docs/cli.md).

const ROOT = resolve(import.meta.dirname, '../..');
const CACHE = join(ROOT, 'node_modules', '.cache', 'baton');
const packageVersion = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;

let home: string;
beforeAll(() => {
  home = mkdtempSync(join(tmpdir(), 'baton-cli-bundle-'));
});
afterAll(() => rmSync(home, { recursive: true, force: true }));

describe('baton from a checkout', () => {
  it('does not run a bundle made from files that have changed since', async () => {
    // A bundle that would say something else, recorded with a package.json one byte longer than it is.
    mkdirSync(CACHE, { recursive: true });
    const outdated = `cli-outdated-${process.pid}.mjs`;
    writeFileSync(join(CACHE, outdated), "export async function main() { process.stdout.write('outdated\\n'); }\n");
    onTestFinished(() => rmSync(join(CACHE, outdated), { force: true }));
    const packageJson = statSync(join(ROOT, 'package.json'));
    const manifest = { recipe: 1, bundle: outdated, inputs: { 'package.json': [packageJson.size + 1, packageJson.mtimeMs] } };
    writeFileSync(join(CACHE, `cli-test-${process.pid}.json`), JSON.stringify(manifest));
    renameSync(join(CACHE, `cli-test-${process.pid}.json`), join(CACHE, 'cli.json'));

    const result = await runBatonProcess(['--version'], { home });
    expect(result).toMatchObject({ code: 0, stdout: `${packageVersion}\n` });
    // Built meanwhile for the next start, in the background.
    const manifestBundle = () => (JSON.parse(readFileSync(join(CACHE, 'cli.json'), 'utf8')) as { bundle: string }).bundle;
    await expect.poll(manifestBundle, { timeout: 30_000, interval: 200 }).not.toBe(outdated);
    expect(await runBatonProcess(['--version'], { home })).toMatchObject({ code: 0, stdout: `${packageVersion}\n` });
  }, 60_000);

  it('runs the sources through tsx with BATON_CLI_BUNDLE=0', async () => {
    const result = await runBatonProcess(['app', 'info', '--json'], { home, env: { BATON_CLI_BUNDLE: '0' } });
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ name: 'Baton', version: packageVersion, host: 'cli' });
  }, 60_000);
});
