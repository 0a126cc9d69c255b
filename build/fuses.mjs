// Electron fuses for packaged Baton: flipped in the binary itself, so no flag or env var can
// turn them back on. https://www.electronjs.org/docs/latest/tutorial/fuses
import { FuseV1Options, FuseVersion } from '@electron/fuses';

/**
 * The fuse wire for a build. `isTestBuild` (BATON_TEST_BUILD=1) keeps the one fuse Playwright's
 * `_electron.launch` needs: it starts the app with `--inspect=0` to reach the main process.
 */
export function fuseConfig({ isTestBuild = false, platform = process.platform, arch = process.arch } = {}) {
  return {
    version: FuseVersion.V1,
    // Every fuse is named: a new fuse in a later Electron fails the build instead of defaulting silently.
    strictlyRequireAllFuses: true,
    // Unsigned Apple-silicon builds need a fresh ad-hoc signature after the binary changed.
    resetAdHocDarwinSignature: platform === 'darwin' && arch === 'arm64',
    // ELECTRON_RUN_AS_NODE would turn the signed app into a general-purpose Node; the CLI ships
    // as its own bundle instead (docs/install.md "Command line").
    [FuseV1Options.RunAsNode]: false,
    [FuseV1Options.EnableCookieEncryption]: true,
    [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
    [FuseV1Options.EnableNodeCliInspectArguments]: isTestBuild,
    // electron-builder 26 embeds the asar hash (Info.plist on macOS, a resource on Windows) before afterPack.
    [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
    [FuseV1Options.OnlyLoadAppFromAsar]: true,
    [FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]: false,
    // The renderer is served as app://baton/ (src/main/electron/app-protocol.ts), so file://
    // pages need none of the extra privileges (fetch, module scripts, service workers) that
    // would let a compromised page read local files.
    [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
  };
}
