import { describe, expect, it } from 'vitest';
import { deepLinkFromArgv, DEEP_LINK_SCHEME, parseDeepLink, PROTOCOL_LAUNCHER_ARG } from '../../../../src/main/electron';

// The exact edges of the baton:// parser (docs/desktop-shell.md): each limit at its value and one
// past it, and the sentence each refusal says. Would catch an off-by-one, an anchor dropped from
// a pattern, or a refusal that no longer says what was wrong.

const run = (extra = '') => `baton://run?process=Invoices&folder=Finance${extra}`;
const refusalOf = (raw: string): string => {
  const result = parseDeepLink(raw);
  if (result.ok) throw new Error(`accepted ${raw}`);
  return result.message;
};
const argumentsOf = (raw: string) => {
  const result = parseDeepLink(raw);
  if (!result.ok || result.link.kind !== 'run') throw new Error(`refused ${raw}`);
  return result.link.inputArguments;
};

describe('what a link is', () => {
  it('registers and reads the baton scheme, whatever its case', () => {
    expect(DEEP_LINK_SCHEME).toBe('baton');
    expect(parseDeepLink('BATON://open?run=r1')).toEqual({ ok: true, link: { kind: 'open', runId: 'r1' } });
  });

  it('refuses anything that is not a baton:// link, including one that only contains it', () => {
    expect(refusalOf('https://example.com/?x=baton://run')).toBe('Only baton:// links are handled.');
    expect(refusalOf('xbaton://run?process=a&folder=b')).toBe('Only baton:// links are handled.');
    expect(refusalOf('baton:run?process=a&folder=b')).toBe('Only baton:// links are handled.');
  });

  it('refuses a link that is not a string or is longer than 4096 characters, and takes one of exactly 4096', () => {
    expect(refusalOf(42 as unknown as string)).toBe('The link is too long.');
    // Three values of up to 2000 characters make up the length (each value has its own limit).
    const ofLength = (length: number) => {
      const base = run('&arg.a=' + 'x'.repeat(2000) + '&arg.b=' + 'x'.repeat(1000) + '&arg.c=');
      return base + 'x'.repeat(length - base.length);
    };
    expect(ofLength(4096)).toHaveLength(4096);
    expect(parseDeepLink(ofLength(4096)).ok).toBe(true);
    expect(refusalOf(ofLength(4097))).toBe('The link is too long.');
  });

  it('refuses a link the URL parser cannot read', () => {
    expect(refusalOf('baton://run:xx?process=a&folder=b')).toBe('The link is not a valid address.');
  });

  it.each(['baton://user@run?process=a&folder=b', 'baton://:pw@run?process=a&folder=b', 'baton://run:8080?process=a&folder=b'])(
    'refuses %s, which carries a user name, password or port',
    (raw) => {
      expect(refusalOf(raw)).toBe('The link carries a user name, password or port, which Baton links never do.');
    },
  );

  it('refuses a fragment and any path', () => {
    expect(refusalOf(run('#x'))).toBe('The link has a #fragment, which Baton links never do.');
    expect(refusalOf('baton://run/x?process=a&folder=b')).toBe('Unknown link path "/x".');
    expect(parseDeepLink('baton://run/?process=a&folder=b').ok).toBe(true);
  });
});

