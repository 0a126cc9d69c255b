import { lookup } from 'node:dns/promises';
import { connect as tcpConnect } from 'node:net';
import { connect as tlsConnect } from 'node:tls';

export type TcpResult = { outcome: 'open'; address: string } | { outcome: 'refused' | 'timeout' | 'unreachable' | 'error'; code?: string };

export interface TlsPeer {
  subject?: string;
  issuer?: string;
  validTo?: string;
  fingerprint256?: string;
}

/** A failure's `message` is the TLS stack's own words; empty when the probe gave up waiting (ETIMEDOUT). */
export type TlsResult = { isTrusted: true; peer: TlsPeer; protocol?: string } | { isTrusted: false; code: string; message: string };

/** The raw network probes, injectable so unit tests can play a filtered port or a slow DNS. */
export interface Probes {
  lookup(hostname: string): Promise<{ address: string; family: number }[]>;
  tcp(host: string, port: number, timeoutMs: number): Promise<TcpResult>;
  /** Handshake with the default trust store and name check; verification is never turned off. */
  tls(host: string, port: number, timeoutMs: number): Promise<TlsResult>;
}

export const nodeProbes: Probes = {
  lookup: (hostname) => lookup(hostname, { all: true }),
  tcp: (host, port, timeoutMs) =>
    new Promise((resolve) => {
      const socket = tcpConnect({ host, port });
      const done = (result: TcpResult) => {
        socket.destroy();
        resolve(result);
      };
      socket.setTimeout(timeoutMs, () => done({ outcome: 'timeout' }));
      socket.once('connect', () => done({ outcome: 'open', address: `${socket.remoteAddress ?? host}:${socket.remotePort ?? port}` }));
      socket.once('error', (error: NodeJS.ErrnoException) => {
        const code = error.code ?? '';
        if (code === 'ECONNREFUSED') done({ outcome: 'refused', code });
        else if (code === 'ETIMEDOUT') done({ outcome: 'timeout', code });
        else if (code === 'EHOSTUNREACH' || code === 'ENETUNREACH') done({ outcome: 'unreachable', code });
        else done({ outcome: 'error', code });
      });
    }),
  tls: (host, port, timeoutMs) =>
    new Promise((resolve) => {
      const isIp = /^[\d.]+$|:/.test(host);
      const socket = tlsConnect({ host, port, ...(isIp ? {} : { servername: host }) });
      const done = (result: TlsResult) => {
        socket.destroy();
        resolve(result);
      };
      socket.setTimeout(timeoutMs, () => done({ isTrusted: false, code: 'ETIMEDOUT', message: '' }));
      socket.once('secureConnect', () => {
        const cert = socket.getPeerCertificate();
        const name = (dn: unknown) =>
          dn && typeof dn === 'object' ? String((dn as Record<string, unknown>).CN ?? JSON.stringify(dn)) : undefined;
        done({
          isTrusted: true,
          protocol: socket.getProtocol() ?? undefined,
          peer: { subject: name(cert.subject), issuer: name(cert.issuer), validTo: cert.valid_to, fingerprint256: cert.fingerprint256 },
        });
      });
      socket.once('error', (error: NodeJS.ErrnoException) =>
        done({ isTrusted: false, code: error.code ?? 'UNKNOWN', message: error.message }),
      );
    }),
};
