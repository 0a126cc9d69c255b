// `npm run demo`: the built-in sandbox (Identity Server, Orchestrator, robot bridge) and Baton
// pointed at it. The desktop app when the Electron runtime is installed, else the web host.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createCore } from '../src/main/compose';
import { createNodePlatform } from '../src/main/platform/node';
import { loadMachinePolicy } from '../src/main/policy';
import { locateRendererDir, startWebHost } from '../src/main/web';
import { BATON_VERSION } from '../src/main/version';
import { createDispatcher } from '../src/shared/dispatch';
import type { ProfileView } from '../src/shared/model';
import { ROBOT_CATALOG_SETTING, ROBOT_EXECUTOR_SETTING } from '../src/main/robot';
import { startSandbox } from '../src/sandbox';
import { createLocalCatalog } from '../src/sandbox/robot';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// `npm run demo -- --log-format json` for log collectors; people read warnings as sentences.
const logFormat =
  process.argv
    .slice(2)
    .join(' ')
    .match(/--log-format[= ](json|human)/)?.[1] === 'json'
    ? 'json'
    : 'human';
const say = (text: string) => process.stdout.write(`${text}\n`);

function electronBinary(): string | null {
  const dir = join(root, 'node_modules', 'electron');
  const pathFile = join(dir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = join(dir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}

async function prepareProfile(home: string, orchestratorUrl: string): Promise<void> {
  const platform = await createNodePlatform({ host: 'cli', home, log: { format: logFormat } });
  const core = createCore({ platform, version: BATON_VERSION });
  const call = createDispatcher(core.handlers);
  try {
    const { profiles } = (await call('session.profiles.list', {})) as { profiles: ProfileView[] };
    const existing = profiles.find((profile) => profile.name === 'Sandbox');
    // The sandbox picks a new port each run; keep the profile (and its cache) and follow it.
    if (existing) await call('session.profiles.update', { id: existing.id, orchestratorUrl });
    else await call('session.profiles.add', { name: 'Sandbox', orchestratorUrl, clientId: 'baton-desktop', makeActive: true });
    if (existing) await call('session.profiles.setActive', { id: existing.id });
    // Baton starts its own robot bridge; the demo chooses its executor by settings: the simulated
    // catalog of the seed's processes (same keys as their releases, so "Local" is offered for them).
    mkdirSync(home, { recursive: true });
    const catalogFile = join(home, 'demo-robot-catalog.json');
    writeFileSync(catalogFile, JSON.stringify(createLocalCatalog(), null, 2));
    platform.settings.delete('robot.url');
    platform.settings.set(ROBOT_EXECUTOR_SETTING, 'simulated');
    platform.settings.set(ROBOT_CATALOG_SETTING, catalogFile);
  } finally {
    await core.dispose();
  }
}

async function main(): Promise<void> {
  const home = process.env.BATON_HOME ?? join(root, '.baton-home', 'demo');
  process.env.BATON_HOME = home;
  const sandbox = await startSandbox({ port: 0 });
  await prepareProfile(home, sandbox.orchestratorUrl);

  say(`Sandbox Orchestrator: ${sandbox.orchestratorUrl}   Identity Server: ${sandbox.identityUrl}`);
  say('Local runs: Baton starts its own robot bridge with the demo processes (no pairing code needed).');
  say(`Sign in as ${sandbox.users.map((user) => `${user.username} / ${user.password}`).join(', or ')}.`);
  say(`Baton keeps this demo's data in ${home}.`);

  const stops: (() => Promise<void>)[] = [() => sandbox.close()];
  const stopAll = async () => {
    for (const stop of stops.reverse()) await stop().catch(() => {});
    process.exit(0);
  };
  process.on('SIGINT', () => void stopAll());
  process.on('SIGTERM', () => void stopAll());

  const electron = electronBinary();
  if (electron && process.env.BATON_DEMO_HOST !== 'web') {
    say('Starting the Baton desktop app…');
    const child = spawn(process.execPath, [join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'preview'], {
      cwd: root,
      stdio: 'inherit',
      env: { ...process.env, BATON_HOME: home },
    });
    child.on('exit', () => void stopAll());
    return;
  }

  say(
    electron
      ? 'BATON_DEMO_HOST=web: using the web host.'
      : 'The desktop shell is unavailable here (the Electron runtime is not installed; `npm install` could not download it). Using the web host: the same UI in your browser.',
  );
  const rendererDir = locateRendererDir(root);
  if (!existsSync(join(rendererDir, 'index.html'))) {
    say('Building the UI once (npm run build)…');
    await new Promise<void>((resolve, reject) =>
      spawn(process.execPath, [join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build'], {
        cwd: root,
        stdio: 'inherit',
      }).on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`the build failed (exit ${code})`)))),
    );
  }
  const platform = await createNodePlatform({ host: 'web', home, log: { format: logFormat } });
  const core = createCore({ platform, version: BATON_VERSION, policy: await loadMachinePolicy(platform.logger) });
  const host = await startWebHost({ core, port: Number(process.env.BATON_DEMO_PORT ?? 0), rendererDir, logger: platform.logger });
  stops.push(
    () => core.dispose(),
    () => host.close(),
  );
  say(`\nOpen Baton: ${host.url}\n(The address carries its launch token: treat it like a password.) Press Ctrl+C to stop.`);
  if (process.env.BATON_DEMO_OPEN !== '0') await platform.browser.open(host.url).catch(() => {});
}

main().catch((error: unknown) => {
  console.error(`The demo could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
