import { describe, expect, it } from 'vitest';
import { deepLinkFromArgv, parseDeepLink, PROTOCOL_LAUNCHER_ARG } from '../../../../src/main/electron';

describe('parseDeepLink', () => {
  it('reads a run link with folder, target and arguments', () => {
    expect(parseDeepLink('baton://run?process=Invoices&folder=Finance%2FAP&target=local&arg.Month=2026-01&arg.DryRun=true')).toEqual({
      ok: true,
      link: {
        kind: 'run',
        processName: 'Invoices',
        folderPath: 'Finance/AP',
        target: 'local',
        inputArguments: new Map([
          ['Month', '2026-01'],
          ['DryRun', 'true'],
        ]),
      },
    });
  });

  it('runs remotely unless the link says local', () => {
    const result = parseDeepLink('baton://run?process=Invoices&folder=Finance');
    expect(result.ok && result.link.kind === 'run' && result.link.target).toBe('remote');
  });

  it('reads an open link', () => {
    expect(parseDeepLink('baton://open?run=3f2a-11')).toEqual({ ok: true, link: { kind: 'open', runId: '3f2a-11' } });
  });

  it.each([
    ['another scheme', 'https://run?process=A&folder=B', 'Only baton:// links'],
    ['an unknown action', 'baton://delete?process=A&folder=B', 'Unknown link action'],
    ['a missing process', 'baton://run?folder=B', 'does not name a process'],
    ['a missing folder', 'baton://run?process=A', 'does not name a folder'],
    ['an unknown parameter', 'baton://run?process=A&folder=B&priority=High', 'Unknown parameter "priority"'],
    ['a bad target', 'baton://run?process=A&folder=B&target=cloud', 'target must be'],
    ['a repeated parameter', 'baton://run?process=A&process=B&folder=C', 'appears twice'],
    ['an empty process', 'baton://run?process=%20&folder=B', 'is empty'],
    ['a bad run id', 'baton://open?run=../../etc', 'not valid'],
    ['a path', 'baton://run/extra?process=A&folder=B', 'Unknown link path'],
  ])('refuses %s with a message', (_what, link, message) => {
    const result = parseDeepLink(link);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toContain(message);
  });

  it.each([
    ['credentials', 'baton://user:pw@run?process=A&folder=B'],
    ['a newline to forge the confirmation text', 'baton://run?process=A%0ARun%20Payroll&folder=B'],
    ['a right-to-left override', 'baton://run?process=A%E2%80%AEgnp.exe&folder=B'],
    ['an argument name that is not an identifier', 'baton://run?process=A&folder=B&arg.__proto__%5Bx%5D=1'],
    ['a NUL in an argument value', 'baton://run?process=A&folder=B&arg.X=a%00b'],
    ['a fragment', 'baton://run?process=A&folder=B#arg.X=1'],
    ['an overlong link', `baton://run?process=A&folder=B&arg.X=${'a'.repeat(5000)}`],
  ])('refuses an injection attempt: %s', (_what, link) => {
    expect(parseDeepLink(link).ok).toBe(false);
  });

  // Catches: the filter listed ASCII controls and a few bidi marks only, so U+2028, zero-width
  // characters, the BOM and U+034F reached the confirmation dialog.
  it.each([
    ['a line separator in the process name', 'baton://run?process=A%E2%80%A8Run%20Payroll&folder=B', 'The process name', 'U+2028'],
    ['a paragraph separator in the folder', 'baton://run?process=A&folder=B%E2%80%A9C', 'The folder path', 'U+2029'],
    ['a zero-width space in the process name', 'baton://run?process=Pay%E2%80%8Broll&folder=B', 'The process name', 'U+200B'],
    ['a zero-width joiner in an argument', 'baton://run?process=A&folder=B&arg.X=a%E2%80%8Db', 'The value of X', 'U+200D'],
    ['a byte order mark in the folder', 'baton://run?process=A&folder=%EF%BB%BFFinance', 'The folder path', 'U+FEFF'],
    ['a combining grapheme joiner in an argument', 'baton://run?process=A&folder=B&arg.X=1%CD%8F0', 'The value of X', 'U+034F'],
    ['a soft hyphen in the process name', 'baton://run?process=Pay%C2%ADroll&folder=B', 'The process name', 'U+00AD'],
    ['a C1 control in an argument', 'baton://run?process=A&folder=B&arg.X=%C2%85', 'The value of X', 'U+0085'],
  ])('refuses %s and names the character', (_what, link, where, codePoint) => {
    const result = parseDeepLink(link);
    expect(result).toEqual({ ok: false, message: expect.stringContaining(where) });
    expect(!result.ok && result.message).toContain(codePoint);
  });

  it('keeps ordinary non-ASCII text', () => {
    const result = parseDeepLink('baton://run?process=Facturación&folder=Zürich%2FÖkonomie&arg.Name=%E5%B1%B1%E7%94%B0');
    expect(result).toMatchObject({ ok: true, link: { processName: 'Facturación', folderPath: 'Zürich/Ökonomie' } });
    expect(result.ok && result.link.kind === 'run' && result.link.inputArguments.get('Name')).toBe('山田');
  });

  // Catches: `arg.__proto__=x` was assigned to a plain object and silently disappeared, and
  // `constructor` was "found" on every object, so a required argument of that name looked given.
  it.each(['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty'])(
    'refuses the argument name %s and says which',
    (name) => {
      expect(parseDeepLink(`baton://run?process=A&folder=B&arg.${name}=x`)).toEqual({
        ok: false,
        message: `The argument name "${name}" is reserved and cannot be used in a link.`,
      });
    },
  );

  it('gathers arguments in a Map, in link order', () => {
    const result = parseDeepLink('baton://run?process=A&folder=B&arg.Z=1&arg.A=2');
    expect(result.ok && result.link.kind === 'run' && [...result.link.inputArguments]).toEqual([
      ['Z', '1'],
      ['A', '2'],
    ]);
  });
});

describe('deepLinkFromArgv (second instance on Windows and Linux)', () => {
  const exe = 'C:\\Program Files\\Baton\\Baton.exe';

  it('takes the one link after the protocol launcher marker', () => {
    expect(deepLinkFromArgv([exe, PROTOCOL_LAUNCHER_ARG, 'baton://open?run=1'])).toEqual({ url: 'baton://open?run=1' });
  });

  it('ignores a plain second launch', () => {
    expect(deepLinkFromArgv([exe])).toBeNull();
  });

  it('refuses a link without the marker on Windows', () => {
    expect(deepLinkFromArgv([exe, 'baton://open?run=1'], 'win32')).toHaveProperty('refused');
  });

  it('takes the one link a Linux desktop passes last (Exec … %U), and nothing else', () => {
    expect(deepLinkFromArgv(['/opt/Baton/baton-desktop', 'baton://open?run=1'], 'linux')).toEqual({ url: 'baton://open?run=1' });
    expect(deepLinkFromArgv(['/opt/Baton/baton-desktop', 'baton://open?run=1', '--inspect'], 'linux')).toHaveProperty('refused');
    expect(deepLinkFromArgv(['/opt/Baton/baton-desktop', 'baton://open?run=1', 'baton://open?run=2'], 'linux')).toHaveProperty('refused');
  });

  it('refuses two links, so a crafted link cannot smuggle in another', () => {
    expect(deepLinkFromArgv([exe, PROTOCOL_LAUNCHER_ARG, 'baton://open?run=1', 'baton://run?process=A&folder=B'])).toHaveProperty(
      'refused',
    );
  });
});
