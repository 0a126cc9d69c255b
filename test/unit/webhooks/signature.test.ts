import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { isSignatureValid, parseDelivery, parsePublicUrl, signDelivery } from '../../../src/main/webhooks';

const body = Buffer.from('{"Type":"job.completed","EventId":"e1","Timestamp":"2026-12-05T20:00:00Z","Job":{"Id":7,"State":"Successful"}}');

describe('X-UiPath-Signature', () => {
  it('accepts Base64 HMAC-SHA256 of the raw body keyed with the secret, as Orchestrator documents it', () => {
    // Independent oracle: the documented recipe written out, not signDelivery.
    const documented = createHmac('sha256', 'the-secret').update(body).digest('base64');
    expect(isSignatureValid('the-secret', body, documented)).toBe(true);
    expect(signDelivery('the-secret', body)).toBe(documented);
  });

  it('refuses another secret, a changed body, a hex or prefixed form and garbage', () => {
    const good = signDelivery('the-secret', body);
    expect(isSignatureValid('other-secret', body, good)).toBe(false);
    expect(isSignatureValid('the-secret', Buffer.concat([body, Buffer.from(' ')]), good)).toBe(false);
    expect(isSignatureValid('the-secret', body, createHmac('sha256', 'the-secret').update(body).digest('hex'))).toBe(false);
    expect(isSignatureValid('the-secret', body, `sha256=${good}`)).toBe(false);
    expect(isSignatureValid('the-secret', body, 'AAAA')).toBe(false);
    expect(isSignatureValid('the-secret', body, undefined)).toBe(false);
  });
});

describe('deliveries', () => {
  it('reads a single Job and a Jobs array (job.stopped), keeping event outputs as objects', () => {
    const single = parseDelivery(
      Buffer.from(
        JSON.stringify({
          Type: 'job.completed',
          EventId: 'a',
          Timestamp: '2026-12-05T20:00:00Z',
          Job: { Id: 7, State: 'Successful', OutputArguments: { n: 1 } },
        }),
      ),
    );
    expect(single?.jobs).toEqual([{ Id: 7, State: 'Successful', OutputArguments: { n: 1 } }]);
    const stopped = parseDelivery(
      Buffer.from(
        JSON.stringify({
          Type: 'job.stopped',
          EventId: 'b',
          Timestamp: '2026-12-05T20:00:00Z',
          Jobs: [
            { Id: 1, State: 'Stopped' },
            { Id: 2, State: 'Stopped' },
          ],
        }),
      ),
    );
    expect(stopped?.jobs.map((j) => j.Id)).toEqual([1, 2]);
    expect('OutputArguments' in stopped!.jobs[0]!).toBe(false);
  });

  it('refuses a body that is not an Orchestrator event', () => {
    expect(parseDelivery(Buffer.from('not json'))).toBeUndefined();
    expect(parseDelivery(Buffer.from('{"Type":"job.completed","EventId":"a","Timestamp":"yesterday"}'))).toBeUndefined();
    expect(parseDelivery(Buffer.from('{"Type":"job.completed","Timestamp":"2026-12-05T20:00:00Z"}'))).toBeUndefined();
  });
});

describe('the public URL', () => {
  it('takes https anywhere and plain http only on loopback', () => {
    expect(parsePublicUrl('https://baton.example.com/')).toEqual({ ok: true, url: 'https://baton.example.com' });
    expect(parsePublicUrl('http://127.0.0.1:8080')).toEqual({ ok: true, url: 'http://127.0.0.1:8080' });
    expect(parsePublicUrl('http://baton.example.com')).toMatchObject({ ok: false, reason: expect.stringContaining('https') });
    expect(parsePublicUrl('https://user:pw@baton.example.com')).toMatchObject({ ok: false });
    expect(parsePublicUrl('ftp://x')).toMatchObject({ ok: false });
  });
});
