import { SANDBOX_USERS, type SandboxOptions } from '../../src/sandbox';
import { realClock } from './auth-harness';
import { createDrivingBrowser } from './browser-driver';
import { getFreePort } from './free-port';
import { settingsWithSandboxRobot, startWebApp, type WebAppWithSandbox, type WebCore } from './web-app';
import type { Sandbox } from '../../src/sandbox';
import type { Platform } from '../../src/main/platform';

/**
 * The web host on a fresh sandbox with alice signed in through the core's real PKCE flow (the
 * driver plays her browser), the robot bridge at the sandbox's address. `prepare` runs after the
 * sign-in, before the first page opens.
 */
export async function startSignedInWebApp(
  options: {
    sandbox?: Omit<SandboxOptions, 'redirectUris'>;
    /** Platform pieces over the defaults (a test's clock or recording notifier). */
    platform?: Partial<Platform>;
    prepare?: (core: WebCore, sandbox: Sandbox) => unknown;
  } = {},
): Promise<WebAppWithSandbox> {
  const redirectUri = `http://localhost:${await getFreePort()}/callback`;
  const alice = SANDBOX_USERS.find((user) => user.username === 'alice')!;
  return startWebApp({
    sandbox: { ...options.sandbox, redirectUris: [redirectUri] },
    platform: (sandbox) => ({
      clock: realClock,
      settings: settingsWithSandboxRobot(sandbox),
      browser: createDrivingBrowser({ username: alice.username, password: alice.password, redirectUri }),
      ...options.platform,
    }),
    prepare: async (core, sandbox) => {
      await core.handlers['session.profiles.add']({
        name: 'Sandbox',
        orchestratorUrl: sandbox.orchestratorUrl,
        redirectUri,
        makeActive: true,
      });
      const status = await core.handlers['session.signIn']({});
      if (status.state !== 'signed-in') throw new Error(`alice could not sign in to the sandbox: ${status.state}`);
      await options.prepare?.(core, sandbox);
    },
  });
}
