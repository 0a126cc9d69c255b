import { readFile, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
};

export function contentTypeOf(filePath: string): string {
  return CONTENT_TYPES[extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

export type StaticResolution = { kind: 'file'; path: string } | { kind: 'forbidden' } | { kind: 'not-found' };

/**
 * Maps a request path to a file inside `root`. Anything that would leave the root (`..`,
 * encoded separators, NUL bytes) is forbidden; a path without an extension that matches no
 * file falls back to index.html so the single-page app can route it.
 */
export async function resolveStaticPath(root: string, requestPath: string): Promise<StaticResolution> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(requestPath);
  } catch {
    return { kind: 'forbidden' };
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return { kind: 'forbidden' };
  const segments = decoded.split('/').filter((segment) => segment.length > 0);
  if (segments.some((segment) => segment === '..' || segment === '.')) return { kind: 'forbidden' };

  const rootDir = resolve(root);
  const candidate = resolve(rootDir, ...segments);
  if (candidate !== rootDir && !candidate.startsWith(rootDir + sep)) return { kind: 'forbidden' };

  const file = await fileAt(candidate === rootDir ? join(rootDir, 'index.html') : candidate);
  if (file) return { kind: 'file', path: file };
  const isAsset = extname(segments.at(-1) ?? '') !== '';
  if (isAsset) return { kind: 'not-found' };
  const index = await fileAt(join(rootDir, 'index.html'));
  return index ? { kind: 'file', path: index } : { kind: 'not-found' };
}

async function fileAt(path: string): Promise<string | undefined> {
  try {
    const info = await stat(path);
    if (info.isFile()) return path;
    if (info.isDirectory()) return fileAt(join(path, 'index.html'));
    return undefined;
  } catch {
    return undefined;
  }
}

/** Serves GET/HEAD for the built renderer; the caller has already set the security headers. */
export async function serveStatic(root: string, request: IncomingMessage, response: ServerResponse): Promise<void> {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    sendText(response, 405, 'Method not allowed.', { Allow: 'GET, HEAD' });
    return;
  }
  // The raw path, not a WHATWG-normalised one: `..` must be seen (and refused), not silently resolved.
  const rawPath = (request.url ?? '/').split('?')[0] ?? '/';
  const resolution = rawPath.startsWith('/') ? await resolveStaticPath(root, rawPath) : ({ kind: 'forbidden' } as const);
  if (resolution.kind === 'forbidden') return sendText(response, 403, 'Forbidden.');
  if (resolution.kind === 'not-found') return sendText(response, 404, 'Not found.');

  const body = await readFile(resolution.path);
  // Vite puts content-hashed files under assets/; everything else (index.html) must stay fresh.
  const isHashedAsset = resolution.path.startsWith(join(resolve(root), 'assets') + sep);
  response.writeHead(200, {
    'Content-Type': contentTypeOf(resolution.path),
    'Content-Length': body.byteLength,
    'Cache-Control': isHashedAsset ? 'public, max-age=31536000, immutable' : 'no-store',
  });
  response.end(request.method === 'HEAD' ? undefined : body);
}

export function sendText(response: ServerResponse, status: number, text: string, headers: Record<string, string> = {}): void {
  response.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', ...headers });
  response.end(text);
}
