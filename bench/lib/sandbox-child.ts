// The sandbox in its own process, so its work (building 10,000-row answers) does not run on the
// event loop of the Baton code being measured. Options come as JSON in argv[2]; it answers
// `token` messages with a minted access token for alice and stops on `stop`.
import { startBenchSandbox } from './sandbox';

const sandbox = await startBenchSandbox(JSON.parse(process.argv[2] ?? '{}'));
process.on('message', (message: unknown) => {
  if (message === 'token') void sandbox.tokenFor('alice').then((token) => process.send?.({ token }));
  else if (message === 'stop') void sandbox.close().then(() => process.exit(0));
});
process.send?.({ orchestratorUrl: sandbox.orchestratorUrl, adminUrl: sandbox.adminUrl, adminToken: sandbox.adminToken });
