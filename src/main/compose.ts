import { readFileSync } from 'node:fs';
import { hostname } from 'node:os';
import type { BatonEventSource, BatonHandlers } from '../shared/api';
import type { AppInfo } from '../shared/model';
import { createDisposables, createEventHub, type EventHub } from './lib';
import type { Platform } from './platform';
import { createSessionService } from './auth';
import { catalogHandlers, createCatalogService } from './catalog';
import {
  connectivityHandlers,
  createConnectivityService,
  createReachabilityMonitor,
  createRemoteGate,
  profilesFromSession,
} from './connectivity';
import { createDiagnosticsService, diagnosticsHandlers } from './diagnostics';
import { connectionsFromSession, createClientPool } from './orchestrator';
import {
  applyPolicy,
  createPolicyGuard,
  defaultPolicyPath,
  describePolicy,
  EMPTY_POLICY,
  guardHandlers,
  policyHandlers,
  type LoadedPolicy,
} from './policy';
import { createNotificationService, createReminderAnswers } from './notifications';
import { createPreferenceService, preferencesHandlers, type PreferenceService } from './preferences';
import { createRobotFromEnvironment, robotHandlers, startProcessOffer } from './robot';
import { createRememberedInputs, rememberedInputsHandlers } from './remembered-inputs';
import { createReminderService, remindersHandlers, systemTimeZone } from './reminders';
import { createJobService, jobsHandlers } from './jobs';
import { createLocalTarget, createRunService, runsHandlers } from './runs';
import { createProfileStore } from './profiles';
import { startWebhooksFromEnvironment, type WebhookReceiver } from './webhooks';

export interface Core {
  /** One async function per contract method; every host binds these generically. */
  handlers: BatonHandlers;
  events: BatonEventSource;
  /** Orchestrator's webhook deliveries, for a host that serves them (the web host, docs/webhooks.md). */
  webhooks?: WebhookReceiver;
  /** What only a host knows and the preferences view shows (the desktop's shortcut problem). */
  preferences: Pick<PreferenceService, 'reportShortcutProblem'>;
  dispose(): Promise<void>;
}

export interface CoreOptions {
  platform: Platform;
  version: string;
  /** The machine-wide admin policy (loadMachinePolicy); none when absent. */
  policy?: LoadedPolicy;
}

/**
 * The composition root: builds every core service once, for whichever host runs it, in the order
 * they need each other; each domain's index.ts brings its slice of the contract's handlers.
 */
