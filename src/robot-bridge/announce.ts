import { spawn } from 'node:child_process';
import type { PairingCode } from './pairing';

/**
 * Shows a pairing code to the person at this machine: on the console and, where `notify-send`
 * exists, as a desktop notification. The code never travels in a protocol message.
 */
export function announcePairingCode(
  pairing: PairingCode,
  write: (line: string) => void = (line) => process.stderr.write(`${line}\n`),
): void {
  const grouped = `${pairing.code.slice(0, 4)} ${pairing.code.slice(4)}`;
  const seconds = Math.max(0, Math.round((pairing.expiresAt - Date.now()) / 1000));
  write('');
  write(`  Pairing request from ${pairing.clientName}`);
  write(`  Pairing code: ${grouped}   (type it into Baton; valid for ${seconds} s, once)`);
  write('');
  if (process.platform === 'linux')
    notifyDesktop(`Baton robot pairing code: ${grouped}`, `Requested by ${pairing.clientName}. Valid for ${seconds} s.`);
}

function notifyDesktop(title: string, body: string): void {
  try {
    const child = spawn('notify-send', ['--app-name=Baton robot bridge', title, body], { stdio: 'ignore', shell: false });
    child.on('error', () => {}); // notify-send missing: the console line is enough.
    child.unref();
  } catch {
    // Same: no desktop notifications on this machine.
  }
}
