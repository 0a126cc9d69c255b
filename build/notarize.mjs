// electron-builder afterSign: notarizes the signed macOS app with Apple's notary service.
// Does nothing unless the Apple credentials are in the environment, so unsigned local builds
// and other platforms pass straight through. docs/install.md "Signing and notarization".
import { createRequire } from 'node:module';
import { join } from 'node:path';

/** Which credentials the environment holds: an App Store Connect API key, or an Apple ID. */
export function notarizeCredentials(env = process.env) {
  if (env.APPLE_API_KEY && env.APPLE_API_KEY_ID && env.APPLE_API_ISSUER) {
    return { appleApiKey: env.APPLE_API_KEY, appleApiKeyId: env.APPLE_API_KEY_ID, appleApiIssuer: env.APPLE_API_ISSUER };
  }
  if (env.APPLE_ID && env.APPLE_APP_SPECIFIC_PASSWORD && env.APPLE_TEAM_ID) {
    return { appleId: env.APPLE_ID, appleIdPassword: env.APPLE_APP_SPECIFIC_PASSWORD, teamId: env.APPLE_TEAM_ID };
  }
  return null;
}

export async function afterSign(context, env = process.env) {
  if (context.electronPlatformName !== 'darwin') return 'skipped: not macOS';
  const credentials = notarizeCredentials(env);
  if (!credentials) {
    console.log(
      '[baton] notarization skipped: set APPLE_API_KEY/APPLE_API_KEY_ID/APPLE_API_ISSUER or APPLE_ID/APPLE_APP_SPECIFIC_PASSWORD/APPLE_TEAM_ID',
    );
    return 'skipped: no credentials';
  }
  const appPath = join(context.appOutDir, `${context.packager.appInfo.productFilename}.app`);
  // @electron/notarize comes with electron-builder (app-builder-lib depends on it).
  const fromBuilder = createRequire(createRequire(import.meta.url).resolve('app-builder-lib/package.json'));
  const { notarize } = fromBuilder('@electron/notarize');
  console.log(`[baton] notarizing ${appPath} (secrets not logged)`);
  await notarize({ appPath, ...credentials });
  return 'notarized';
}
