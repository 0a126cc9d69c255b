import type { Clock } from '../platform';
import type { BridgeLauncher, PairingRequest } from './bridge-launcher';

/**
 * What Baton's own bridge asks of the person, while it is current: the code for another client
 * that asks to pair, and the code UiPath Assistant shows while it asks to allow Baton.
 */
export interface LauncherPrompts {
  pairingRequest(): PairingRequest | undefined;
  consentCode(): number | undefined;
  /** The robot answered: any consent asked for was given. */
  consentGiven(): void;
  /** Baton stops using the robot: no timer may fire after. */
  cancelTimers(): void;
}

// The Assistant waits 60 s for the person (anchors §2.4); after that the code means nothing.
const CONSENT_SHOWN_MS = 61_000;

export function watchLauncherPrompts(launcher: BridgeLauncher, clock: Clock, onChange: () => void): LauncherPrompts {
  let pairingRequest: PairingRequest | undefined;
  let consentCode: number | undefined;
  let cancelPairingExpiry = () => {};
  let cancelConsentExpiry = () => {};
  // Subscribed for the launcher's lifetime, as the service is: it may be started again.
  launcher.onPairingRequest((request) => {
    pairingRequest = request;
    cancelPairingExpiry();
    // The view drops an expired request by itself; this makes it look again when it does.
    cancelPairingExpiry = clock.setTimeout(onChange, Math.max(0, request.expiresAt - clock.now()) + 1);
    onChange();
  });
  launcher.onConsentRequest((request) => {
    consentCode = request.code;
    cancelConsentExpiry();
    cancelConsentExpiry = clock.setTimeout(() => {
      consentCode = undefined;
      onChange();
    }, CONSENT_SHOWN_MS);
    onChange();
  });
  return {
    pairingRequest: () => pairingRequest,
    consentCode: () => consentCode,
    consentGiven() {
      consentCode = undefined;
    },
    cancelTimers() {
      cancelPairingExpiry();
      cancelConsentExpiry();
    },
  };
}
