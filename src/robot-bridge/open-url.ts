import { spawn } from 'node:child_process';

/**
 * Opens a URL with the OS's handler for its scheme (here `uipath-web://`, UiPath Assistant's), with
 * no shell: the URL is one argument, so nothing in it is ever interpreted as a command.
 */
export function openUrl(url: string, platform: NodeJS.Platform = process.platform): Promise<void> {
  const [command, args] = openerFor(platform, url);
  return new Promise((resolve, reject) => {
    let child: ReturnType<typeof spawn>;
    try {
      child = spawn(command, args, { shell: false, stdio: 'ignore', windowsHide: true, detached: platform !== 'win32' });
    } catch (error) {
      return reject(error instanceof Error ? error : new Error(String(error)));
    }
    child.once('error', reject);
    child.once('spawn', () => {
      child.unref();
      resolve();
    });
  });
}

/** The opener program and its arguments per OS. */
export function openerFor(platform: NodeJS.Platform, url: string): [string, string[]] {
  switch (platform) {
    case 'win32':
      // url.dll's handler opens a protocol URL the way Explorer does, without `cmd /c start` and its quoting rules.
      return ['rundll32.exe', ['url.dll,FileProtocolHandler', url]];
    case 'darwin':
      return ['open', [url]];
    default:
      return ['xdg-open', [url]];
  }
}
