import type { BatonErrorPayload } from '../../shared/errors';
import type {
  JobEvent,
  JobLog,
  LocalJob,
  LocalProcess,
  OfferedProcess,
  RobotClientInfo,
  RobotInfo,
  StopMode,
} from '../../shared/robot-protocol';
import type { Clock, Logger, SecretVault } from '../platform';
import type { BackoffOptions } from './backoff';
import type { WebSocketImpl } from './robot-connection';

export type RobotConnectionState = 'unreachable' | 'connecting' | 'pairing-required' | 'ready' | 'rejected';

export interface RobotStatus {
  state: RobotConnectionState;
  url: string;
  robot?: RobotInfo;
  features?: string[];
  /** While pairing-required: when the code shown on the robot stops working (epoch ms). */
  pairingExpiresAt?: number;
  /** Why the robot is unreachable or rejected us, with a hint. */
  error?: BatonErrorPayload;
}

export interface RobotClient {
  readonly url: string;
  status(): RobotStatus;
  /** Connects and keeps reconnecting until `dispose` (again after a rejection: a new pairing). */
  start(): void;
  /** Stops reconnecting and closes the connection. */
  dispose(): Promise<void>;
  onStateChanged(listener: (status: RobotStatus) => void): () => void;
  /** Resolves once the state is no longer `connecting`, or after `timeoutMs`. */
  settled(timeoutMs: number): Promise<void>;
  pair(code: string): Promise<RobotInfo>;
  unpair(): Promise<void>;
  listProcesses(): Promise<LocalProcess[]>;
  installProcess(key: string): Promise<void>;
  /** Replaces the Orchestrator processes offered to a bridge that runs processes by name; answers how many it lists. */
  offerProcesses(processes: OfferedProcess[]): Promise<number>;
  /** `jobId` is generated here if not given, so a retry after a dropped socket cannot start the job twice. */
  startJob(processKey: string, inputArguments?: Record<string, unknown>, jobId?: string): Promise<LocalJob>;
  stopJob(jobId: string, mode?: StopMode): Promise<LocalJob>;
  /** Suspends or continues a running job where the robot can (the command executor on POSIX); CONFLICT otherwise. */
  pauseJob(jobId: string): Promise<LocalJob>;
  resumeJob(jobId: string): Promise<LocalJob>;
  getJob(jobId: string): Promise<LocalJob>;
  listJobs(options?: { active?: boolean }): Promise<LocalJob[]>;
  sendMessage(jobId: string, channel: string, payload: unknown): Promise<void>;
  onJobUpdated(listener: (job: LocalJob) => void): () => void;
  onJobLog(listener: (log: JobLog) => void): () => void;
  onJobEvent(listener: (event: JobEvent) => void): () => void;
  onProcessesChanged(listener: () => void): () => void;
}

export interface RobotClientOptions {
  url: string;
  vault: SecretVault;
  clock: Clock;
  logger: Logger;
  clientInfo: RobotClientInfo;
  WebSocketImpl?: WebSocketImpl;
  backoff?: BackoffOptions;
  requestTimeoutMs?: number;
  /** Silence after which the bridge counts as gone (it pings every 15 s). */
  idleTimeoutMs?: number;
  /** How long startJob waits for a reconnect before giving up on its one retry. */
  retryWindowMs?: number;
}
