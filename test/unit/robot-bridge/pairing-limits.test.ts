import { describe, expect, it } from 'vitest';
import { createManualClock } from '../../../src/main/platform/memory';
import { RobotBridgeError } from '../../../src/robot-bridge/errors';
import { createPairingManager, type PairingCode } from '../../../src/robot-bridge/pairing';

// The limits that keep a local program from guessing or flooding pairing codes (docs/security.md,
// finding 1): each test would catch a limit that is off by one, per connection instead of global,
// or forgotten too early or too late.

const CODE = '12345678';

function setup(overrides: Parameters<typeof createPairingManager>[0] extends infer D ? Partial<D> : never = {}) {
  const clock = createManualClock();
  const pairing = createPairingManager({ clock, generateCode: () => CODE, ...overrides });
  const shown: PairingCode[] = [];
  pairing.onPairingCode((code) => shown.push(code));
  return { clock, pairing, shown };
}

function errorOf(action: () => void): RobotBridgeError {
  try {
    action();
  } catch (error) {
    if (error instanceof RobotBridgeError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('pairing codes shown', () => {
  it('shows the listener the code, the client and when it expires', () => {
    const { clock, pairing, shown } = setup();
    const { pairingId } = pairing.begin('c1', 'Baton on laptop');
    expect(shown).toEqual([{ pairingId, code: CODE, clientName: 'Baton on laptop', expiresAt: clock.now() + 120_000 }]);
  });

  it('makes random 8-digit codes that differ between pairings', () => {
    const clock = createManualClock();
    const pairing = createPairingManager({ clock });
    const codes = new Set<string>();
    pairing.onPairingCode((code) => codes.add(code.code));
    for (let i = 0; i < 5; i++) pairing.begin(`c${i}`, 'Baton');
    expect(codes.size).toBeGreaterThan(1);
    for (const code of codes) expect(code).toMatch(/^\d{8}$/);
  });

  it('pads a small random number to 8 digits (one code in ten is below 10,000,000)', () => {
    const clock = createManualClock();
    const pairing = createPairingManager({ clock, maxNew: 1_000 });
    const codes: string[] = [];
    pairing.onPairingCode((code) => codes.push(code.code));
    for (let i = 0; i < 200; i++) pairing.begin(`c${i}`, 'Baton');
    expect(codes.filter((code) => !/^\d{8}$/.test(code))).toEqual([]);
  });

  it('keeps pairing when a listener throws, and still tells the other listeners', () => {
    const { pairing, shown } = setup();
    pairing.onPairingCode(() => {
      throw new Error('display broke');
    });
    const later: string[] = [];
    pairing.onPairingCode((code) => later.push(code.code));
    const { pairingId } = pairing.begin('c1', 'Baton');
    expect(shown).toHaveLength(1);
    expect(later).toEqual([CODE]);
    expect(() => pairing.complete('c1', pairingId, CODE)).not.toThrow();
  });

  it('stops telling a listener once it unsubscribes', () => {
    const { pairing } = setup();
    const seen: string[] = [];
    const stop = pairing.onPairingCode((code) => seen.push(code.pairingId));
    pairing.begin('c1', 'Baton');
    stop();
    pairing.begin('c2', 'Baton');
    expect(seen).toHaveLength(1);
  });

  it('answers the lifetime in whole seconds', () => {
    const { pairing } = setup({ lifetimeMs: 90_400 });
    expect(pairing.begin('c1', 'Baton').expiresInSeconds).toBe(90);
  });

  it('replaces the open pairing of a connection that says hello again, and leaves other connections alone', () => {
    const { pairing } = setup();
    const first = pairing.begin('c1', 'Baton');
    const other = pairing.begin('c2', 'Baton');
    const second = pairing.begin('c1', 'Baton');
    expect(errorOf(() => pairing.complete('c1', first.pairingId, CODE)).reason).toBe('PAIRING_EXPIRED');
    expect(() => pairing.complete('c1', second.pairingId, CODE)).not.toThrow();
    expect(() => pairing.complete('c2', other.pairingId, CODE)).not.toThrow();
  });

  it('accepts a code with spaces around it', () => {
    const { pairing } = setup();
    const { pairingId } = pairing.begin('c1', 'Baton');
    expect(() => pairing.complete('c1', pairingId, ` ${CODE} `)).not.toThrow();
  });

  it('refuses a code that only starts like the right one', () => {
    const { pairing } = setup();
    const { pairingId } = pairing.begin('c1', 'Baton');
    expect(errorOf(() => pairing.complete('c1', pairingId, CODE.slice(0, 7))).reason).toBe('PAIRING_REJECTED');
    expect(errorOf(() => pairing.complete('c1', pairingId, `${CODE}9`)).reason).toBe('PAIRING_REJECTED');
  });
});

describe('expiry', () => {
  it('accepts the code one millisecond before it expires and not at the moment it does', () => {
    const early = setup();
    const a = early.pairing.begin('c1', 'Baton');
    early.clock.advance(119_999);
    expect(() => early.pairing.complete('c1', a.pairingId, CODE)).not.toThrow();

    const late = setup();
    const b = late.pairing.begin('c1', 'Baton');
    late.clock.advance(120_000);
    const error = errorOf(() => late.pairing.complete('c1', b.pairingId, CODE));
    expect(error.reason).toBe('PAIRING_EXPIRED');
    expect(error.message).toContain('expired');
    // An expired pairing is gone: even the right code later says it is unknown.
    expect(errorOf(() => late.pairing.complete('c1', b.pairingId, CODE)).message).toContain('unknown');
  });
});

describe('wrong codes on one connection', () => {
  it('counts down the attempts left and says so', () => {
    const { pairing } = setup();
    const { pairingId } = pairing.begin('c1', 'Baton');
    expect(errorOf(() => pairing.complete('c1', pairingId, '00000000')).message).toBe('The pairing code is not right.');
    const again = pairing.begin('c1', 'Baton');
    expect(errorOf(() => pairing.complete('c1', again.pairingId, '00000000')).data.attemptsLeft).toBe(4);
  });

  it('counts down to zero', () => {
    const { pairing } = setup();
    const { pairingId } = pairing.begin('c1', 'Baton');
    const left = [1, 2, 3, 4, 5].map(() => errorOf(() => pairing.complete('c1', pairingId, '00000000')).data.attemptsLeft);
    expect(left).toEqual([4, 3, 2, 1, 0]);
  });

  it('locks the connection for exactly the lock-out, with the seconds to wait, then lets it pair again', () => {
    const { clock, pairing } = setup();
    const { pairingId } = pairing.begin('c1', 'Baton');
    for (let i = 0; i < 5; i++) errorOf(() => pairing.complete('c1', pairingId, '00000000'));
    clock.advance(30_500);
    const locked = errorOf(() => pairing.complete('c1', pairingId, CODE));
    expect(locked.reason).toBe('RATE_LIMITED');
    expect(locked.message).toBe('Too many wrong pairing codes; wait before trying again.');
    expect(locked.data.retryAfterSeconds).toBe(30);
    clock.advance(29_499);
    expect(errorOf(() => pairing.complete('c1', pairingId, CODE)).reason).toBe('RATE_LIMITED');
    clock.advance(1);
    const again = pairing.begin('c1', 'Baton');
    expect(() => pairing.complete('c1', again.pairingId, CODE)).not.toThrow();
  });

  it('does not lock another connection', () => {
    const { pairing } = setup();
    const { pairingId } = pairing.begin('c1', 'Baton');
    for (let i = 0; i < 5; i++) errorOf(() => pairing.complete('c1', pairingId, '00000000'));
    const other = pairing.begin('c2', 'Baton');
    expect(() => pairing.complete('c2', other.pairingId, CODE)).not.toThrow();
  });

  it('forgets a connection that went away: its lock and its open pairing', () => {
    const { pairing } = setup();
    const { pairingId } = pairing.begin('c1', 'Baton');
    for (let i = 0; i < 5; i++) errorOf(() => pairing.complete('c1', pairingId, '00000000'));
    const open = pairing.begin('c2', 'Baton');
    pairing.forget('c1');
    pairing.forget('c2');
    expect(errorOf(() => pairing.complete('c2', open.pairingId, CODE)).reason).toBe('PAIRING_EXPIRED');
    const again = pairing.begin('c1', 'Baton');
    expect(() => pairing.complete('c1', again.pairingId, CODE)).not.toThrow();
  });

  it('forgets only the connection that went away', () => {
    const { pairing } = setup();
    pairing.begin('c1', 'Baton');
    const other = pairing.begin('c2', 'Baton');
    pairing.forget('c1');
    expect(() => pairing.complete('c2', other.pairingId, CODE)).not.toThrow();
  });
});

describe('wrong codes across connections', () => {
  /** One wrong code on each of `count` fresh connections (a program reconnecting to guess on). */
  function guess(pairing: ReturnType<typeof setup>['pairing'], count: number, prefix = 'g'): void {
    for (let i = 0; i < count; i++) {
      const { pairingId } = pairing.begin(`${prefix}${i}`, 'guesser');
      errorOf(() => pairing.complete(`${prefix}${i}`, pairingId, '00000000'));
    }
  }

  it('locks pairing for everyone after the tenth wrong code in a minute, and not after the ninth', () => {
    const nine = setup({ maxNew: 100 });
    guess(nine.pairing, 9);
    const a = nine.pairing.begin('c1', 'Baton');
    expect(() => nine.pairing.complete('c1', a.pairingId, CODE)).not.toThrow();

    const ten = setup({ maxNew: 100 });
    guess(ten.pairing, 10);
    const b = ten.pairing.begin('c1', 'Baton');
    ten.clock.advance(20_200);
    const error = errorOf(() => ten.pairing.complete('c1', b.pairingId, CODE));
    expect(error.reason).toBe('RATE_LIMITED');
    expect(error.message).toBe('Too many wrong pairing codes on this robot; wait before trying again.');
    expect(error.data.retryAfterSeconds).toBe(40);
  });

  it('opens again once the lock-out has passed', () => {
    const { clock, pairing } = setup({ maxNew: 100 });
    guess(pairing, 10);
    clock.advance(59_999);
    const a = pairing.begin('c1', 'Baton');
    expect(errorOf(() => pairing.complete('c1', a.pairingId, CODE)).reason).toBe('RATE_LIMITED');
    clock.advance(1);
    expect(() => pairing.complete('c1', a.pairingId, CODE)).not.toThrow();
  });

  it('counts only the wrong codes of the last minute', () => {
    const { clock, pairing } = setup({ maxNew: 100 });
    guess(pairing, 5, 'early');
    clock.advance(60_000);
    guess(pairing, 9, 'late');
    const a = pairing.begin('c1', 'Baton');
    expect(() => pairing.complete('c1', a.pairingId, CODE)).not.toThrow();
  });

  it('starts counting afresh after a lock-out', () => {
    const { clock, pairing } = setup({ maxNew: 100 });
    guess(pairing, 10, 'first');
    clock.advance(60_000);
    guess(pairing, 9, 'second');
    const a = pairing.begin('c1', 'Baton');
    expect(() => pairing.complete('c1', a.pairingId, CODE)).not.toThrow();
  });
});

describe('new pairings per minute', () => {
  it('shows at most ten codes a minute, and says when to ask again', () => {
    const { clock, pairing, shown } = setup();
    for (let i = 0; i < 10; i++) {
      pairing.begin(`c${i}`, 'Baton');
      clock.advance(1_000);
    }
    const error = errorOf(() => pairing.begin('c10', 'Baton'));
    expect(error.reason).toBe('RATE_LIMITED');
    expect(error.message).toBe('Too many pairing requests on this robot; wait before asking again.');
    expect(error.data.retryAfterSeconds).toBe(50);
    expect(shown).toHaveLength(10);
    clock.advance(49_999);
    expect(errorOf(() => pairing.begin('c10', 'Baton')).reason).toBe('RATE_LIMITED');
    clock.advance(1);
    expect(() => pairing.begin('c10', 'Baton')).not.toThrow();
  });

  it('asks to wait at least a second, however close the window is to its end', () => {
    const { clock, pairing } = setup({ maxNew: 1 });
    pairing.begin('c1', 'Baton');
    clock.advance(59_999);
    expect(errorOf(() => pairing.begin('c2', 'Baton')).data.retryAfterSeconds).toBe(1);
  });
});
