import type { App, Event, HandlerDetails, Session, WebContents } from 'electron';
import type { Logger } from '../../platform';
import { isAllowedExternalUrl, type OpenExternal } from './external-links';

/**
 * The renderer needs nothing but its own files: no inline script, no eval, no remote
 * connections (the core does all networking), no plugins, no <base>, no framing.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * electron-vite's dev server injects inline scripts (React refresh) and talks to its HMR
 * WebSocket; this looser policy is used only when the window loads the dev server.
 */
export const DEV_CONTENT_SECURITY_POLICY = CONTENT_SECURITY_POLICY.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'")
  .replace("style-src 'self'", "style-src 'self' 'unsafe-inline'")
  .replace("connect-src 'self'", "connect-src 'self' ws://localhost:* ws://127.0.0.1:*");

export interface HardeningOptions {
  app: Pick<App, 'on' | 'removeListener'>;
  session: Pick<Session, 'webRequest' | 'setPermissionRequestHandler' | 'setPermissionCheckHandler'>;
  openExternal: OpenExternal;
  isDev?: boolean;
  logger?: Logger;
}

/**
 * App-wide hardening, applied before the first window exists so every webContents (the
 * window, and anything that might be created later) gets the same guards. Returns a disposer.
 */
export function hardenApp(options: HardeningOptions): () => void {
  const { app, session, openExternal, logger } = options;
  const policy = options.isDev ? DEV_CONTENT_SECURITY_POLICY : CONTENT_SECURITY_POLICY;

  session.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [policy] } });
  });
  session.setPermissionRequestHandler((_contents, permission, callback) => {
    logger?.info('Denied a permission request', { permission });
    callback(false);
  });
  session.setPermissionCheckHandler(() => false);

  const onContentsCreated = (_event: Event, contents: WebContents) => guardWebContents(contents, openExternal, logger);
  // Never bypass TLS: an untrusted certificate is refused (Diagnostics explains the fix).
  const onCertificateError = (
    _event: Event,
    _contents: WebContents,
    url: string,
    error: string,
    _certificate: unknown,
    callback: (isTrusted: boolean) => void,
  ) => {
    logger?.warn('Refused a certificate', { origin: safeOrigin(url), error });
    callback(false);
  };
  app.on('web-contents-created', onContentsCreated);
  app.on('certificate-error', onCertificateError);

  return () => {
    app.removeListener('web-contents-created', onContentsCreated);
    app.removeListener('certificate-error', onCertificateError);
    session.webRequest.onHeadersReceived(null);
    session.setPermissionRequestHandler(null);
    session.setPermissionCheckHandler(null);
  };
}

/** Navigation (of any frame), redirects, new windows and webviews are all refused; https links go to the browser. */
export function guardWebContents(contents: WebContents, openExternal: OpenExternal, logger?: Logger): void {
  const refuseNavigation = (event: Event, url: string) => {
    if (url === contents.getURL()) return;
    event.preventDefault();
    logger?.warn('Blocked a navigation away from Baton', { origin: safeOrigin(url) });
  };
  contents.on('will-navigate', refuseNavigation);
  contents.on('will-redirect', refuseNavigation);
  // Every frame, not only the main one: Baton has no iframes, so a subframe navigating
  // (an injected <iframe>, or a frame sent elsewhere) is refused outright.
  contents.on('will-frame-navigate', (event) => {
    if (event.isMainFrame && event.url === contents.getURL()) return;
    event.preventDefault();
    logger?.warn('Blocked a frame navigation', { origin: safeOrigin(event.url), isMainFrame: event.isMainFrame });
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler((details: HandlerDetails) => {
    if (isAllowedExternalUrl(details.url)) {
      openExternal(details.url).catch((error: unknown) => logger?.warn('Could not open a link', { error: String(error) }));
    } else {
      logger?.warn('Blocked a window.open', { origin: safeOrigin(details.url) });
    }
    return { action: 'deny' };
  });
}

function safeOrigin(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    return 'malformed';
  }
}
