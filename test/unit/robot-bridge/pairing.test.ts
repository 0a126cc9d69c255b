import { describe, expect, it } from 'vitest';
import { createManualClock } from '../../../src/main/platform/memory';
import { createPairingManager } from '../../../src/robot-bridge/pairing';
import { RobotBridgeError } from '../../../src/robot-bridge/errors';

function setup() {
  const clock = createManualClock();
  const pairing = createPairingManager({ clock, generateCode: () => '12345678' });
  const shown: string[] = [];
  pairing.onPairingCode((code) => shown.push(code.code));
  return { clock, pairing, shown };
}

function reasonOf(action: () => void): string | undefined {
  try {
    action();
    return undefined;
  } catch (error) {
    return error instanceof RobotBridgeError ? error.reason : 'not a RobotBridgeError';
  }
}

describe('pairing', () => {
  it('shows an 8-digit code to listeners and answers with only the pairing id and lifetime', () => {
    const clock = createManualClock();
    const pairing = createPairingManager({ clock });
    let shown = '';
    pairing.onPairingCode((code) => (shown = code.code));
    const answer = pairing.begin('connection-1', 'Baton');
    expect(shown).toMatch(/^\d{8}$/);
    expect(answer).toEqual({ pairingId: expect.any(String), expiresInSeconds: 120 });
  });

  it('accepts the right code once and then treats the pairing as spent', () => {
    const { pairing } = setup();
    const { pairingId } = pairing.begin('c1', 'Baton');
    expect(() => pairing.complete('c1', pairingId, '12345678')).not.toThrow();
    expect(reasonOf(() => pairing.complete('c1', pairingId, '12345678'))).toBe('PAIRING_EXPIRED');
  });

  it('expires a code after 120 seconds', () => {
    const { pairing, clock } = setup();
    const { pairingId } = pairing.begin('c1', 'Baton');
    clock.advance(120_000);
    expect(reasonOf(() => pairing.complete('c1', pairingId, '12345678'))).toBe('PAIRING_EXPIRED');
  });

  it('voids the pairing after five wrong codes and refuses that connection for 60 seconds', () => {
    const { pairing, clock } = setup();
    const { pairingId } = pairing.begin('c1', 'Baton');
    const left: (number | undefined)[] = [];
    for (let attempt = 0; attempt < 5; attempt += 1) {
      try {
        pairing.complete('c1', pairingId, '87654321');
      } catch (error) {
        left.push((error as RobotBridgeError).data.attemptsLeft);
      }
    }
    expect(left).toEqual([4, 3, 2, 1, 0]);
    expect(reasonOf(() => pairing.complete('c1', pairingId, '12345678'))).toBe('RATE_LIMITED');
    clock.advance(59_000);
    expect(reasonOf(() => pairing.complete('c1', pairing.begin('c1', 'Baton').pairingId, '12345678'))).toBe('RATE_LIMITED');
    clock.advance(1_000);
    const fresh = pairing.begin('c1', 'Baton');
    expect(reasonOf(() => pairing.complete('c1', fresh.pairingId, '12345678'))).toBeUndefined();
  });

  it('does not let one connection complete a pairing opened by another', () => {
    const { pairing } = setup();
    const { pairingId } = pairing.begin('c1', 'Baton');
    expect(reasonOf(() => pairing.complete('c2', pairingId, '12345678'))).toBe('PAIRING_EXPIRED');
  });
});
