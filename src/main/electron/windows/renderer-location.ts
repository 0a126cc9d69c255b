import { APP_INDEX_URL, APP_ORIGIN } from './app-protocol';

export interface RendererLocation {
  /** What the window loads. */
  url: string;
  /** Whether a URL is the app's own page (IPC sender check, navigation guard). */
  isAppUrl(url: string): boolean;
}

/**
 * The built renderer through the `app://baton/` scheme (app-protocol.ts), or electron-vite's dev
 * server when ELECTRON_RENDERER_URL is set by `electron-vite dev`. Only the page itself counts as
 * the app: any hash (the palette is `#/palette`), never another file, scheme or host.
 */
export function resolveRendererLocation(options: { devServerUrl?: string }): RendererLocation {
  if (options.devServerUrl) {
    const origin = new URL(options.devServerUrl).origin;
    return { url: options.devServerUrl, isAppUrl: (url) => safeUrl(url)?.origin === origin };
  }
  return {
    url: APP_INDEX_URL,
    isAppUrl: (url) => {
      const candidate = safeUrl(url);
      return candidate !== undefined && `${candidate.protocol}//${candidate.host}` === APP_ORIGIN && candidate.pathname === '/index.html';
    },
  };
}

function safeUrl(raw: string): URL | undefined {
  try {
    return new URL(raw);
  } catch {
    return undefined;
  }
}
