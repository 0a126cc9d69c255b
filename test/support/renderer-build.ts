import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { resolveConfig } from 'electron-vite';
import { build } from 'vite';

export const PROJECT_ROOT = resolve(import.meta.dirname, '../..');
export const RENDERER_DIR = join(PROJECT_ROOT, 'out', 'renderer');

/**
 * Builds only the renderer, with electron-vite's own resolved renderer config (same presets as
 * `npx electron-vite build`), so end-to-end tests do not depend on the main process compiling.
 */
export async function buildRenderer(projectRoot: string): Promise<string> {
  const resolved = await resolveConfig({ root: projectRoot, logLevel: 'warn' }, 'build', 'production');
  const renderer = resolved.config?.renderer;
  if (!renderer) throw new Error('electron.vite.config.ts has no renderer section.');
  await build({ ...renderer, configFile: false, logLevel: 'warn' });
  const outDir = join(projectRoot, 'out', 'renderer');
  if (!existsSync(join(outDir, 'index.html'))) throw new Error(`The renderer build did not produce ${outDir}/index.html.`);
  return outDir;
}

/** Builds out/renderer when it is missing or older than any renderer or contract source. */
export async function ensureRendererBuilt(): Promise<void> {
  if (isRendererBuildStale()) await buildRenderer(PROJECT_ROOT);
}

function isRendererBuildStale(): boolean {
  const index = join(RENDERER_DIR, 'index.html');
  if (!existsSync(index)) return true;
  const builtAt = statSync(index).mtimeMs;
  return [join(PROJECT_ROOT, 'src', 'renderer'), join(PROJECT_ROOT, 'src', 'shared')].some((dir) => newestMtime(dir) > builtAt);
}

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}
