import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * Finds `out/renderer` of the Baton package by walking up from `startDir` to the nearest
 * package.json: the same answer from `src/main/web` under tsx and from a bundled `out/main`.
 */
export function locateRendererDir(startDir: string): string {
  let dir = startDir;
  for (;;) {
    if (existsSync(join(dir, 'package.json'))) return join(dir, 'out', 'renderer');
    const parent = dirname(dir);
    if (parent === dir) return join(startDir, 'out', 'renderer');
    dir = parent;
  }
}
