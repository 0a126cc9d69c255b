// The web-host baseline: the least a Node process can do to serve the same renderer build.
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

const root = process.argv[2]!;
const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml' };
const server = createServer((req, res) => {
  const path = normalize(new URL(req.url ?? '/', 'http://x').pathname).replace(/^(\.\.[/\\])+/, '');
  readFile(join(root, path === '/' ? 'index.html' : path)).then(
    (body) => res.writeHead(200, { 'Content-Type': types[extname(path)] ?? 'text/html' }).end(body),
    () => res.writeHead(404).end(),
  );
});
server.listen(0, '127.0.0.1', () =>
  process.stdout.write(`${JSON.stringify({ url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/` })}\n`),
);
