import { readFile, realpath, stat } from 'node:fs/promises';
import { extname, join, sep } from 'node:path';
import type { Logger } from '../../platform';
import { CONTENT_SECURITY_POLICY } from './security';

/**
 * The renderer is served as `app://baton/…` from the built renderer folder, not from file://:
 * on a file page CSP `'self'` matches every local file, so a compromised renderer could read
 * any of them, and a file:// response carries no CSP header (Electron security checklist #18,
 * ../shared/reference/electron-anchors.md §2.1).
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'baton';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_INDEX_URL = `${APP_ORIGIN}/index.html`;

/** `standard`: relative URLs and an origin like http's; `secure`: a secure context. Nothing bypasses CSP. */
export const APP_SCHEME_PRIVILEGES = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true },
} as const;

/** The part of Electron's `protocol` module the host uses. */
export interface ProtocolApi {
  registerSchemesAsPrivileged(schemes: (typeof APP_SCHEME_PRIVILEGES)[]): void;
  handle(scheme: string, handler: (request: Request) => Response | Promise<Response>): void;
  unhandle(scheme: string): void;
}

/** Headers on every answer: the CSP as a real header (a `<meta>` cannot carry frame-ancestors). */
export const APP_RESPONSE_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cache-Control': 'no-store',
};

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.txt': 'text/plain; charset=utf-8',
};

/** Must run before the app is ready: Electron fixes scheme privileges at startup. */
export function registerAppScheme(protocol: Pick<ProtocolApi, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);
}

/** Serves `app://baton/` from `rendererDir` (after `ready`); returns the disposer. */
export function serveAppProtocol(options: {
  protocol: Pick<ProtocolApi, 'handle' | 'unhandle'>;
  rendererDir: string;
  logger?: Logger;
}): () => void {
  options.protocol.handle(APP_SCHEME, createAppRequestHandler(options));
  return () => options.protocol.unhandle(APP_SCHEME);
}

/**
 * Answers one `app:` request with a file from `rendererDir` and nothing else: the raw path is
 * checked before it is joined (no `.`/`..` segments, backslashes, NUL or bad escapes), and the
 * file's real path must still lie inside the folder, so a symbolic link cannot lead out.
 */
export function createAppRequestHandler(options: { rendererDir: string; logger?: Logger }): (request: Request) => Promise<Response> {
  let root: Promise<string> | undefined;
  return async (request) => {
    const url = new URL(request.url);
    if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST || url.username || url.password) return refuse(404, 'Not found.');
    if (request.method !== 'GET' && request.method !== 'HEAD') return refuse(405, 'Method not allowed.', { Allow: 'GET, HEAD' });
    const segments = pathSegments(rawPath(request.url));
    if (!segments) {
      options.logger?.warn('Refused an app:// path outside the renderer');
      return refuse(403, 'Forbidden.');
    }
    root ??= realpath(options.rendererDir);
    const rootDir = await root;
    const file = join(rootDir, ...(segments.length === 0 ? ['index.html'] : segments));
    let real: string;
    try {
      real = await realpath(file);
      if (!(await stat(real)).isFile()) return refuse(404, 'Not found.');
    } catch {
      return refuse(404, 'Not found.');
    }
    if (real !== rootDir && !real.startsWith(rootDir + sep)) {
      options.logger?.warn('Refused an app:// file that leads outside the renderer');
      return refuse(403, 'Forbidden.');
    }
    const body = request.method === 'HEAD' ? null : await readFile(real);
    return new Response(body, {
      status: 200,
      headers: { ...APP_RESPONSE_HEADERS, 'Content-Type': CONTENT_TYPES[extname(real).toLowerCase()] ?? 'application/octet-stream' },
    });
  };
}

/** The path as sent, before URL parsing removes dot segments: `app://baton/a/../b` must be refused, not rewritten. */
function rawPath(href: string): string {
  const afterHost = href.slice(`${APP_ORIGIN}`.length);
  const end = afterHost.search(/[?#]/);
  return end === -1 ? afterHost : afterHost.slice(0, end);
}

/** Decoded path segments, or undefined when any is unsafe. */
function pathSegments(path: string): string[] | undefined {
  if (path !== '' && !path.startsWith('/')) return undefined;
  const segments: string[] = [];
  for (const raw of path.split('/').slice(1)) {
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return undefined;
    }
    if (segment === '.' || segment === '..' || /[\\/\0]/.test(segment) || raw.includes('\\')) return undefined;
    if (segment === '') continue;
    segments.push(segment);
  }
  return segments;
}

function refuse(status: number, text: string, extra: Record<string, string> = {}): Response {
  return new Response(text, { status, headers: { ...APP_RESPONSE_HEADERS, 'Content-Type': 'text/plain; charset=utf-8', ...extra } });
}
