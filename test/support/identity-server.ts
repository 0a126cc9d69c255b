import { startSandbox, type Sandbox, type SandboxOptions } from '../../src/sandbox';
import { getFreePort } from './free-port';

export interface SignInSandbox {
  sandbox: Sandbox;
  /** A loopback redirect URI on a free port, registered with the sandbox's desktop client. */
  redirectUri: string;
  /** Another free-port redirect URI that the sandbox does NOT know. */
  unregisteredRedirectUri: string;
  close(): Promise<void>;
}

/**
 * The sandbox (Identity Server + Orchestrator on one 127.0.0.1 port) with the desktop client's
 * redirect URI on a free port, so sign-in tests never fight over 8765.
 */
export async function startSignInSandbox(options: Omit<SandboxOptions, 'redirectUris'> = {}): Promise<SignInSandbox> {
  const redirectUri = `http://localhost:${await getFreePort()}/callback`;
  const unregisteredRedirectUri = `http://localhost:${await getFreePort()}/callback`;
  const sandbox = await startSandbox({ ...options, redirectUris: [redirectUri] });
  return { sandbox, redirectUri, unregisteredRedirectUri, close: () => sandbox.close() };
}
