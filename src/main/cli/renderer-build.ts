import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { BatonError } from '../../shared/errors';
import type { Translator } from '../../shared/i18n';
import { englishTranslator, said } from '../../shared/message-parts';
import type { CliOutput } from './output';

export function rendererDirOf(packageRoot: string): string {
  return join(packageRoot, 'out', 'renderer');
}

/**
 * Returns out/renderer, building it first when its index.html is missing (a fresh checkout).
 * The person is told on stderr what happens and how to avoid the wait next time.
 */
export async function ensureRendererBuilt(options: {
  packageRoot: string;
  output: CliOutput;
  build: (packageRoot: string, output: CliOutput) => Promise<void>;
  /** The invocation's language; English when absent. */
  t?: Translator;
}): Promise<string> {
  const rendererDir = rendererDirOf(options.packageRoot);
  const indexHtml = join(rendererDir, 'index.html');
  if (existsSync(indexHtml)) return rendererDir;
  const t = options.t ?? englishTranslator;
  options.output.err(`${t.t('cli.buildingRenderer')}\n`);
  options.output.err(`${t.t('cli.buildNextTime')}\n`);
  try {
    await options.build(options.packageRoot, options.output);
  } catch (error) {
    throw buildFailed(options.packageRoot, error);
  }
  if (!existsSync(indexHtml)) throw buildFailed(options.packageRoot, undefined);
  return rendererDir;
}

/** Runs the project's electron-vite with this Node, without a shell; its output goes to stderr so stdout stays clean. */
export async function buildWithElectronVite(packageRoot: string, output: CliOutput): Promise<void> {
  const require = createRequire(join(packageRoot, 'package.json'));
  const manifestPath = require.resolve('electron-vite/package.json');
  const manifest = require(manifestPath) as { bin: string | Record<string, string> };
  const binRelative = typeof manifest.bin === 'string' ? manifest.bin : manifest.bin['electron-vite'];
  if (!binRelative) throw new Error('electron-vite has no command-line entry');
  const bin = join(dirname(manifestPath), binRelative);
  await new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, [bin, 'build'], { cwd: packageRoot, stdio: ['ignore', 'pipe', 'pipe'], shell: false });
    child.stdout.on('data', (chunk: Buffer) => output.err(chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => output.err(chunk.toString()));
    child.once('error', reject);
    child.once('close', (code) => (code === 0 ? resolve() : reject(new Error(`electron-vite build exited with code ${code}`))));
  });
}

function buildFailed(packageRoot: string, cause: unknown): BatonError {
  return BatonError.said('INTERNAL', said('cli.buildFailed'), { hint: said('cli.buildFailedHint', { path: packageRoot }), cause });
}
