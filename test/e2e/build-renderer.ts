import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { resolveConfig } from 'electron-vite';
import { build } from 'vite';

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
