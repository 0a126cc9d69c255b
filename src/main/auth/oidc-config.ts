import * as client from 'openid-client';
import { BatonError } from '../../shared/errors';
import { said } from '../../shared/message-parts';
import type { HttpFetch } from '../platform';
import { isLoopbackHost } from '../profiles';
import { transportError } from './auth-errors';

export interface OidcConfigs {
  /** A configuration for one grant, with the platform fetch and the platform clock. */
  configFor(identityUrl: string, clientId: string, auth?: client.ClientAuth): Promise<client.Configuration>;
}

/**
 * openid-client configurations over the platform's HttpFetch (Electron: net.fetch and the OS
 * trust store). Discovery is fetched once per Identity Server. ID-token time checks use the
 * system clock, as the server's do; the injected Clock drives expiry and timeouts.
 */
export function createOidcConfigs(deps: { fetch: HttpFetch }): OidcConfigs {
  const servers = new Map<string, Promise<client.ServerMetadata>>();
  const fetchAdapter: client.CustomFetch = (url, options) => deps.fetch(url, options as RequestInit);
  // http only for this machine (the sandbox); TLS checks are never relaxed.
  const isInsecureAllowed = (identityUrl: string) => {
    const url = new URL(identityUrl);
    return url.protocol === 'http:' && isLoopbackHost(url.hostname);
  };

  const serverFor = (identityUrl: string) => {
    let server = servers.get(identityUrl);
    if (!server) {
      server = client
        .discovery(new URL(identityUrl), 'discovery', undefined, client.None(), {
          [client.customFetch]: fetchAdapter,
          execute: isInsecureAllowed(identityUrl) ? [client.allowInsecureRequests] : [],
        })
        .then((config) => ({ ...config.serverMetadata() }));
      servers.set(identityUrl, server);
      server.catch(() => servers.delete(identityUrl));
    }
    return server.catch((error: unknown) => {
      throw (
        transportError(error, identityUrl) ??
        BatonError.said('NOT_FOUND', said('errors.noIdentityServer', { url: identityUrl }), {
          hint: said('errors.noIdentityServerHint'),
          cause: error,
        })
      );
    });
  };

  return {
    async configFor(identityUrl, clientId, auth = client.None()) {
      const server = await serverFor(identityUrl);
      const config = new client.Configuration(server, clientId, {}, auth);
      config[client.customFetch] = fetchAdapter;
      if (isInsecureAllowed(identityUrl)) client.allowInsecureRequests(config);
      return config;
    },
  };
}
