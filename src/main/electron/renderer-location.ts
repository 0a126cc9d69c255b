import { pathToFileURL } from 'node:url';

export interface RendererLocation {
  /** What the window loads. */
  url: string;
  /** Whether a URL is the app's own page (IPC sender check, navigation guard). */
  isAppUrl(url: string): boolean;
}

/**
 * The built renderer (out/renderer/index.html), or electron-vite's dev server when
 * ELECTRON_RENDERER_URL is set by `electron-vite dev`.
 */
export function resolveRendererLocation(options: { indexHtml: string; devServerUrl?: string }): RendererLocation {
  if (options.devServerUrl) {
    const origin = new URL(options.devServerUrl).origin;
    return { url: options.devServerUrl, isAppUrl: (url) => safeUrl(url)?.origin === origin };
  }
  const page = pathToFileURL(options.indexHtml);
  return {
    url: page.href,
    isAppUrl: (url) => {
      const candidate = safeUrl(url);
      return candidate?.protocol === 'file:' && candidate.pathname === page.pathname;
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
