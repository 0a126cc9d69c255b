import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAppRequestHandler } from '../../../../src/main/electron/windows/app-protocol';

let dir: string;
let handle: (request: Request) => Promise<Response>;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'baton-app-protocol-'));
  mkdirSync(join(dir, 'renderer', 'assets'), { recursive: true });
  writeFileSync(join(dir, 'renderer', 'index.html'), '<!doctype html><title>Baton</title>');
  writeFileSync(join(dir, 'renderer', 'assets', 'index-abc.js'), 'console.log(1)');
  writeFileSync(join(dir, 'secret.txt'), 'outside the renderer');
  symlinkSync(join(dir, 'secret.txt'), join(dir, 'renderer', 'assets', 'link.txt'));
  handle = createAppRequestHandler({ rendererDir: join(dir, 'renderer') });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The request as Electron hands it over; `url` raw, since the handler must not trust Chromium to have normalised it. */
const raw = (url: string, method = 'GET') => ({ url, method }) as Request;

describe('the app:// scheme', () => {
  // Catches: the page served without a CSP header (file:// responses carry none) or without
  // frame-ancestors, which a <meta> policy cannot express.
  it('serves the renderer with the CSP, frame-ancestors included, as a real header', async () => {
    const page = await handle(new Request('app://baton/index.html'));
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(page.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await page.text()).toContain('<title>Baton</title>');
    const script = await handle(new Request('app://baton/assets/index-abc.js'));
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect((await handle(new Request('app://baton/'))).status).toBe(200);
  });

  // Catches: a compromised page reading local files through the scheme.
  it.each([
    ['a parent segment', 'app://baton/../secret.txt'],
    ['an encoded parent segment', 'app://baton/assets/%2e%2e/%2e%2e/secret.txt'],
    ['an encoded slash', 'app://baton/assets%2f..%2f..%2fsecret.txt'],
    ['a backslash', 'app://baton/assets\\..\\..\\secret.txt'],
    ['a NUL byte', 'app://baton/index.html%00.js'],
    ['a bad escape', 'app://baton/%E0%A4%A'],
  ])('refuses %s before touching the disk', async (_what, url) => {
    expect((await handle(raw(url))).status).toBe(403);
  });

  it('refuses a symbolic link that leads out of the renderer folder', async () => {
    expect((await handle(new Request('app://baton/assets/link.txt'))).status).toBe(403);
  });

  it('answers another host, a missing file, a folder and a POST without serving anything', async () => {
    expect((await handle(new Request('app://evil/index.html'))).status).toBe(404);
    expect((await handle(raw('app://user@baton/index.html'))).status).toBe(404);
    expect((await handle(new Request('app://baton/missing.js'))).status).toBe(404);
    expect((await handle(new Request('app://baton/assets'))).status).toBe(404);
    const post = await handle(raw('app://baton/index.html', 'POST'));
    expect(post.status).toBe(405);
    expect(post.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
  });
});
