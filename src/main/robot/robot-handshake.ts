import { BatonError } from '../../shared/errors';
import { said } from '../../shared/message-parts';
import { authMessage, clientProof, isServerProofValid, randomNonce, tokenIdOf } from '../../shared/robot-auth';
import { ROBOT_PROTOCOL_VERSION, type RobotClientInfo, type RobotInfo } from '../../shared/robot-protocol';
import type { RobotConnection } from './robot-connection';

export type HandshakeOutcome =
  | { kind: 'pairing-required'; pairingId: string; expiresInSeconds: number }
  | { kind: 'ready'; robot: RobotInfo; features: string[] }
  /** Whatever answers could not prove it holds the pairing: it was sent nothing secret. */
  | { kind: 'impostor'; error: BatonError }
  /** The bridge holds the pairing's keys yet refuses the proof: the pairing is gone there. */
  | { kind: 'pairing-gone' };

/**
 * Protocol 2: say which pairing Baton holds and send a nonce; only a bridge holding that pairing
 * can answer it. Baton proves itself only after that, so a program squatting on the port gets
 * nothing it could replay (the token itself is never sent).
 */
export async function shakeHands(
  opened: RobotConnection,
  { token, clientInfo, url }: { token: string | undefined; clientInfo: RobotClientInfo; url: string },
): Promise<HandshakeOutcome> {
  const tokenId = token ? await tokenIdOf(token) : undefined;
  const clientNonce = randomNonce();
  const hello = await opened.request('hello', {
    protocol: ROBOT_PROTOCOL_VERSION,
    client: clientInfo,
    clientNonce,
    ...(tokenId ? { tokenId } : {}),
  });
  if (hello.status === 'pairing-required') {
    return { kind: 'pairing-required', pairingId: hello.pairingId, expiresInSeconds: hello.expiresInSeconds };
  }
  const message = authMessage({ tokenId: tokenId ?? '', clientNonce, serverNonce: hello.serverNonce });
  if (!token || !tokenId || !(await isServerProofValid(token, message, hello.serverProof))) {
    return {
      kind: 'impostor',
      error: BatonError.said('ROBOT_REJECTED', said('errors.bridgeImpostor', { url }), {
        hint: said('errors.bridgeImpostorHint'),
        details: { url },
      }),
    };
  }
  try {
    const ready = await opened.request('authenticate', { clientProof: await clientProof(token, message) });
    return { kind: 'ready', robot: ready.robot, features: ready.features };
  } catch (error) {
    if (error instanceof BatonError && (error.details as { reason?: string } | undefined)?.reason === 'AUTH_FAILED')
      return { kind: 'pairing-gone' };
    throw error;
  }
}
