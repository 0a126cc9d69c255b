import { z } from 'zod';
import type { RobotStatusView } from '../../shared/contract/robot';
import { BatonError } from '../../shared/errors';
import { said } from '../../shared/message-parts';
import type { JobLog, LocalJob } from '../../shared/robot-protocol';
import { createEmitter } from '../lib';
import type { ManagedBridge } from './bridge-launcher';
import { ROBOT_URL_SETTING } from './bridge-settings';
import { installProcess } from './install-process';
import { createJobActivity } from './job-activity';
import { watchLauncherPrompts } from './launcher-prompts';
import { createRobotClient, robotTokenKey, type RobotClient, type RobotStatus } from './robot-client';
import type { RobotService, RobotServiceOptions } from './robot-service-types';
import { assertLoopbackRobotUrl, DEFAULT_ROBOT_URL } from './robot-url';
import { robotStatusView } from './status-view';
import { withManagedToken, withPreSharedToken } from './token-vaults';

export { DEFAULT_ROBOT_URL } from './robot-url';
export { ROBOT_URL_SETTING } from './bridge-settings';
export type { RobotJobs, RobotService, RobotServiceOptions } from './robot-service-types';

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
  const logger = options.logger.child('robot-service');
  const changed = createEmitter<RobotStatusView>((error) => logger.warn('A robot status listener failed', { error: String(error) }));
  const jobListeners = createEmitter<LocalJob>();
  const logListeners = createEmitter<JobLog>();
  const activity = createJobActivity();
  let client: RobotClient | undefined;
  let unsubscribe: (() => void)[] = [];
  let hasToken = false;
  let isStarted = false;
  let opening: Promise<void> = Promise.resolve();
  let isOpening = false;
  let view: RobotStatusView = { state: 'not-installed', url: currentUrl(), activeJobs: 0 };
  const prompts = launcher && watchLauncherPrompts(launcher, clock, () => client && publish(client.status()));
  launcher?.onStarted((bridge) => onManagedStarted(bridge));

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

  function toView(raw: RobotStatus): RobotStatusView {
    return robotStatusView(raw, {
      now: clock.now(),
      activeJobs: activity.count,
      hasToken,
      ...(isManaged()
        ? {
            managed: {
              bridge: managed,
              problem: managedProblem,
              pairingRequest: prompts?.pairingRequest(),
              consentCode: prompts?.consentCode(),
            },
          }
        : {}),
    });
  }

  function publish(raw: RobotStatus): void {
    // 'connecting' is a moment, not a state the person needs to see: keep showing the last one.
    if (raw.state === 'connecting' && !(isManaged() && managedProblem)) return;
    if (raw.state === 'ready') prompts?.consentGiven();
    const next = toView(raw);
    if (JSON.stringify(next) === JSON.stringify(view)) return;
    view = next;
    changed.emit(view);
  }

  async function refreshHasToken(url: string): Promise<void> {
    hasToken = (await vault.get(robotTokenKey(url))) !== undefined;
  }

  function trackActivity(job: LocalJob): void {
    if (activity.track(job) && client) publish(client.status());
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
    activity.clear({ keepSnapshots: isManaged() });
    await previous?.dispose();
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
    await client?.settled(timeoutMs);
    return view;
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
          managedProblem = error instanceof BatonError ? error : BatonError.said('ROBOT_UNAVAILABLE', said('errors.managedFailed'));
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
    if (managed && managed.url !== bridge.url) for (const job of activity.lost(new Date(clock.now()).toISOString())) onJob(job);
    managed = bridge;
    if (isManaged() && isStarted) void reopen(bridge.url);
  }

  function requireClient(): RobotClient {
    if (!client && isManaged() && managedProblem) throw managedProblem;
    if (!client) throw BatonError.said('ROBOT_UNAVAILABLE', said('errors.noBridgeConnected'), { hint: said('errors.startBridgeHint') });
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
    onChanged: (listener) => changed.on(listener),
    start() {
      if (isStarted) return;
      isStarted = true;
      if (!isManaged()) void reopen(currentUrl());
      else if (options.launchAtStart?.()) void useManaged();
    },
    async dispose() {
      isStarted = false;
      prompts?.cancelTimers();
      await launching;
      await opening;
      await close();
      // The bridge Baton started stops with it (its running jobs are stopped and reported first).
      await launcher?.stop();
      managed = undefined;
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
    install: async (key) => installProcess(await readyClient(), key),
    onJobUpdated: (listener) => jobListeners.on(listener),
    onJobLog: (listener) => logListeners.on(listener),
  };
}
