import { z } from 'zod';
import type { RobotState, RobotStatusView } from '../../shared/contract/robot';
import { BatonError } from '../../shared/errors';
import {
  DEFAULT_ROBOT_PORT,
  ROBOT_PATH,
  isTerminalJobState,
  type JobLog,
  type LocalJob,
  type LocalProcess,
  type OfferedProcess,
  type RobotClientInfo,
  type StopMode,
} from '../../shared/robot-protocol';
import type { Clock, Logger, SecretVault, SettingsStore } from '../platform';
import type { BackoffOptions } from './backoff';
import type { BridgeLauncher, ManagedBridge, PairingRequest } from './bridge-launcher';
import { createListeners } from './listeners';
import { createRobotClient, robotTokenKey, type RobotClient, type RobotStatus } from './robot-client';
import type { WebSocketImpl } from './robot-connection';
import { START_BRIDGE_HINT } from './robot-errors';
import { assertLoopbackRobotUrl } from './robot-url';

export const DEFAULT_ROBOT_URL = `ws://127.0.0.1:${DEFAULT_ROBOT_PORT}${ROBOT_PATH}`;
export const ROBOT_URL_SETTING = 'robot.url';

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
  /** Starts connecting; the disposer closes the connection. */
  start(): () => Promise<void>;
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

const MANAGED_UNREACHABLE_HINT = 'Baton’s robot bridge stopped; Baton is starting it again.';

/** The vault, answering the pre-shared token for the one bridge URL it is bound to; never stores it. */
function withPreSharedToken(vault: SecretVault, token: string | undefined, boundUrl: string): SecretVault {
  if (!token) return vault;
  const boundKey = robotTokenKey(boundUrl);
  return {
    persistence: vault.persistence,
    describe: () => vault.describe(),
    get: async (key) => (await vault.get(key)) ?? (key === boundKey ? token : undefined),
    set: (key, value) => vault.set(key, value),
    delete: (key) => vault.delete(key),
  };
}

/** The vault, answering the in-memory secret of the bridge Baton started for that bridge's URL only. */
function withManagedToken(vault: SecretVault, managed: () => ManagedBridge | undefined): SecretVault {
  return {
    persistence: vault.persistence,
    describe: () => vault.describe(),
    get: async (key) => {
      const bridge = managed();
      return bridge && key === robotTokenKey(bridge.url) ? bridge.token : vault.get(key);
    },
    set: (key, value) => vault.set(key, value),
    delete: (key) => vault.delete(key),
  };
}

