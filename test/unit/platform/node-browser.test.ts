import { describe, expect, it } from 'vitest';
import { BatonError } from '../../../src/shared/errors';
import { createRecordingLogger } from '../../../src/main/platform/memory';
import { createNodeBrowser, openerFor, type Spawner } from '../../../src/main/platform/node';

function recordingSpawner(): Spawner & { calls: { command: string; args: string[] }[] } {
  const calls: { command: string; args: string[] }[] = [];
  return Object.assign(async (command: string, args: string[]) => void calls.push({ command, args }), { calls });
}

describe('the Node browser opener', () => {
  it.each([
    ['file:///etc/passwd'],
    ['javascript:alert(1)'],
    ['http://orchestrator.example.com/'],
    ['http://192.168.1.10:8080/'],
    ['ftp://example.com/'],
    ['not a url'],
    // Credentials before the host disguise where a link leads (the Electron host refused them already).
    ['https://cloud.uipath.com@evil.example/'],
    ['https://user:pass@cloud.uipath.com/'],
  ])('refuses %s with a VALIDATION error and opens nothing', async (url) => {
    const spawn = recordingSpawner();
    const browser = createNodeBrowser({ logger: createRecordingLogger(), env: {}, os: 'linux', spawn });
    const error = await browser.open(url).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(BatonError);
    expect((error as BatonError).code).toBe('VALIDATION');
    expect(spawn.calls).toEqual([]);
  });

  it.each([
    ['https://cloud.uipath.com/identity_/connect/authorize?a=1&b=2'],
    ['http://127.0.0.1:8123/callback'],
    ['http://[::1]:9000/'],
    ['http://localhost:43111/'],
  ])('opens %s with the OS opener, passing the URL as one argument', async (url) => {
    const spawn = recordingSpawner();
    const browser = createNodeBrowser({ logger: createRecordingLogger(), env: {}, os: 'linux', spawn });
    await browser.open(url);
    expect(spawn.calls).toEqual([{ command: 'xdg-open', args: [new URL(url).href] }]);
  });

  it('picks each OS its own opener, never cmd.exe, which would split a URL at &', () => {
    expect(openerFor('darwin', 'https://a/').command).toBe('open');
    expect(openerFor('win32', 'https://a/?x=1&y=2')).toEqual({
      command: 'rundll32.exe',
      args: ['url.dll,FileProtocolHandler', 'https://a/?x=1&y=2'],
    });
    expect(openerFor('linux', 'https://a/').command).toBe('xdg-open');
  });

  it('prints the URL on stderr instead of opening it when BATON_BROWSER=none', async () => {
    const spawn = recordingSpawner();
    const written: string[] = [];
    const browser = createNodeBrowser({
      logger: createRecordingLogger(),
      env: { BATON_BROWSER: 'none' },
      os: 'linux',
      spawn,
      writeErr: (text) => void written.push(text),
    });
    await browser.open('https://example.com/sign-in');
    expect(spawn.calls).toEqual([]);
    expect(written).toEqual(['Open this address in your browser: https://example.com/sign-in\n']);
  });

  it('prints the URL for the person when the OS opener cannot start', async () => {
    const written: string[] = [];
    const browser = createNodeBrowser({
      logger: createRecordingLogger(),
      env: {},
      os: 'linux',
      spawn: () => Promise.reject(Object.assign(new Error('spawn xdg-open ENOENT'), { code: 'ENOENT' })),
      writeErr: (text) => void written.push(text),
    });
    await browser.open('https://example.com/');
    expect(written).toEqual(['Open this address in your browser: https://example.com/\n']);
  });

  it('hands allowed URLs to an injected opener and still refuses the others', async () => {
    const opened: string[] = [];
    const browser = createNodeBrowser({ logger: createRecordingLogger(), env: {}, open: async (url) => void opened.push(url) });
    await browser.open('https://example.com/');
    await expect(browser.open('http://example.com/')).rejects.toMatchObject({ code: 'VALIDATION' });
    expect(opened).toEqual(['https://example.com/']);
  });
});
