import type { Browser } from '../../src/main/platform';
import { CookieJar, fetchWithCookies } from './cookie-jar';

/**
 * Plays the person's browser against the sandbox Identity Server over real HTTP: keeps
 * cookies (by path), follows redirects by hand, fills in the login form, and finally lands on
 * the redirect URI, which is the app's loopback listener. Reusable by any test that signs in.
 */
export interface DriveResult {
  /** The last URL requested. */
  url: string;
  status: number;
  text: string;
  /** Where the login page was, if one was shown. */
  loginUrl?: string;
}

export interface DriveOptions {
  username: string;
  password: string;
  /** Rewrites the redirect back to the app before the browser follows it (e.g. to tamper with state). */
  rewriteCallback?: (url: URL) => URL;
  /** The redirect URI the app listens on; redirects there are followed like any other. */
  redirectUri?: string;
}

export class BrowserDriver {
  private readonly jar = new CookieJar();

  async request(url: string, init: RequestInit = {}): Promise<Response> {
    const target = new URL(url);
    // The app's listener binds the IPv4 loopback for `localhost`; Node may try ::1 first.
    if (target.hostname === 'localhost') target.hostname = '127.0.0.1';
    return fetchWithCookies(this.jar, target, init);
  }

  /** GETs `url` and follows redirects until a page answers (not a 3xx). */
  async follow(url: string, options: Pick<DriveOptions, 'rewriteCallback' | 'redirectUri'> = {}): Promise<DriveResult> {
    let current = url;
    for (let hops = 0; hops < 15; hops++) {
      if (options.redirectUri && options.rewriteCallback && current.startsWith(options.redirectUri)) {
        current = options.rewriteCallback(new URL(current)).href;
      }
      const res = await this.request(current);
      const location = res.headers.get('location');
      if (res.status < 300 || res.status >= 400 || !location) return { url: current, status: res.status, text: await res.text() };
      await res.body?.cancel();
      current = new URL(location, current).href;
    }
    throw new Error('too many redirects');
  }

  async postForm(url: string, fields: Record<string, string>): Promise<Response> {
    return this.request(url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(fields),
    });
  }

  /** The whole browser leg: authorize URL → login page → form → redirects into the app's listener. */
  async signIn(authorizeUrl: string, options: DriveOptions): Promise<DriveResult> {
    const login = await this.follow(authorizeUrl, options);
    const action = /<form[^>]*action="([^"]+)"/.exec(login.text)?.[1];
    // Already signed in (SSO), or an error page: that is where the browser stays.
    if (!action || !/name="password"/.test(login.text)) return login;
    const posted = await this.postForm(new URL(unescapeHtml(action), login.url).href, {
      username: options.username,
      password: options.password,
    });
    const location = posted.headers.get('location');
    if (!location) return { url: login.url, status: posted.status, text: await posted.text(), loginUrl: login.url };
    await posted.body?.cancel();
    return { ...(await this.follow(new URL(location, login.url).href, options)), loginUrl: login.url };
  }
}

function unescapeHtml(text: string): string {
  return text.replaceAll('&amp;', '&').replaceAll('&quot;', '"').replaceAll('&#39;', "'");
}

/**
 * A platform Browser port whose `open` drives the sign-in in the background (the app waits on
 * its listener while the "browser" works); each drive's result is kept for the test.
 */
export function createDrivingBrowser(
  options: DriveOptions | (() => DriveOptions),
): Browser & { opened: string[]; drives: Promise<DriveResult>[]; driver: BrowserDriver } {
  const driver = new BrowserDriver();
  const opened: string[] = [];
  const drives: Promise<DriveResult>[] = [];
  return {
    opened,
    drives,
    driver,
    async open(url) {
      opened.push(url);
      const isSignIn = new URL(url).pathname.endsWith('/connect/authorize');
      const drive = isSignIn ? driver.signIn(url, typeof options === 'function' ? options() : options) : driver.follow(url);
      drive.catch(() => {});
      drives.push(drive);
    },
  };
}
