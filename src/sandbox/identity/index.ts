export { createIdentityServer, ORCHESTRATOR_AUDIENCE, type IdentityServer, type IdentityServerOptions } from './identity-server';
export { ORCHESTRATOR_SCOPES } from './provider-config';
