// The sandbox in its own process, so its work (building 10,000-row answers) does not run on the
// event loop of the Baton code being measured. Options come as JSON in argv[2]; it answers
// `token` messages with a minted access token for alice, `{ change: share }` by giving that share
// of the releases a new package version (answering with their keys and the version), and stops on
// `stop`.
import { touchCatalog } from '../../src/sandbox/orchestrator';
import { startBenchSandbox } from './sandbox';

const sandbox = await startBenchSandbox(JSON.parse(process.argv[2] ?? '{}'));
let round = 0;

/** Every n-th release gets version `bench.<round>.0` and one more input argument (a new package). */
function changeReleases(share: number): { keys: string[]; version: string } {
  const { state } = sandbox.orchestrator;
  round += 1;
  const version = `${100 + round}.0.0`;
  const every = Math.max(1, Math.round(1 / share));
  const keys: string[] = [];
  let i = 0;
  for (const [id, release] of state.releases) {
    if (i++ % every !== 0) continue;
    const extra = { name: `in_Round${round}`, type: 'System.String', required: false, hasDefault: false };
    state.releases.set(id, { ...release, processVersion: version, inputs: [...release.inputs, extra] });
    keys.push(release.key);
  }
  touchCatalog(state);
  return { keys, version };
}

process.on('message', (message: unknown) => {
  if (message === 'token') void sandbox.tokenFor('alice').then((token) => process.send?.({ token }));
  else if (message === 'stop') void sandbox.close().then(() => process.exit(0));
  else if (typeof message === 'object' && message !== null && 'change' in message)
    process.send?.({ changed: changeReleases(Number((message as { change: unknown }).change)) });
});
process.send?.({ orchestratorUrl: sandbox.orchestratorUrl, adminUrl: sandbox.adminUrl, adminToken: sandbox.adminToken });
