import { spawn } from 'node:child_process';
import type { PairingCode } from './pairing';

/** Desktop notifications about pairing at most this often; requests in between are merged into the next one. */
export const NOTIFY_INTERVAL_MS = 15_000;

export interface PairingAnnouncer {
  announce(pairing: PairingCode): void;
  dispose(): void;
}

/**
 * Shows pairing codes to the person at this machine: every code on the console and, where
 * `notify-send` exists, desktop notifications merged so a burst of requests is one interruption.
 * The code never travels in a protocol message. Client names were cleaned by the bridge.
 */
export function createPairingAnnouncer(
  deps: {
    write?: (line: string) => void;
    notify?: (title: string, body: string) => void;
    now?: () => number;
    setTimer?: (run: () => void, ms: number) => () => void;
  } = {},
): PairingAnnouncer {
  const write = deps.write ?? ((line: string) => void process.stderr.write(`${line}\n`));
  const notify = deps.notify ?? (process.platform === 'linux' ? notifyDesktop : () => {});
  const now = deps.now ?? Date.now;
  const setTimer =
    deps.setTimer ??
    ((run: () => void, ms: number) => {
      const timer = setTimeout(run, ms);
      timer.unref();
      return () => clearTimeout(timer);
    });
  let lastNotifiedAt = -Infinity;
  let held: { latest: PairingCode; count: number } | undefined;
  let cancelTimer = () => {};

  function sendNotification(latest: PairingCode, count: number): void {
    lastNotifiedAt = now();
    const grouped = group(latest.code);
    const others = count > 1 ? ` (${count - 1} earlier request${count > 2 ? 's' : ''} since the last notice)` : '';
    notify(
      `Baton robot pairing code: ${grouped}`,
      `Requested by ${latest.clientName}${others}. Valid for ${secondsLeft(latest, now())} s.`,
    );
  }

  return {
    announce(pairing) {
      const grouped = group(pairing.code);
      write('');
      write(`  Pairing request from ${pairing.clientName}`);
      write(`  Pairing code: ${grouped}   (type it into Baton; valid for ${secondsLeft(pairing, now())} s, once)`);
      write('');
      const wait = lastNotifiedAt + NOTIFY_INTERVAL_MS - now();
      if (wait <= 0 && !held) return sendNotification(pairing, 1);
      held = { latest: pairing, count: (held?.count ?? 0) + 1 };
      if (held.count > 1) return;
      cancelTimer = setTimer(
        () => {
          const merged = held;
          held = undefined;
          if (merged) sendNotification(merged.latest, merged.count);
        },
        Math.max(0, wait),
      );
    },
    dispose() {
      cancelTimer();
      held = undefined;
    },
  };
}

function group(code: string): string {
  return `${code.slice(0, 4)} ${code.slice(4)}`;
}

function secondsLeft(pairing: PairingCode, at: number): number {
  return Math.max(0, Math.round((pairing.expiresAt - at) / 1000));
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
