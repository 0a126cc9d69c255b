import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { App } from 'electron';
import type { DesktopAppOptions } from '../app';

/**
 * Where the built files sit, relative to out/main/index.js, and the icons: in the repository
 * when run from source, in resources/assets when packaged (electron-builder extraResources).
 */
export function resolveAppPaths(
  app: Pick<App, 'isPackaged' | 'getAppPath'>,
  mainModuleUrl: string,
  resourcesPath: string = process.resourcesPath,
): DesktopAppOptions['paths'] {
  const fromMain = (relative: string) => fileURLToPath(new URL(relative, mainModuleUrl));
  const assets = app.isPackaged ? join(resourcesPath, 'assets') : join(app.getAppPath(), 'assets');
  return {
    preload: fromMain('../preload/index.cjs'),
    rendererIndex: fromMain('../renderer/index.html'),
    trayIcons: join(assets, 'tray'),
    appIcon: join(assets, 'icon.png'),
  };
}