export function createRobotService(options: RobotServiceOptions): RobotService {
  const { settings, clock } = options;
  const vault = withManagedToken(
    withPreSharedToken(options.vault, options.preSharedToken, options.preSharedTokenUrl ?? options.defaultUrl ?? DEFAULT_ROBOT_URL),
    () => managed,
  );
  const launcher = options.launcher;
  let managed: ManagedBridge | undefined;
  let managedProblem: BatonError | undefined;
  let launching: Promise<void> | undefined;
  /** A URL given to connect() without remembering it: the person chose that bridge for this session. */
  let sessionUrl: string | undefined;
  let pairingRequest: PairingRequest | undefined;
  let consentCode: number | undefined;
  let cancelPairingExpiry = () => {};
  let cancelConsentExpiry = () => {};
  const logger = options.logger.child('robot-service');
  const changed = createListeners<RobotStatusView>((error) => logger.warn('A robot status listener failed', { error: String(error) }));
  const jobListeners = createListeners<LocalJob>();
  const logListeners = createListeners<JobLog>();
  const activeJobs = new Set<string>();
  /** The latest snapshot of each active job, so a bridge that died can be reported for them. */
  const activeSnapshots = new Map<string, LocalJob>();
  // A start answer can arrive after the job's final notification; it must not count as running.
  const endedJobs = new Set<string>();
  let client: RobotClient | undefined;
  let unsubscribe: (() => void)[] = [];
  let hasToken = false;
  let isStarted = false;
  let opening: Promise<void> = Promise.resolve();
  let isOpening = false;
  let view: RobotStatusView = { state: 'not-installed', url: currentUrl(), activeJobs: 0 };

  function savedUrl(): string | undefined {
    const saved = settings.read(ROBOT_URL_SETTING, z.string());
    return typeof saved === 'string' && saved.length > 0 ? saved : undefined;
  }

  function currentUrl(): string {
    return sessionUrl ?? savedUrl() ?? managed?.url ?? options.defaultUrl ?? DEFAULT_ROBOT_URL;
  }

  /** Baton's own bridge is used unless the person chose a bridge (a saved URL, or one for this session). */
  function isManaged(): boolean {
    return launcher !== undefined && sessionUrl === undefined && savedUrl() === undefined;
  }

  function managedExtras(): Partial<RobotStatusView> {
    if (!isManaged()) return {};
    const request = pairingRequest && pairingRequest.expiresAt > clock.now() ? pairingRequest : undefined;
    return {
      managed: true,
      ...(managed ? { executor: managed.executor, evidence: managed.evidence } : {}),
      ...(request ? { pairingRequest: { ...request, expiresAt: new Date(request.expiresAt).toISOString() } } : {}),
      ...(consentCode !== undefined
        ? { consentCode, hint: `Allow Baton in UiPath Assistant; the Assistant shows code ${consentCode}.` }
        : {}),
    };
  }

  function toView(raw: RobotStatus): RobotStatusView {
    return { ...rawView(raw), ...managedExtras() };
  }

  function rawView(raw: RobotStatus): RobotStatusView {
    const base = { url: raw.url, activeJobs: activeJobs.size };
    if (isManaged() && (raw.state === 'connecting' || raw.state === 'unreachable') && managed === undefined && managedProblem) {
      // Nothing to run jobs with on this machine: say what was looked at and what to install.
      return { ...base, url: '', state: 'not-installed', hint: managedProblem.hint, error: managedProblem.toJSON() };
    }
    if (isManaged() && (raw.state === 'connecting' || raw.state === 'unreachable')) {
      return {
        ...base,
        state: managed ? 'unreachable' : 'not-installed',
        hint: managed ? MANAGED_UNREACHABLE_HINT : 'Baton is starting its robot bridge.',
      };
    }
    switch (raw.state) {
      case 'ready':
        return { ...base, state: activeJobs.size > 0 ? 'busy' : 'ready', robot: raw.robot };
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

  function publish(raw: RobotStatus): void {
    // 'connecting' is a moment, not a state the person needs to see: keep showing the last one.
    if (raw.state === 'connecting' && !(isManaged() && managedProblem)) return;
    if (raw.state === 'ready') consentCode = undefined;
    const next = toView(raw);
    if (JSON.stringify(next) === JSON.stringify(view)) return;
    view = next;
    changed.emit(view);
  }

  async function refreshHasToken(url: string): Promise<void> {
    hasToken = (await vault.get(robotTokenKey(url))) !== undefined;
  }

  function trackActivity(job: LocalJob): void {
    const wasBusy = activeJobs.size > 0;
    if (isTerminalJobState(job.state)) {
      activeSnapshots.delete(job.jobId);
      activeJobs.delete(job.jobId);
      endedJobs.add(job.jobId);
      if (endedJobs.size > 200) endedJobs.delete(endedJobs.values().next().value as string);
    } else if (!endedJobs.has(job.jobId)) {
      activeSnapshots.set(job.jobId, job);
      activeJobs.add(job.jobId);
    }
    if (wasBusy !== activeJobs.size > 0 && client) publish(client.status());
  }

  function onJob(job: LocalJob): void {
    trackActivity(job);
    jobListeners.emit(job);
  }

  async function open(url: string): Promise<void> {
    await close();
    await refreshHasToken(url);
    const next = createRobotClient({
      url,
      vault,
      clock,
      logger: options.logger,
      clientInfo: options.clientInfo,
      WebSocketImpl: options.WebSocketImpl,
      backoff: options.backoff,
    });
    client = next;
    unsubscribe = [
      next.onStateChanged((raw) => {
        if (raw.state === 'ready') hasToken = true;
        publish(raw);
      }),
      next.onJobUpdated(onJob),
      next.onJobLog((log) => logListeners.emit(log)),
    ];
    next.start();
    publish(next.status());
  }

  async function close(): Promise<void> {
    for (const stop of unsubscribe.splice(0)) stop();
    const previous = client;
    client = undefined;
    // A managed bridge that died leaves its jobs to be reported lost when the next one starts.
    if (!isManaged()) activeSnapshots.clear();
    activeJobs.clear();
    await previous?.close();
  }

  /** One open at a time: a connect while another is under way waits for it, then replaces it. */
  function reopen(url: string): Promise<void> {
    isOpening = true;
    opening = opening
      .then(() => open(url))
      .catch((error: unknown) => logger.error('Could not open the robot connection', { error: String(error) }))
      .finally(() => {
        isOpening = false;
      });
    return opening;
  }

  async function settledStatus(timeoutMs = 5000): Promise<RobotStatusView> {
    await useManaged();
    await opening;
    const current = client;
    if (!current || current.status().state !== 'connecting') return Promise.resolve(view);
    return new Promise((resolve) => {
      const stop = current.onStateChanged((raw) => {
        if (raw.state !== 'connecting') finish();
      });
      const cancel = clock.setTimeout(finish, timeoutMs);
      function finish(): void {
        stop();
        cancel();
        resolve(view);
      }
    });
  }

  async function readyClient(): Promise<RobotClient> {
    if (isManaged()) await settledStatus();
    await opening;
    return requireClient();
  }

  /**
   * Baton's own bridge, started on first use: paired through the secret handed to it at start, so no
   * code is typed. A failure (no robot on this machine) is kept and shown with its evidence.
   */
  function useManaged(): Promise<void> {
    if (!launcher || !isManaged() || !isStarted) return Promise.resolve();
    if (managed && client?.url === managed.url) return Promise.resolve();
    launching ??= launcher
      .ensure()
      .then(
        async (bridge) => {
          managedProblem = undefined;
          // onStarted has opened the connection already, unless this bridge was up before this call.
          if (managed?.url !== bridge.url) onManagedStarted(bridge);
          else if (client?.url !== bridge.url && !isOpening) void reopen(bridge.url);
          await opening;
        },
        (error: unknown) => {
          managedProblem =
            error instanceof BatonError ? error : new BatonError('ROBOT_UNAVAILABLE', 'Baton’s robot bridge could not start.');
          publish(client?.status() ?? { state: 'unreachable', url: '' });
        },
      )
      .finally(() => {
        launching = undefined;
      });
    return launching;
  }

  function onManagedStarted(bridge: ManagedBridge): void {
    // A restarted bridge knows nothing of the jobs the one before it ran: say so instead of leaving them running.
    if (managed && managed.url !== bridge.url) reportLostJobs();
    managed = bridge;
    if (isManaged() && isStarted) void reopen(bridge.url);
  }

  function reportLostJobs(): void {
    const endedAt = new Date(clock.now()).toISOString();
    for (const job of [...activeSnapshots.values()]) {
      onJob({
        ...job,
        state: 'faulted',
        seq: job.seq + 1,
        endedAt,
        error: { code: 'JOB_LOST', message: 'Baton’s robot bridge stopped while this job ran; the job’s end is unknown.' },
      });
    }
  }

  if (launcher) {
    launcher.onStarted((bridge) => onManagedStarted(bridge));
    launcher.onPairingRequest((request) => {
      pairingRequest = request;
      cancelPairingExpiry();
      cancelPairingExpiry = clock.setTimeout(() => client && publish(client.status()), Math.max(0, request.expiresAt - clock.now()) + 1);
      if (client) publish(client.status());
    });
    launcher.onConsentRequest((request) => {
      consentCode = request.code;
      // The Assistant waits 60 s for the person (anchors §2.4); after that the code means nothing.
      cancelConsentExpiry();
      cancelConsentExpiry = clock.setTimeout(() => {
        consentCode = undefined;
        if (client) publish(client.status());
      }, 61_000);
      if (client) publish(client.status());
    });
  }

  function requireClient(): RobotClient {
    if (!client && isManaged() && managedProblem) throw managedProblem;
    if (!client) throw new BatonError('ROBOT_UNAVAILABLE', 'Baton is not connected to a robot bridge.', { hint: START_BRIDGE_HINT });
    return client;
  }

  return {
    status: () => view,
    settledStatus,
    async connect(connectOptions = {}) {
      if (connectOptions.url) {
        // Refused before anything is saved or dialled.
        assertLoopbackRobotUrl(connectOptions.url);
        if (connectOptions.remember !== false) settings.set(ROBOT_URL_SETTING, connectOptions.url);
        else sessionUrl = connectOptions.url;
      }
      isStarted = true;
      if (isManaged()) {
        managedProblem = undefined;
        await useManaged();
        return settledStatus();
      }
      const url = connectOptions.url ?? client?.url ?? currentUrl();
      assertLoopbackRobotUrl(url);
      await reopen(url);
      return settledStatus();
    },
    async pair(code) {
      await settledStatus();
      const current = requireClient();
      // People type codes the way they are shown: "1234 5678" or "1234-5678".
      await current.pair(code.replace(/[\s-]/g, ''));
      hasToken = true;
      // Pairing remembers the bridge with its token.
      if (settings.get(ROBOT_URL_SETTING) !== current.url) settings.set(ROBOT_URL_SETTING, current.url);
      publish(current.status());
      return view;
    },
    async unpair() {
      const current = await readyClient();
      await current.unpair();
      hasToken = false;
      // A fresh connection gets a fresh pairing offer from the bridge; report that answer.
      await reopen(current.url);
      return settledStatus();
    },
    async forgetPairing() {
      // The vault cannot be listed: the bridge in use, the saved one and the default one cover what Baton pairs with.
      const urls = new Set([client?.url ?? currentUrl(), currentUrl(), options.defaultUrl ?? DEFAULT_ROBOT_URL]);
      for (const url of urls) await options.vault.delete(robotTokenKey(url));
      settings.delete(ROBOT_URL_SETTING);
      sessionUrl = undefined;
      hasToken = false;
      if (isStarted && isManaged()) await close();
      else if (isStarted) await reopen(currentUrl());
    },
    onChanged: (listener) => changed.add(listener),
    start() {
      if (!isStarted) {
        isStarted = true;
        if (!isManaged()) void reopen(currentUrl());
        else if (options.launchAtStart?.()) void useManaged();
      }
      return async () => {
        isStarted = false;
        cancelPairingExpiry();
        cancelConsentExpiry();
        await launching;
        await opening;
        await close();
        // The bridge Baton started stops with it (its running jobs are stopped and reported first).
        await launcher?.stop();
        managed = undefined;
      };
    },

    async startJob(processKey, inputArguments, jobId) {
      const job = await (await readyClient()).startJob(processKey, inputArguments, jobId);
      trackActivity(job);
      return job;
    },
    stopJob: async (jobId, mode) => (await readyClient()).stopJob(jobId, mode),
    pauseJob: async (jobId) => (await readyClient()).pauseJob(jobId),
    resumeJob: async (jobId) => (await readyClient()).resumeJob(jobId),
    getJob: async (jobId) => (await readyClient()).getJob(jobId),
    listJobs: async (listOptions) => (await readyClient()).listJobs(listOptions),
    async listProcesses() {
      await settledStatus();
      return requireClient().listProcesses();
    },
    installProcess: async (key) => (await readyClient()).installProcess(key),
    offerProcesses: async (processes) => (await readyClient()).offerProcesses(processes),
    async install(key) {
      const current = await readyClient();
      const before = (await current.listProcesses()).find((process) => process.key === key);
      if (!before) throw new BatonError('NOT_FOUND', `The robot on this machine has no process "${key}".`);
      if (before.installed) return before;
      await current.installProcess(key);
      const after = (await current.listProcesses()).find((process) => process.key === key);
      if (!after) throw new BatonError('NOT_FOUND', `The robot on this machine no longer has the process "${key}".`);
      return after;
    },
    onJobUpdated: (listener) => jobListeners.add(listener),
    onJobLog: (listener) => logListeners.add(listener),
  };
}
