import { describe, expect, it } from 'vitest';
import { createExternalOpener, isAllowedExternalUrl } from '../../../../src/main/electron';
import { createFakeElectron } from '../../../support/fake-electron';

describe('external links', () => {
  it.each(['https://cloud.uipath.com/acme/', 'http://localhost:5173/', 'http://127.0.0.1:8080/identity', 'http://[::1]:9000/'])(
    'allows %s',
    (url) => {
      expect(isAllowedExternalUrl(url)).toBe(true);
    },
  );

  it.each([
    'file:///etc/passwd',
    'javascript:alert(1)',
    'http://orchestrator.example.com/',
    'http://127.0.0.1.evil.example/',
    'https://user:secret@cloud.uipath.com/',
    'smb://server/share',
    'not a url',
  ])('refuses %s', (url) => {
    expect(isAllowedExternalUrl(url)).toBe(false);
  });

  it('opens an allowed link with shell.openExternal', async () => {
    const electron = createFakeElectron();
    await createExternalOpener(electron.shell)('https://docs.uipath.com/');
    expect(electron.shell.opened).toEqual(['https://docs.uipath.com/']);
  });

  it('rejects a refused link with a VALIDATION error and never reaches the shell', async () => {
    const electron = createFakeElectron();
    await expect(createExternalOpener(electron.shell)('file:///etc/passwd')).rejects.toMatchObject({
      code: 'VALIDATION',
      hint: expect.stringContaining('https'),
    });
    expect(electron.shell.opened).toEqual([]);
  });
});
