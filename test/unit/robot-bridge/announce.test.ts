import { describe, expect, it } from 'vitest';
import { createPairingAnnouncer, NOTIFY_INTERVAL_MS } from '../../../src/robot-bridge/announce';

describe('pairing announcer', () => {
  it('prints every code but merges a burst of requests into one desktop notification naming the newest', () => {
    let now = 0;
    const timers: { at: number; run: () => void }[] = [];
    const notices: string[] = [];
    const lines: string[] = [];
    const announcer = createPairingAnnouncer({
      write: (line) => lines.push(line),
      notify: (title, body) => notices.push(`${title} | ${body}`),
      now: () => now,
      setTimer: (run, ms) => {
        timers.push({ at: now + ms, run });
        return () => {};
      },
    });
    const pairing = (code: string, clientName: string) => ({ pairingId: code, code, clientName, expiresAt: now + 120_000 });
    announcer.announce(pairing('11112222', 'first'));
    for (let i = 0; i < 20; i += 1) announcer.announce(pairing(String(30_000_000 + i), `flood ${i}`));
    expect(lines.filter((line) => line.includes('Pairing code:'))).toHaveLength(21);
    expect(notices).toEqual([expect.stringContaining('1111 2222')]);
    now = NOTIFY_INTERVAL_MS;
    for (const timer of timers.splice(0)) timer.run();
    expect(notices).toHaveLength(2);
    expect(notices[1]).toContain('3000 0019');
    expect(notices[1]).toContain('flood 19 (19 earlier requests since the last notice)');
  });
});
