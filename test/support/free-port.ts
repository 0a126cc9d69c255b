import { createServer } from 'node:net';

/** A port that was free on 127.0.0.1 a moment ago (the OS picked it); prefer listening on 0 where you can. */
export async function getFreePort(host = '127.0.0.1'): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, host, () => resolve());
  });
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === 'string') throw new Error('The OS did not report a TCP port.');
  return address.port;
}
