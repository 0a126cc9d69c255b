import type { RobotState, RobotStatusView } from '../../shared/contract/robot';
import type { BatonError } from '../../shared/errors';
import type { ManagedBridge, PairingRequest } from './bridge-launcher';
import type { RobotStatus } from './robot-client';
import { START_BRIDGE_HINT } from './robot-errors';

const MANAGED_UNREACHABLE_HINT = 'Baton’s robot bridge stopped; Baton is starting it again.';

/** What the robot service knows besides the connection's own state. */
export interface StatusFacts {
  now: number;
  activeJobs: number;
  /** Baton holds a pairing for this bridge (so silence means "unreachable", not "not installed"). */
  hasToken: boolean;
  /** Set when Baton uses the bridge it starts itself. */
  managed?: {
    bridge?: ManagedBridge;
    /** Why it could not start (no robot on this machine), with the evidence. */
    problem?: BatonError;
    pairingRequest?: PairingRequest;
    consentCode?: number;
  };
}

/** The robot as the person sees it (docs/robot-bridge.md): a state, and one sentence on what to do. */
export function robotStatusView(raw: RobotStatus, facts: StatusFacts): RobotStatusView {
  return { ...connectionView(raw, facts), ...managedExtras(facts) };
}

function managedExtras({ managed, now }: StatusFacts): Partial<RobotStatusView> {
  if (!managed) return {};
  const request = managed.pairingRequest && managed.pairingRequest.expiresAt > now ? managed.pairingRequest : undefined;
  const { bridge, consentCode } = managed;
  return {
    managed: true,
    ...(bridge ? { executor: bridge.executor, evidence: bridge.evidence } : {}),
    ...(request ? { pairingRequest: { ...request, expiresAt: new Date(request.expiresAt).toISOString() } } : {}),
    ...(consentCode !== undefined
      ? { consentCode, hint: `Allow Baton in UiPath Assistant; the Assistant shows code ${consentCode}.` }
      : {}),
  };
}

function connectionView(raw: RobotStatus, { activeJobs, hasToken, managed }: StatusFacts): RobotStatusView {
  const base = { url: raw.url, activeJobs };
  const isSilent = raw.state === 'connecting' || raw.state === 'unreachable';
  if (managed && isSilent && managed.bridge === undefined && managed.problem) {
    // Nothing to run jobs with on this machine: say what was looked at and what to install.
    return { ...base, url: '', state: 'not-installed', hint: managed.problem.hint, error: managed.problem.toJSON() };
  }
  if (managed && isSilent) {
    return {
      ...base,
      state: managed.bridge ? 'unreachable' : 'not-installed',
      hint: managed.bridge ? MANAGED_UNREACHABLE_HINT : 'Baton is starting its robot bridge.',
    };
  }
  switch (raw.state) {
    case 'ready':
      return { ...base, state: activeJobs > 0 ? 'busy' : 'ready', robot: raw.robot };
    case 'pairing-required':
      return {
        ...base,
        state: 'pairing-required',
        pairingExpiresAt: raw.pairingExpiresAt === undefined ? undefined : new Date(raw.pairingExpiresAt).toISOString(),
        hint: 'Type the 8-digit code shown by the robot bridge on this machine.',
      };
    case 'rejected':
      return { ...base, state: 'unreachable', error: raw.error, hint: raw.error?.hint ?? START_BRIDGE_HINT };
    case 'connecting':
    case 'unreachable': {
      const state: RobotState = hasToken ? 'unreachable' : 'not-installed';
      const hint =
        state === 'not-installed'
          ? `No robot bridge answers at ${raw.url}. ${START_BRIDGE_HINT}`
          : `The robot bridge at ${raw.url} does not answer. ${START_BRIDGE_HINT}`;
      return { ...base, state, error: raw.error, hint };
    }
  }
}
