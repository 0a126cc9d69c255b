import { hostname } from 'node:os';
import { z } from 'zod';
import type { BatonEventSource, BatonHandlers } from '../shared/api';
import type { AppInfo } from '../shared/model';
import { createEventHub, type EventHub } from './lib';
import type { Platform } from './platform';
import { createSessionService } from './auth';
import { createCatalogService } from './catalog';
import { createConnectivityService, createReachabilityMonitor, createRemoteGate, profilesFromSession } from './connectivity';
import { createDiagnosticsService } from './diagnostics';
import { connectionsFromSession, createClientPool } from './orchestrator';
import { applyPolicy, createPolicyGuard, defaultPolicyPath, describePolicy, EMPTY_POLICY, type LoadedPolicy } from './policy';
import { createNotificationService, createReminderAnswers } from './notifications';
import { createPreferenceService } from './preferences';
import {
  createBridgeLauncher,
  createLocalRunner,
  createRobotService,
  startProcessOffer,
  isBridgeLaunchEnabled,
  readBridgeLaunchSettings,
  ROBOT_BRIDGE_AT_LAUNCH_SETTING,
} from './robot';
import { createRememberedInputs } from './remembered-inputs';
import { createReminderService, systemTimeZone } from './reminders';
import { createJobService } from './jobs';
import { createRunService } from './runs';
import { createProfileStore } from './profiles';

export interface Core {
  /** One async function per contract method; every host binds these generically. */
  handlers: BatonHandlers;
  events: BatonEventSource;
  dispose(): Promise<void>;
}

export interface CoreOptions {
  platform: Platform;
  version: string;
  /** The machine-wide admin policy (loadMachinePolicy); none when absent. */
  policy?: LoadedPolicy;
}

/**
 * The composition root: builds every core service once, for whichever host runs it.
 * Each domain owns the region between its markers.
 */
