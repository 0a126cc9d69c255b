import { createHash } from 'node:crypto';

/** A GUID derived from a name, so the seed's keys are the same on every start. */
export function stableGuid(name: string): string {
  const hex = createHash('sha1').update(`baton-sandbox:${name}`).digest('hex');
  const variant = ((parseInt(hex.slice(16, 17), 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
