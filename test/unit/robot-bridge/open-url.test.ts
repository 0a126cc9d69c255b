import { describe, expect, it } from 'vitest';
import { openerFor } from '../../../src/robot-bridge/open-url';
import { consentUrl } from '../../../src/robot-bridge/executors/robotjs-session';

describe('opening the consent URL', () => {
  const url = consentUrl(123456);

  it('names Baton’s stable origin in the consent URL', () => {
    expect(url).toBe('uipath-web://consentCode=123456&Origin=http://baton.localhost');
  });

  it('hands the URL to the OS opener as one argument, never through a shell', () => {
    expect(openerFor('win32', url)).toEqual(['rundll32.exe', ['url.dll,FileProtocolHandler', url]]);
    expect(openerFor('darwin', url)).toEqual(['open', [url]]);
    expect(openerFor('linux', url)).toEqual(['xdg-open', [url]]);
    const hostile = 'uipath-web://consentCode=1&Origin=x" & calc & "';
    expect(openerFor('win32', hostile)[1]).toContain(hostile);
  });
});
