import { BatonError } from '../../shared/errors';
import { said } from '../../shared/message-parts';
import { DEFAULT_ROBOT_PORT, ROBOT_PATH } from '../../shared/robot-protocol';

export const DEFAULT_ROBOT_URL = `ws://127.0.0.1:${DEFAULT_ROBOT_PORT}${ROBOT_PATH}`;

/**
 * A robot bridge is always on this machine: Baton never dials another host with a pairing, so a
 * mistyped or planted URL cannot send the handshake (or jobs with their inputs) off the machine.
 */
export function isLoopbackRobotUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol !== 'ws:' || parsed.username !== '' || parsed.password !== '') return false;
  const host = parsed.hostname;
  return host === 'localhost' || host === '[::1]' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}

export function assertLoopbackRobotUrl(url: string): void {
  if (isLoopbackRobotUrl(url)) return;
  throw BatonError.said('VALIDATION', said('errors.bridgeUrlNotLocal'), {
    hint: said('errors.bridgeUrlNotLocalHint'),
    details: { fields: [{ path: 'url', message: 'must be a ws:// loopback address' }] },
  });
}