export function createCore({ platform, version, policy: loadedPolicy }: CoreOptions): Core & { hub: EventHub } {
  const logger = platform.logger.child('core');
  const hub = createEventHub((error) => logger.error('An event listener threw', { error: String(error) }));
  // Undone newest first when the core is disposed; one that fails does not keep the rest.
  const disposables = createDisposables((error) => logger.error('Stopping a part of the core failed', { error: String(error) }));

  // Requests to Orchestrator and Identity Server go through this fetch: connectivity follows what real calls experience.
  const reachability = createReachabilityMonitor({
    fetch: platform.fetch,
    clock: platform.clock,
    logger: platform.logger.child('connectivity'),
  });
  disposables.add(() => reachability.dispose());
  const policy = loadedPolicy ?? { policy: EMPTY_POLICY, status: describePolicy(EMPTY_POLICY, defaultPolicyPath(), 'none') };
  const guard = createPolicyGuard(policy.policy, { path: policy.status.path });
  const profiles = applyPolicy(createProfileStore({ settings: platform.settings }), guard);
  const session = createSessionService({ platform: { ...platform, fetch: reachability.fetch }, events: hub, profiles });
  disposables.add(() => session.dispose());
  const connections = connectionsFromSession(session.auth, (listener) => hub.on('session.changed', listener));
  const orchestratorClients = createClientPool({
    connections,
    fetch: reachability.fetch,
    clock: platform.clock,
    logger: platform.logger.child('orchestrator'),
  });
  const catalog = createCatalogService({
    connections,
    clients: orchestratorClients,
    settings: platform.settings,
    files: platform.files,
    clock: platform.clock,
    logger: platform.logger.child('catalog'),
  });
  disposables.add(catalog.onChanged((value) => hub.emit('catalog.changed', value)));
  catalog.start();
  disposables.add(catalog);
  // Built before the run service, whose local target it is; started with the rest of the robot below.
  const robot = createRobotFromEnvironment({ env: process.env, platform, clientInfo: { name: 'Baton', version, machine: hostname() } });
  const localTarget = createLocalTarget({ robot, clock: platform.clock, bridgeUrl: () => robot.status().url || undefined });
  disposables.add(() => localTarget.dispose());
  const runs = createRunService({
    connections,
    clients: orchestratorClients,
    catalog,
    settings: platform.settings,
    clock: platform.clock,
    logger: platform.logger.child('runs'),
    remoteGate: createRemoteGate(reachability),
    targets: { local: localTarget },
  });
  disposables.add(runs.onUpdated((run) => hub.emit('run.updated', run)));
  disposables.add(runs.onLog((log) => hub.emit('run.log', log)));
  runs.followKept();
  disposables.add(() => runs.dispose());
  // Job updates pushed by Orchestrator where it can reach Baton (BATON_WEBHOOK_URL, docs/webhooks.md);
  // polling slows to a reconciliation pass while they arrive.
  const { service: webhooks, dispose: stopWebhooks } = startWebhooksFromEnvironment({
    env: process.env,
    isShortLived: platform.host === 'cli',
    clients: orchestratorClients,
    clock: platform.clock,
    logger: platform.logger.child('webhooks'),
    readFile: (path) => readFileSync(path),
    session: { status: () => session.auth.status(), onChanged: (listener) => hub.on('session.changed', listener) },
    onJob: (profileId, job) => runs.pushJob(profileId, job),
    onPushActive: (profileId, isActive) => runs.setPushActive(profileId, isActive),
  });
  disposables.add(stopWebhooks);
  // Every job the person may see, whoever started it; Follow hands one to the run service.
  const jobs = createJobService({
    connections,
    clients: orchestratorClients,
    catalog,
    runs,
    clock: platform.clock,
    remoteGate: createRemoteGate(reachability),
  });
  const rememberedInputs = createRememberedInputs({ settings: platform.settings, catalog });
  const reminders = createReminderService({
    settings: platform.settings,
    clock: platform.clock,
    zone: systemTimeZone,
    logger: platform.logger.child('reminders'),
    profiles: {
      activeId: () => profiles.activeId(),
      nameOf: (profileId) => profiles.list().find((profile) => profile.id === profileId)?.name,
    },
    findProcess: (processId) => catalog.findProcess(processId),
  });
  disposables.add(reminders.onDue((prompt) => hub.emit('reminder.due', prompt)));
  const connectivity = createConnectivityService({
    reachability,
    profiles: profilesFromSession(connections, session.auth),
    catalog,
    runs,
    clock: platform.clock,
    logger: platform.logger.child('connectivity'),
  });
  disposables.add(connectivity.onChanged((status) => hub.emit('connectivity.changed', status)));
  disposables.add(connectivity.onRestored((restored) => hub.emit('connectivity.restored', restored)));
  connectivity.start();
  disposables.add(connectivity);
  // An administrator may turn the robot bridge off for this machine.
  if (guard.isRobotBridgeAllowed()) robot.start();
  disposables.add(robot);
  disposables.add(robot.onChanged((status) => hub.emit('robot.changed', status)));
  // A robot that runs processes by name (uirobot) lists the Orchestrator processes the person may run.
  disposables.add(
    startProcessOffer({
      robot,
      catalog,
      session: { status: () => session.auth.status(), onChanged: (listener) => hub.on('session.changed', listener) },
      logger: platform.logger,
    }),
  );
  const diagnostics = createDiagnosticsService({
    auth: session.auth,
    robot,
    fetch: platform.fetch,
    clock: platform.clock,
    logger: platform.logger,
  });
  disposables.add(diagnostics.onProgress((progress) => hub.emit('diagnostics.progress', progress)));
  const preferences = createPreferenceService({
    settings: platform.settings,
    dataLocation: platform.dataDir,
    capabilities: { startAtLogin: platform.host === 'electron', globalShortcut: platform.host === 'electron' },
    robotBridge: { current: () => robot.status().url, change: async (url) => void (await robot.connect({ url })) },
    // "Reset Baton": each domain forgets what it keeps, secrets first; then every settings key goes.
    // Runs still going are not stopped, in Orchestrator or on the robot.
    resetSteps: [
      {
        part: 'profiles',
        forget: async () => {
          // Removing a profile also forgets its tokens and secrets in the vault.
          const { profiles } = await session.handlers['session.profiles.list']({});
          for (const profile of profiles) await session.handlers['session.profiles.remove']({ id: profile.id });
        },
      },
      { part: 'robotPairing', forget: () => robot.forgetPairing() },
      { part: 'runHistory', forget: async () => runs.forgetHistory() },
      { part: 'catalog', forget: async () => catalog.forgetAll() },
      { part: 'settings', forget: async () => platform.settings.clear() },
    ],
    logger: platform.logger.child('preferences'),
  });
  disposables.add(preferences.onChanged((view) => hub.emit('preferences.changed', view)));
  // The one place notifications are decided, from the core's events and the preferences; hosts only show them.
  const notifications = createNotificationService({
    events: hub,
    preferences,
    notifier: platform.notifier,
    onShown: (notification) => hub.emit('notification.shown', notification),
    isCatchingUp: (run) => connectivity.isCatchingUp(run),
    activeRuns: () => runs.list({ isActive: true }),
    answerReminder: createReminderAnswers({
      answer: (id, answer) => reminders.answer(id, answer),
      processOf: (id) => reminders.prompts().find((prompt) => prompt.reminder.id === id)?.reminder.processId,
      findProcess: (processId) => catalog.findProcess(processId),
      rememberedValues: async (processId) => (await rememberedInputs.get(processId)).values,
      // Through the handler, so the admin policy applies as for any start.
      startRun: (params) => handlers['runs.start'](params),
      logger: platform.logger.child('notifications'),
    }),
    clock: platform.clock,
    logger: platform.logger.child('notifications'),
  });
  notifications.start();
  disposables.add(notifications);
  // Reminders start collecting once their notifications are listened to (missed ones come at once).
  // Only a host a person looks at collects due reminders: a `baton …` command must not use up the missed ones.
  if (platform.host !== 'cli') reminders.start();
  disposables.add(reminders);

  const appInfo: AppInfo = {
    name: 'Baton',
    version,
    host: platform.host,
    platform: `${process.platform}-${process.arch}`,
    runtimes: platform.runtimes,
  };

  const handlers: BatonHandlers = guardHandlers(
    {
      'app.info': async () => appInfo,
      // Only the desktop host has a window to bring forward; it binds its own handler (src/main/electron).
      'app.showArea': async () => ({ isShown: false }),
      'notifications.act': ({ id, action }) => notifications.act(id, action),
      ...policyHandlers(policy),
      ...session.handlers,
      // What belongs to a profile goes with it: its remembered inputs and its reminders.
      'session.profiles.remove': async (params) => {
        const result = await session.handlers['session.profiles.remove'](params);
        rememberedInputs.forgetProfile(params.id);
        reminders.forgetProfile(params.id);
        return result;
      },
      ...catalogHandlers(catalog),
      ...runsHandlers(runs),
      ...jobsHandlers(jobs),
      ...robotHandlers(robot),
      ...diagnosticsHandlers(diagnostics),
      ...preferencesHandlers(preferences),
      ...rememberedInputsHandlers(rememberedInputs),
      ...remindersHandlers(reminders),
      ...connectivityHandlers(connectivity),
    },
    guard,
  );

  return {
    handlers,
    events: hub,
    hub,
    webhooks,
    preferences: { reportShortcutProblem: (problem) => preferences.reportShortcutProblem(problem) },
    dispose: () => disposables.dispose(),
  };
}
