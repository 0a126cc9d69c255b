/**
 * Mutual challenge–response for the robot bridge, protocol 2 (docs/robot-bridge-protocol.md §Handshake).
 * The token never travels after pairing: each side proves it knows the pairing by HMAC-SHA256 over
 * both nonces. Shaped like SCRAM (RFC 5802) so the bridge keeps no token-equivalent secret: it stores
 * `storedKey` (a hash of the client key; verifies the client, cannot answer as it) and `serverKey`
 * (answers as the bridge, cannot answer as the client). Web Crypto only, so both sides share this file.
 */

const encoder = new TextEncoder();
export const ROBOT_AUTH_NONCE_BYTES = 32;
/** base64url of 32 bytes, unpadded. */
export const ROBOT_AUTH_VALUE_PATTERN = /^[A-Za-z0-9_-]{43}$/;

export interface RobotTokenKeys {
  /** Names the pairing in `hello`; derived from the token, so a pre-shared token needs no separate id. */
  id: string;
  /** SHA-256 of the client key (base64url): checks the client's proof. */
  storedKey: string;
  /** HMAC key the bridge proves itself with (base64url). */
  serverKey: string;
}

export function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function fromBase64Url(text: string): Uint8Array {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(binary, (char) => char.charCodeAt(0));
}

export function randomNonce(): string {
  return toBase64Url(crypto.getRandomValues(new Uint8Array(ROBOT_AUTH_NONCE_BYTES)));
}

async function sha256(data: Uint8Array): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.digest('SHA-256', data as Uint8Array<ArrayBuffer>));
}

async function hmac(key: Uint8Array, message: string): Promise<Uint8Array> {
  const imported = await crypto.subtle.importKey('raw', key as Uint8Array<ArrayBuffer>, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  return new Uint8Array(await crypto.subtle.sign('HMAC', imported, encoder.encode(message)));
}

/** Compares without an early exit, so the time taken says nothing about where two values differ. */
export function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let difference = 0;
  for (let index = 0; index < a.length; index += 1) difference |= a[index]! ^ b[index]!;
  return difference === 0;
}

function xor(a: Uint8Array, b: Uint8Array): Uint8Array {
  return a.map((byte, index) => byte ^ b[index]!);
}

async function clientKeyOf(token: string): Promise<Uint8Array> {
  return hmac(encoder.encode(token), 'baton.robot client key');
}

export async function tokenIdOf(token: string): Promise<string> {
  return toBase64Url(await sha256(encoder.encode(`baton.robot token id\0${token}`))).slice(0, 22);
}

export async function deriveTokenKeys(token: string): Promise<RobotTokenKeys> {
  const [id, clientKey, serverKey] = await Promise.all([
    tokenIdOf(token),
    clientKeyOf(token),
    hmac(encoder.encode(token), 'baton.robot server key'),
  ]);
  return { id, storedKey: toBase64Url(await sha256(clientKey)), serverKey: toBase64Url(serverKey) };
}

/** What both proofs sign: the pairing named and both fresh nonces, so no answer fits another session. */
export function authMessage(parts: { tokenId: string; clientNonce: string; serverNonce: string }): string {
  return `baton.robot.v2\0${parts.tokenId}\0${parts.clientNonce}\0${parts.serverNonce}`;
}

/** The bridge's answer to the client's nonce. */
export async function serverProof(serverKey: string, message: string): Promise<string> {
  return toBase64Url(await hmac(fromBase64Url(serverKey), `server\0${message}`));
}

/** The client's check of the bridge's answer. */
export async function isServerProofValid(token: string, message: string, proof: string): Promise<boolean> {
  if (!ROBOT_AUTH_VALUE_PATTERN.test(proof)) return false;
  const keys = await deriveTokenKeys(token);
  return equalBytes(fromBase64Url(await serverProof(keys.serverKey, message)), fromBase64Url(proof));
}

/** The client's answer to the bridge's nonce: its key masked with an HMAC only a holder of storedKey can remove. */
export async function clientProof(token: string, message: string): Promise<string> {
  const clientKey = await clientKeyOf(token);
  const signature = await hmac(await sha256(clientKey), `client\0${message}`);
  return toBase64Url(xor(clientKey, signature));
}

/** The bridge's check: unmask the client key and compare its hash with what was stored at pairing. */
export async function isClientProofValid(storedKey: string, message: string, proof: string): Promise<boolean> {
  if (!ROBOT_AUTH_VALUE_PATTERN.test(proof)) return false;
  const stored = fromBase64Url(storedKey);
  const signature = await hmac(stored, `client\0${message}`);
  return equalBytes(await sha256(xor(fromBase64Url(proof), signature)), stored);
}