describe('run links', () => {
  it('says which text is empty or too long', () => {
    expect(refusalOf('baton://run?process=%20&folder=b')).toBe('The process name is empty.');
    expect(refusalOf('baton://run?process=a&folder=')).toBe('The folder path is empty.');
    expect(parseDeepLink(`baton://run?process=${'p'.repeat(200)}&folder=b`).ok).toBe(true);
    expect(refusalOf(`baton://run?process=${'p'.repeat(201)}&folder=b`)).toBe('The process name is longer than 200 characters.');
    expect(parseDeepLink(`baton://run?process=a&folder=${'f'.repeat(500)}`).ok).toBe(true);
    expect(refusalOf(`baton://run?process=a&folder=${'f'.repeat(501)}`)).toBe('The folder path is longer than 500 characters.');
  });

  it('quotes at most 40 characters of a wrong target or an unknown parameter', () => {
    expect(refusalOf(run(`&target=${'t'.repeat(50)}`))).toBe(`target must be "remote" or "local", not "${'t'.repeat(40)}".`);
    expect(refusalOf(run(`&${'k'.repeat(50)}=1`))).toBe(`Unknown parameter "${'k'.repeat(40)}".`);
    expect(refusalOf(run(`&arg.${'9'.repeat(50)}=1`))).toBe(`"${'9'.repeat(40)}" is not a valid argument name.`);
  });

  it('takes argument names of a letter or underscore then up to 99 more, and nothing else', () => {
    expect([...argumentsOf(run(`&arg._a1=1&arg.${'n'.repeat(100)}=2`)).keys()]).toEqual(['_a1', 'n'.repeat(100)]);
    expect(refusalOf(run(`&arg.${'n'.repeat(101)}=1`))).toContain('is not a valid argument name.');
    expect(refusalOf(run('&arg.1a=1'))).toBe('"1a" is not a valid argument name.');
    expect(refusalOf(run('&arg.a-b=1'))).toBe('"a-b" is not a valid argument name.');
  });

  it('takes a value of 2000 characters and refuses one of 2001, naming the argument', () => {
    expect(argumentsOf(run(`&arg.a=${'v'.repeat(2000)}`)).get('a')).toHaveLength(2000);
    expect(refusalOf(run(`&arg.a=${'v'.repeat(2001)}`))).toBe('The value of a is longer than 2000 characters.');
  });

  it('names the argument whose value hides a character', () => {
    expect(refusalOf(run('&arg.Note=a%E2%80%8Bb'))).toBe(
      'The value of Note contains an invisible, control or direction character (U+200B).',
    );
  });

  it('takes 50 arguments and refuses the 51st', () => {
    const args = (n: number) => Array.from({ length: n }, (_, i) => `&arg.a${i}=${i}`).join('');
    expect(argumentsOf(run(args(50))).size).toBe(50);
    expect(refusalOf(run(args(51)))).toBe('The link has more than 50 arguments.');
  });
});

describe('open links', () => {
  it('says which run id is missing or invalid, and which parameter is unknown', () => {
    expect(refusalOf('baton://open')).toBe('The link does not say which run to open (run=…).');
    expect(refusalOf('baton://open?run=-r1')).toBe('The run id in the link is not valid.');
    expect(refusalOf('baton://open?run=r1%20')).toBe('The run id in the link is not valid.');
    expect(refusalOf(`baton://open?run=${'r'.repeat(101)}`)).toBe('The run id in the link is not valid.');
    expect(parseDeepLink(`baton://open?run=${'r'.repeat(100)}`).ok).toBe(true);
    expect(refusalOf(`baton://open?run=r1&${'k'.repeat(50)}=1`)).toBe(`Unknown parameter "${'k'.repeat(40)}".`);
  });
});

describe('links on a command line', () => {
  it('is the marker Windows registers', () => {
    expect(PROTOCOL_LAUNCHER_ARG).toBe('--protocol-launcher');
  });

  it('takes the link after the marker on Windows even when it is not the last argument', () => {
    expect(deepLinkFromArgv(['baton.exe', '--protocol-launcher', 'baton://open?run=r1', '--x'], 'win32')).toEqual({
      url: 'baton://open?run=r1',
    });
  });

  it('counts only arguments that start with baton: as links', () => {
    expect(deepLinkFromArgv(['baton', '--note=baton://open?run=r1'], 'linux')).toBeNull();
  });

  it('says how many links it found when it wanted one', () => {
    expect(deepLinkFromArgv(['baton', '--protocol-launcher'], 'win32')).toEqual({ refused: 'Expected exactly one baton:// link, got 0.' });
  });

  it('says why a link without the marker was ignored', () => {
    expect(deepLinkFromArgv(['baton', 'baton://open?run=r1', '--x'], 'linux')).toEqual({
      refused: 'A baton:// link arrived without the protocol launcher marker; it was ignored.',
    });
  });
});
