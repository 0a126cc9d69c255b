/**
 * Just enough of a browser's cookie jar for Identity Server's login flow: cookies by name and
 * path, sent on matching paths, removed when the server expires them.
 */
export class CookieJar {
  private readonly cookies = new Map<string, { value: string; path: string }>();

  /** The `cookie` header for a request to `url`, or undefined when none apply. */
  headerFor(url: string | URL): string | undefined {
    const { pathname } = new URL(url);
    const header = [...this.cookies.entries()]
      .filter(([, c]) => pathname === c.path || pathname.startsWith(c.path.endsWith('/') ? c.path : `${c.path}/`))
      .map(([key, c]) => `${key.split('\u0000')[0]}=${c.value}`)
      .join('; ');
    return header || undefined;
  }

  /** Takes in every `set-cookie` of a response. */
  store(response: Response): void {
    for (const line of response.headers.getSetCookie()) {
      const [pair = '', ...attrs] = line.split(';').map((s) => s.trim());
      const name = pair.slice(0, pair.indexOf('='));
      const value = pair.slice(pair.indexOf('=') + 1);
      const path = attrs.find((a) => a.toLowerCase().startsWith('path='))?.slice(5) ?? '/';
      const isExpired = attrs.some((a) => /^expires=thu, 01 jan 1970/i.test(a)) || value === '';
      if (isExpired) this.cookies.delete(`${name}\u0000${path}`);
      else this.cookies.set(`${name}\u0000${path}`, { value, path });
    }
  }
}

/** fetch with a cookie jar and manual redirects, as the login flow needs. */
export async function fetchWithCookies(jar: CookieJar, url: string | URL, init: RequestInit = {}): Promise<Response> {
  const headers = new Headers(init.headers);
  const cookie = jar.headerFor(url);
  if (cookie) headers.set('cookie', cookie);
  const response = await fetch(url, { ...init, headers, redirect: 'manual' });
  jar.store(response);
  return response;
}
