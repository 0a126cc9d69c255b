import { randomInt, randomUUID, timingSafeEqual } from 'node:crypto';
import type { BridgeClock } from './clock';
import { RobotBridgeError } from './errors';

export const PAIRING_CODE_DIGITS = 8;
export const PAIRING_LIFETIME_MS = 120_000;
export const PAIRING_MAX_ATTEMPTS = 5;
export const PAIRING_LOCKOUT_MS = 60_000;
/**
 * Wrong codes across all connections within one lock-out period that lock pairing for everyone:
 * a per-connection limit alone is reset by reconnecting, which would let a local program guess
 * thousands of codes a minute.
 */
export const PAIRING_GLOBAL_MAX_FAILURES = 10;
/**
 * New pairings (codes shown to the person) across all connections per window: each one interrupts the
 * person, so a program opening connections in a loop cannot flood the console and the desktop.
 */
export const PAIRING_MAX_NEW = 10;
export const PAIRING_NEW_WINDOW_MS = 60_000;

export interface PairingCode {
  pairingId: string;
  code: string;
  clientName: string;
  expiresAt: number;
}

export interface PairingManager {
  /** Opens a pairing for one connection; the code goes to the person, never into a protocol message. Throws RATE_LIMITED past PAIRING_MAX_NEW a window. */
  begin(connectionId: string, clientName: string): { pairingId: string; expiresInSeconds: number };
  /** Checks a code; a right code consumes the pairing. Throws RobotBridgeError otherwise. */
  complete(connectionId: string, pairingId: string, code: string): void;
  /** Forgets everything about a connection that went away. */
  forget(connectionId: string): void;
  onPairingCode(listener: (pairing: PairingCode) => void): () => void;
}

interface OpenPairing extends PairingCode {
  connectionId: string;
  attemptsLeft: number;
}

export function createPairingManager(deps: {
  clock: BridgeClock;
  generateCode?: () => string;
  lifetimeMs?: number;
  maxAttempts?: number;
  lockoutMs?: number;
  globalMaxFailures?: number;
  maxNew?: number;
  newWindowMs?: number;
}): PairingManager {
  const maxNew = deps.maxNew ?? PAIRING_MAX_NEW;
  const newWindowMs = deps.newWindowMs ?? PAIRING_NEW_WINDOW_MS;
  let opened: number[] = [];
  const lifetimeMs = deps.lifetimeMs ?? PAIRING_LIFETIME_MS;
  const maxAttempts = deps.maxAttempts ?? PAIRING_MAX_ATTEMPTS;
  const lockoutMs = deps.lockoutMs ?? PAIRING_LOCKOUT_MS;
  const generateCode = deps.generateCode ?? (() => String(randomInt(0, 10 ** PAIRING_CODE_DIGITS)).padStart(PAIRING_CODE_DIGITS, '0'));
  const pairings = new Map<string, OpenPairing>();
  const lockedUntil = new Map<string, number>();
  const globalMaxFailures = deps.globalMaxFailures ?? PAIRING_GLOBAL_MAX_FAILURES;
  let failures: number[] = [];
  let globallyLockedUntil = 0;
  const listeners = new Set<(pairing: PairingCode) => void>();

  function assertNotLocked(connectionId: string): void {
    const now = deps.clock.now();
    if (now < globallyLockedUntil) {
      throw new RobotBridgeError('RATE_LIMITED', 'Too many wrong pairing codes on this robot; wait before trying again.', {
        retryAfterSeconds: Math.ceil((globallyLockedUntil - now) / 1000),
      });
    }
    const until = lockedUntil.get(connectionId);
    if (until === undefined) return;
    if (now >= until) {
      lockedUntil.delete(connectionId);
      return;
    }
    throw new RobotBridgeError('RATE_LIMITED', 'Too many wrong pairing codes; wait before trying again.', {
      retryAfterSeconds: Math.ceil((until - now) / 1000),
    });
  }

  return {
    begin(connectionId, clientName) {
      const now = deps.clock.now();
      opened = opened.filter((at) => now - at < newWindowMs);
      if (opened.length >= maxNew) {
        throw new RobotBridgeError('RATE_LIMITED', 'Too many pairing requests on this robot; wait before asking again.', {
          retryAfterSeconds: Math.max(1, Math.ceil((opened[0]! + newWindowMs - now) / 1000)),
        });
      }
      opened.push(now);
      // One open pairing per connection: a new hello replaces the previous code.
      for (const [id, pairing] of pairings) if (pairing.connectionId === connectionId) pairings.delete(id);
      const pairing: OpenPairing = {
        pairingId: randomUUID(),
        code: generateCode(),
        clientName,
        expiresAt: deps.clock.now() + lifetimeMs,
        connectionId,
        attemptsLeft: maxAttempts,
      };
      pairings.set(pairing.pairingId, pairing);
      const shown: PairingCode = {
        pairingId: pairing.pairingId,
        code: pairing.code,
        clientName,
        expiresAt: pairing.expiresAt,
      };
      for (const listener of [...listeners]) {
        try {
          listener(shown);
        } catch {
          // A broken display must not break pairing.
        }
      }
      return { pairingId: pairing.pairingId, expiresInSeconds: Math.round(lifetimeMs / 1000) };
    },

    complete(connectionId, pairingId, code) {
      assertNotLocked(connectionId);
      const pairing = pairings.get(pairingId);
      // A pairing opened by another connection is invisible here, so one client cannot finish another's.
      if (!pairing || pairing.connectionId !== connectionId) {
        throw new RobotBridgeError('PAIRING_EXPIRED', 'This pairing is unknown or no longer valid; say hello again.');
      }
      if (deps.clock.now() >= pairing.expiresAt) {
        pairings.delete(pairingId);
        throw new RobotBridgeError('PAIRING_EXPIRED', 'The pairing code expired; say hello again for a new one.');
      }
      if (!codesMatch(pairing.code, code)) {
        pairing.attemptsLeft -= 1;
        const now = deps.clock.now();
        failures = [...failures.filter((at) => now - at < lockoutMs), now];
        if (failures.length >= globalMaxFailures) {
          globallyLockedUntil = now + lockoutMs;
          failures = [];
        }
        if (pairing.attemptsLeft <= 0) {
          pairings.delete(pairingId);
          lockedUntil.set(connectionId, deps.clock.now() + lockoutMs);
        }
        throw new RobotBridgeError('PAIRING_REJECTED', 'The pairing code is not right.', {
          attemptsLeft: Math.max(0, pairing.attemptsLeft),
        });
      }
      pairings.delete(pairingId);
    },

    forget(connectionId) {
      lockedUntil.delete(connectionId);
      for (const [id, pairing] of pairings) if (pairing.connectionId === connectionId) pairings.delete(id);
    },

    onPairingCode(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
}

function codesMatch(expected: string, given: string): boolean {
  const a = Buffer.from(expected);
  const b = Buffer.from(given.trim());
  return a.length === b.length && timingSafeEqual(a, b);
}
