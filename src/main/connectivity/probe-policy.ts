export interface ProbePolicy {
  /** Wait before the first probe after a server became unreachable. */
  firstDelayMs: number;
  /** Each further probe waits this many times longer… */
  factor: number;
  /** …up to this. */
  maxDelayMs: number;
  /** A probe that gets no answer in this long counts as a failure (a hung server is not reachable). */
  timeoutMs: number;
}

/** Light: 2 s, 4 s, 8 s … then once a minute; a laptop off the VPN for an hour sends about 65 probes. */
export const DEFAULT_PROBE_POLICY: ProbePolicy = { firstDelayMs: 2_000, factor: 2, maxDelayMs: 60_000, timeoutMs: 10_000 };

/** How long to wait before probe number `probesSent + 1`. */
export function nextProbeDelay(policy: ProbePolicy, probesSent: number): number {
  return Math.min(policy.maxDelayMs, policy.firstDelayMs * policy.factor ** probesSent);
}
