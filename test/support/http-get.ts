import { request as httpRequest } from 'node:http';

export interface RawAnswer {
  status: number;
  headers: Record<string, unknown>;
  body: string;
}

/** One plain HTTP request to 127.0.0.1:`port` (GET unless `method` says otherwise), its own connection; the whole answer as text. */
export function rawRequest(
  port: number,
  path: string,
  options: { headers?: Record<string, string>; method?: string } = {},
): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const request = httpRequest({ host: '127.0.0.1', port, path, agent: false, ...options }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body }));
    });
    request.on('error', reject);
    request.end();
  });
}
