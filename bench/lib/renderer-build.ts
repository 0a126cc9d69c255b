import { existsSync } from 'node:fs';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { resolveConfig } from 'electron-vite';
import { build } from 'vite';

/**
 * Builds the renderer with electron-vite's own resolved renderer config (as `npx electron-vite
 * build` does) into a temporary folder, so the bench measures the sources as they are now
 * without touching out/renderer, which other suites serve.
 */
export async function buildRendererToTemp(projectRoot: string): Promise<string> {
  const resolved = await resolveConfig({ root: projectRoot, logLevel: 'silent' }, 'build', 'production');
  const renderer = resolved.config?.renderer;
  if (!renderer) throw new Error('electron.vite.config.ts has no renderer section.');
  const outDir = await mkdtemp(join(tmpdir(), 'baton-bench-renderer-'));
  await build({ ...renderer, configFile: false, logLevel: 'silent', build: { ...renderer.build, outDir, emptyOutDir: true } });
  if (!existsSync(join(outDir, 'index.html'))) throw new Error(`The renderer build did not produce ${outDir}/index.html.`);
  return outDir;
}

/** Bytes of the scripts index.html loads at start (module script and modulepreloads), raw and gzipped. */
export async function initialJsSize(rendererDir: string): Promise<{ raw: number; gzip: number; files: string[] }> {
  const html = await readFile(join(rendererDir, 'index.html'), 'utf8');
  const files = [
    ...[...html.matchAll(/<script[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]!),
    ...[...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)].map((m) => m[1]!),
  ];
  let raw = 0;
  let gzip = 0;
  for (const file of files) {
    const content = await readFile(join(rendererDir, file.replace(/^\.?\//, '')));
    raw += content.length;
    gzip += gzipSync(content).length;
  }
  return { raw, gzip, files };
}
