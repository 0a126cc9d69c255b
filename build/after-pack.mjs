// electron-builder afterPack: flips the Electron fuses. It runs after the asar integrity is
// embedded and before signing, which is the order fuses require (flipping changes the binary).
import { fuseConfig } from './fuses.mjs';

const ARCH_NAMES = { 0: 'ia32', 1: 'x64', 2: 'armv7l', 3: 'arm64', 4: 'universal' };

export async function afterPack(context) {
  const isTestBuild = process.env.BATON_TEST_BUILD === '1';
  const config = fuseConfig({
    isTestBuild,
    platform: context.electronPlatformName,
    arch: ARCH_NAMES[context.arch] ?? String(context.arch),
  });
  console.log(`[baton] flipping Electron fuses (${isTestBuild ? 'test build: --inspect kept for Playwright' : 'production'})`);
  // packager.addElectronFuses finds the binary per platform (.app, .exe, executableName).
  await context.packager.addElectronFuses(context, config);
}
