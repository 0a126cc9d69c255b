import type { RobotState, RobotStatusView } from '../../shared/contract/robot';
import type { BatonError } from '../../shared/errors';
import type { ManagedBridge, PairingRequest } from './bridge-launcher';
import type { RobotStatus } from './robot-client';
import type { MessageText } from '../../shared/i18n';
import { inEnglish, said, type TextParts } from '../../shared/message-parts';

/** A hint as message ids and its English, as the status carries both. */
const hinted = (parts: TextParts | MessageText): { hint: string; hintText: MessageText[] } => {
  const hintText = Array.isArray(parts) ? [...parts] : [parts as MessageText];
  return { hint: inEnglish(hintText), hintText };
};
/** An error's hint, with its ids when it has them. */
const errorHint = (error: { hint?: string | undefined; hintText?: TextParts | undefined } | undefined) =>
  error?.hintText ? hinted(error.hintText) : error?.hint !== undefined ? { hint: error.hint } : {};

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
    ...(bridge
      ? {
          executor: bridge.executor,
          evidence: bridge.evidence,
          ...(bridge.evidenceText ? { evidenceText: bridge.evidenceText.map((line) => [line]) } : {}),
        }
      : {}),
    ...(request ? { pairingRequest: { ...request, expiresAt: new Date(request.expiresAt).toISOString() } } : {}),
    ...(consentCode !== undefined ? { consentCode, ...hinted(said('errors.allowInAssistant', { code: String(consentCode) })) } : {}),
  };
}

function connectionView(raw: RobotStatus, { activeJobs, hasToken, managed }: StatusFacts): RobotStatusView {
  const base = { url: raw.url, activeJobs };
  const isSilent = raw.state === 'connecting' || raw.state === 'unreachable';
  if (managed && isSilent && managed.bridge === undefined && managed.problem) {
    // Nothing to run jobs with on this machine: say what was looked at and what to install.
    return { ...base, url: '', state: 'not-installed', ...errorHint(managed.problem), error: managed.problem.toJSON() };
  }
  if (managed && isSilent) {
    return {
      ...base,
      state: managed.bridge ? 'unreachable' : 'not-installed',
      ...hinted(said(managed.bridge ? 'errors.managedRestarting' : 'errors.managedStarting')),
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
        ...hinted(said('errors.typeCode')),
      };
    case 'rejected':
      return {
        ...base,
        state: 'unreachable',
        error: raw.error,
        ...(raw.error?.hint ? errorHint(raw.error) : hinted(said('errors.startBridgeHint'))),
      };
    case 'connecting':
    case 'unreachable': {
      const state: RobotState = hasToken ? 'unreachable' : 'not-installed';
      const silence = said(state === 'not-installed' ? 'errors.noBridgeAt' : 'errors.bridgeSilent', { url: raw.url });
      return { ...base, state, error: raw.error, ...hinted([silence, said('errors.startBridgeHint')]) };
    }
  }
}
