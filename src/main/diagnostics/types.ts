import type { CheckId, CheckStatus } from '../../shared/contract/diagnostics';
import type { MessageText } from '../../shared/i18n';
import type { TextParts } from '../../shared/message-parts';
import type { SessionStatus, ProfileView } from '../../shared/model';
import type { RobotStatusView } from '../../shared/contract/robot';
import type { LocalProcess } from '../../shared/robot-protocol';
import type { ConnectionLayout } from '../profiles';
import type { Clock, HttpFetch } from '../platform';
import type { OrchestratorClient } from '../orchestrator';
import type { Probes } from './probes';

/** Words as message ids (docs/i18n.md): one sentence or several. */
export type CheckText = TextParts | MessageText;

/** What a check found; the runner adds the id, title, timing and the English of each text. */
export interface CheckOutcome {
  status: CheckStatus;
  summary: CheckText;
  /** What was tried and answered, one line each, as message ids; a request, a status or a server's words are values in them. */
  evidence?: CheckText[];
  fix?: CheckText;
  because?: CheckText;
  /** A skip that is not a failure (e.g. TLS on plain http): checks that depend on this one still run. */
  isNotApplicable?: boolean;
}

/** The part of the auth service diagnostics reads (structurally src/main/auth's AuthService). */
export interface DiagnosticsAuth {
  status(profileId?: string): Promise<SessionStatus>;
  listProfiles(): Promise<{ activeProfileId: string | null; profiles: ProfileView[] }>;
  tokensFor(profileId: string): { getAccessToken(): Promise<string>; refreshAccessToken(): Promise<string> };
}

/** The part of the robot service diagnostics reads. */
export interface DiagnosticsRobot {
  settledStatus(timeoutMs?: number): Promise<RobotStatusView>;
  listProcesses(): Promise<LocalProcess[]>;
}

/** What earlier checks learned, for later ones. */
export interface Facts {
  serverDate?: { header: string; sentAt: number; receivedAt: number };
  discovery?: { issuer?: string; authorization_endpoint?: string; token_endpoint?: string };
  accessToken?: string;
  folders?: { Id: number; FullyQualifiedName: string }[];
  release?: { Id: number; Name: string; ProcessKey?: string; folderPath?: string };
}

export interface CheckContext {
  /** The URL as given (a profile's or the setup screen's). */
  rawUrl: string;
  layout?: ConnectionLayout;
  profile?: ProfileView;
  processName?: string;
  folderPath?: string;
  auth: DiagnosticsAuth;
  robot?: DiagnosticsRobot;
  client?: OrchestratorClient;
  fetch: HttpFetch;
  clock: Clock;
  probes: Probes;
  timeoutMs: number;
  platformName: NodeJS.Platform;
  /** Milliseconds for evidence (monotonic), not for behaviour. */
  elapsed(): number;
  facts: Facts;
}

export interface CheckDefinition {
  id: CheckId;
  dependsOn: CheckId[];
  run(context: CheckContext): Promise<CheckOutcome>;
}
