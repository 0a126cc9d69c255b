import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../../..');
const work = mkdtempSync(join(tmpdir(), 'baton-build-output-'));
const outDir = join(work, 'out');
const cliDir = join(work, 'resources', 'cli');

const filesUnder = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)));

// The production build as npm run dist makes it, into a temp folder (out/ stays untouched).
beforeAll(async () => {
  execFileSync(
    process.execPath,
    [join(root, 'node_modules/electron-vite/bin/electron-vite.js'), 'build', '--mode', 'production', '--outDir', outDir],
    {
      cwd: root,
      stdio: 'pipe',
    },
  );
  const { buildCliPackage } = await import(pathToFileURL(join(root, 'scripts/build-cli.mjs')).href);
  await buildCliPackage({ outDir: cliDir, rendererDir: join(outDir, 'renderer'), log: () => {} });
}, 120_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('production build output', () => {
  it('holds only the main, preload and renderer bundles', () => {
    const tops = new Set(filesUnder(outDir).map((file) => file.split(/[\\/]/)[0]));
    expect([...tops].sort()).toEqual(['main', 'preload', 'renderer']);
  });

  it.each([
    ['app build', outDir],
    ['CLI bundle', cliDir],
  ])('%s has no source maps, map references, tests or TypeScript sources', (_, dir) => {
    const ours = filesUnder(dir).filter((file) => !file.startsWith('node_modules'));
    expect(ours.filter((file) => /\.map$|\.(test|spec)\.|(^|[\\/])(test|__tests__)[\\/]|\.(ts|tsx|mts|cts)$/.test(file))).toEqual([]);
    const withMapComment = ours.filter(
      (file) => /\.(m?js|cjs|css)$/.test(file) && readFileSync(join(dir, file), 'utf8').includes('sourceMappingURL='),
    );
    expect(withMapComment).toEqual([]);
  });

  it('runs the bundled CLI and robot bridge with plain Node from outside the repository', () => {
    const bin = join(work, 'resources', 'bin');
    cpSync(join(root, 'build/bin'), bin, { recursive: true });
    const env = { ...process.env, BATON_HOME: join(work, 'home'), BATON_NODE: process.execPath };
    const version = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;
    const cli = spawnSync(process.platform === 'win32' ? join(bin, 'baton.cmd') : join(bin, 'baton'), ['--version'], {
      cwd: tmpdir(),
      env,
      encoding: 'utf8',
      shell: process.platform === 'win32',
    });
    expect(cli.stderr).toBe('');
    expect(cli.stdout.trim()).toBe(version);
    const robot = spawnSync(process.platform === 'win32' ? join(bin, 'baton-robot.cmd') : join(bin, 'baton-robot'), ['--help'], {
      cwd: tmpdir(),
      env,
      encoding: 'utf8',
      shell: process.platform === 'win32',
    });
    expect(robot.stdout).toMatch(/robot bridge/);
  });
});
