import type { RobotStatusView } from '../../shared/contract/robot';
import type { JobLog, LocalJob, LocalProcess, OfferedProcess, RobotClientInfo, StopMode } from '../../shared/robot-protocol';
import type { Clock, Logger, SecretVault, SettingsStore } from '../platform';
import type { BackoffOptions } from './backoff';
import type { BridgeLauncher } from './bridge-launcher';
import type { WebSocketImpl } from './robot-connection';

/** The jobs side of the robot, stable across reconnects and URL changes (the local runner uses it). */
export interface RobotJobs {
  startJob(processKey: string, inputArguments?: Record<string, unknown>, jobId?: string): Promise<LocalJob>;
  stopJob(jobId: string, mode?: StopMode): Promise<LocalJob>;
  /** Where the robot can (the command executor on POSIX); CONFLICT with a reason elsewhere. */
  pauseJob(jobId: string): Promise<LocalJob>;
  resumeJob(jobId: string): Promise<LocalJob>;
  getJob(jobId: string): Promise<LocalJob>;
  listJobs(options?: { active?: boolean }): Promise<LocalJob[]>;
  listProcesses(): Promise<LocalProcess[]>;
  installProcess(key: string): Promise<void>;
  onJobUpdated(listener: (job: LocalJob) => void): () => void;
  onJobLog(listener: (log: JobLog) => void): () => void;
}

export interface RobotService extends RobotJobs {
  /** Installs a process (if it is not yet) and answers it with the input schema the install revealed. */
  install(key: string): Promise<LocalProcess>;
  /** Offers the connected bridge the Orchestrator processes the person may run (src/main/robot/process-offer.ts). */
  offerProcesses(processes: OfferedProcess[]): Promise<number>;
  status(): RobotStatusView;
  /** The status once the current connection attempt has an answer (or `timeoutMs` passed). */
  settledStatus(timeoutMs?: number): Promise<RobotStatusView>;
  /** Connects again, to `url` if given; the URL is saved unless `remember` is false. */
  connect(options?: { url?: string; remember?: boolean }): Promise<RobotStatusView>;
  pair(code: string): Promise<RobotStatusView>;
  unpair(): Promise<RobotStatusView>;
  /**
   * Forgets this machine's pairing token and the saved bridge address ("Reset Baton"), without
   * asking the bridge (it may be gone); the bridge lists the old pairing until it is revoked there.
   */
  forgetPairing(): Promise<void>;
  onChanged(listener: (status: RobotStatusView) => void): () => void;
  /** Starts connecting (and, where Baton runs its own bridge and the person asked for it, starting it). */
  start(): void;
  /** Closes the connection and stops the bridge Baton started (its running jobs are stopped and reported first). */
  dispose(): Promise<void>;
}

export interface RobotServiceOptions {
  settings: SettingsStore;
  vault: SecretVault;
  clock: Clock;
  logger: Logger;
  clientInfo: RobotClientInfo;
  /** Used when the settings hold no URL. */
  defaultUrl?: string;
  WebSocketImpl?: WebSocketImpl;
  backoff?: BackoffOptions;
  /** A token the bridge accepts without pairing (its --token-file), used when the vault holds none: for headless scripts. */
  preSharedToken?: string;
  /** The one bridge the pre-shared token is for (default: `defaultUrl`); never offered to another. */
  preSharedTokenUrl?: string;
  /**
   * Starts Baton's own bridge. With it, and no bridge URL chosen by the person, Baton uses the
   * bridge it starts (paired at start, no code) instead of dialling the default URL.
   */
  launcher?: BridgeLauncher;
  /** true: start the bridge with the service; otherwise on first use (status, processes, a run). */
  launchAtStart?: () => boolean;
}