export function createCore({ platform, version, policy: loadedPolicy }: CoreOptions): Core & { hub: EventHub } {
  const logger = platform.logger.child('core');
  const hub = createEventHub((error) => logger.error('An event listener threw', { error: String(error) }));
  const disposers: (() => Promise<void> | void)[] = [];

  // <services:connectivity>
  // Requests to Orchestrator and Identity Server go through this fetch: connectivity follows what real calls experience.
  const reachability = createReachabilityMonitor({
    fetch: platform.fetch,
    clock: platform.clock,
    logger: platform.logger.child('connectivity'),
  });
  disposers.push(() => reachability.dispose());
  // </services:connectivity>
  // <services:session>
  const policy = loadedPolicy ?? { policy: EMPTY_POLICY, status: describePolicy(EMPTY_POLICY, defaultPolicyPath(), 'none') };
  const guard = createPolicyGuard(policy.policy, { path: policy.status.path });
  const profiles = applyPolicy(createProfileStore({ settings: platform.settings }), guard);
  const session = createSessionService({ platform: { ...platform, fetch: reachability.fetch }, events: hub, profiles });
  disposers.push(() => session.dispose());
  // </services:session>
  // <services:catalog>
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
    clock: platform.clock,
    logger: platform.logger.child('catalog'),
  });
  disposers.push(catalog.onChanged((value) => hub.emit('catalog.changed', value)));
  disposers.push(catalog.start());
  // </services:catalog>
  // <services:robot-client>
  // Built before the run service, whose local target it is; started with the rest of the robot below.
  // Baton starts its own robot bridge (a child process; Electron: a utility process) unless turned off.
  const robotLauncher =
    isBridgeLaunchEnabled(process.env) && !process.env.BATON_ROBOT_URL
      ? createBridgeLauncher({
          settings: () => readBridgeLaunchSettings(platform.settings, process.env, platform.dataDir),
          clock: platform.clock,
          logger: platform.logger,
          host: platform.childProcesses,
        })
      : undefined;
  const robot = createRobotService({
    settings: platform.settings,
    vault: platform.vault,
    clock: platform.clock,
    logger: platform.logger,
    clientInfo: { name: 'Baton', version, machine: hostname() },
    // BATON_ROBOT_TOKEN is offered only to the bridge at BATON_ROBOT_URL (default ws://127.0.0.1:2424/robot).
    preSharedToken: process.env.BATON_ROBOT_TOKEN,
    preSharedTokenUrl: process.env.BATON_ROBOT_URL,
    defaultUrl: process.env.BATON_ROBOT_URL,
    launcher: robotLauncher,
    launchAtStart: () => platform.settings.read(ROBOT_BRIDGE_AT_LAUNCH_SETTING, z.boolean()) === true,
  });
  const localRunner = createLocalRunner({ robot, clock: platform.clock });
  disposers.push(() => localRunner.dispose());
  // </services:robot-client>
  // <services:runs>
  const runs = createRunService({
    connections,
    clients: orchestratorClients,
    catalog,
    settings: platform.settings,
    clock: platform.clock,
    logger: platform.logger.child('runs'),
    remoteGate: createRemoteGate(reachability),
    targets: { local: localRunner },
  });
  disposers.push(runs.onUpdated((run) => hub.emit('run.updated', run)));
  disposers.push(runs.onLog((log) => hub.emit('run.log', log)));
  disposers.push(runs.resume());
  // </services:runs>
  // <services:jobs>
  // Every job the person may see, whoever started it; Follow hands one to the run service.
  const jobs = createJobService({
    connections,
    clients: orchestratorClients,
    catalog,
    runs,
    clock: platform.clock,
    remoteGate: createRemoteGate(reachability),
  });
  // </services:jobs>
  // <services:remembered-inputs>
  const rememberedInputs = createRememberedInputs({ settings: platform.settings, catalog });
  // </services:remembered-inputs>
  // <services:reminders>
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
  disposers.push(reminders.onDue((prompt) => hub.emit('reminder.due', prompt)));
  // </services:reminders>
  // <services:connectivity-recovery>
  const connectivity = createConnectivityService({
    reachability,
    profiles: profilesFromSession(connections, session.auth),
    catalog,
    runs,
    clock: platform.clock,
    logger: platform.logger.child('connectivity'),
  });
  disposers.push(connectivity.onChanged((status) => hub.emit('connectivity.changed', status)));
  disposers.push(connectivity.onRestored((restored) => hub.emit('connectivity.restored', restored)));
  disposers.push(connectivity.start());
  // </services:connectivity-recovery>
  // <services:robot>
  // An administrator may turn the robot bridge off for this machine.
  if (guard.isRobotBridgeAllowed()) disposers.push(robot.start());
  disposers.push(robot.onChanged((status) => hub.emit('robot.changed', status)));
  // A robot that runs processes by name (uirobot) lists the Orchestrator processes the person may run.
  disposers.push(
    startProcessOffer({
      robot,
      catalog,
      session: { status: () => session.auth.status(), onChanged: (listener) => hub.on('session.changed', listener) },
      logger: platform.logger,
    }),
  );
  // </services:robot>
  // <services:diagnostics>
  const diagnostics = createDiagnosticsService({
    auth: session.auth,
    robot,
    fetch: platform.fetch,
    clock: platform.clock,
    logger: platform.logger,
  });
  disposers.push(diagnostics.onProgress((progress) => hub.emit('diagnostics.progress', progress)));
  // </services:diagnostics>
  // <services:shell>
  const preferences = createPreferenceService({
    settings: platform.settings,
    dataLocation: platform.dataDir,
    capabilities: { startAtLogin: platform.host === 'electron', globalShortcut: platform.host === 'electron' },
    robotBridge: { current: () => robot.status().url, change: async (url) => void (await robot.connect({ url })) },
    // "Reset Baton": each domain forgets what it keeps, secrets first; then every settings key goes.
    // Runs still going are not stopped, in Orchestrator or on the robot.
    resetSteps: [
      async () => {
        // Removing a profile also forgets its tokens and secrets in the vault.
        const { profiles } = await session.handlers['session.profiles.list']({});
        for (const profile of profiles) await session.handlers['session.profiles.remove']({ id: profile.id });
      },
      () => robot.forgetPairing(),
      async () => runs.forgetHistory(),
      async () => catalog.forgetAll(),
      async () => platform.settings.clear(),
    ],
    logger: platform.logger.child('preferences'),
  });
  disposers.push(preferences.onChanged((view) => hub.emit('settings.changed', view)));
  // </services:shell>
  // <services:notifications>
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
  disposers.push(notifications.start());
  // Reminders start collecting once their notifications are listened to (missed ones come at once).
  // Only a host a person looks at collects due reminders: a `baton …` command must not use up the missed ones.
  if (platform.host !== 'cli') disposers.push(reminders.start());
  // </services:notifications>

  const appInfo: AppInfo = {
    name: 'Baton',
    version,
    host: platform.host,
    platform: `${process.platform}-${process.arch}`,
    runtimes: platform.runtimes,
  };

  const handlers: BatonHandlers = {
    'app.info': async () => appInfo,
    // Only the desktop host has a window to bring forward; it binds its own handler (src/main/electron).
    'app.showArea': async () => ({ isShown: false }),
    'policy.status': async () => policy.status,
    'notifications.act': ({ id, action }) => notifications.act(id, action),
    // <handlers:session>
    ...session.handlers,
    // </handlers:session>
    // <handlers:catalog>
    'catalog.get': () => catalog.get(),
    'catalog.refresh': () => catalog.refresh(),
    'catalog.setFavorite': ({ processId, isFavorite }) => catalog.setFavorite(processId, isFavorite),
    // </handlers:catalog>
    // <handlers:runs>
    'runs.start': async (params) => {
      if (params.target === 'local') guard.assertLocalRunsAllowed();
      return runs.start(params);
    },
    'runs.stop': ({ runId, mode }) => runs.stop(runId, mode),
    'runs.list': (params) => runs.list(params),
    'runs.get': ({ runId, isFresh }) => runs.get(runId, { isFresh }),
    'runs.pause': ({ runId }) => runs.pauseRun(runId),
    'runs.resume': ({ runId }) => runs.resumeRun(runId),
    'runs.logs': ({ runId }) => runs.logs(runId),
    // </handlers:runs>
    // <handlers:jobs>
    'jobs.list': (params) => jobs.list(params),
    'jobs.stop': (params) => jobs.stop(params),
    'jobs.follow': (params) => jobs.follow(params),
    'jobs.resume': (params) => jobs.resume(params),
    // </handlers:jobs>
    // <handlers:robot>
    'robot.status': () => robot.settledStatus(),
    'robot.connect': (params) => robot.connect(params),
    'robot.pair': (params) => robot.pair(params.code),
    'robot.unpair': () => robot.unpair(),
    'robot.processes': () => robot.listProcesses(),
    'robot.install': (params) => robot.install(params.key),
    // </handlers:robot>
    // <handlers:diagnostics>
    'diagnostics.run': (params) => diagnostics.run(params),
    // </handlers:diagnostics>
    // <handlers:shell>
    'settings.get': async () => preferences.get(),
    'settings.update': (patch) => preferences.update(patch),
    'settings.reset': () => preferences.reset(),
    // </handlers:shell>
    // <handlers:remembered-inputs>
    'inputs.get': ({ processId }) => rememberedInputs.get(processId),
    'inputs.remember': ({ processId, values }) => rememberedInputs.remember(processId, values),
    'inputs.forget': ({ processId }) => rememberedInputs.forget(processId),
    // </handlers:remembered-inputs>
    // <handlers:reminders>
    'reminders.list': async () => reminders.list(),
    'reminders.add': (params) => reminders.add(params),
    'reminders.update': async ({ id, ...patch }) => reminders.update(id, patch),
    'reminders.remove': async ({ id }) => reminders.remove(id),
    'reminders.prompts': async () => reminders.prompts(),
    'reminders.answer': async ({ id, answer }) => reminders.answer(id, answer),
    // </handlers:reminders>
    // <handlers:profile-removal>
    // What belongs to a profile goes with it: its remembered inputs and its reminders.
    'session.profiles.remove': async (params) => {
      const result = await session.handlers['session.profiles.remove'](params);
      rememberedInputs.forgetProfile(params.id);
      reminders.forgetProfile(params.id);
      return result;
    },
    // </handlers:profile-removal>
    // <handlers:connectivity>
    'connectivity.status': () => connectivity.status(),
    // </handlers:connectivity>
  };

  return {
    handlers,
    events: hub,
    hub,
    async dispose() {
      // Last started, first stopped.
      for (const dispose of disposers.reverse()) await dispose();
    },
  };
}
