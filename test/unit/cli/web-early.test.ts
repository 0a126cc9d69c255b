import { describe, expect, it } from 'vitest';
import { earlyWebInvocation } from '../../../src/main/cli/web-early';

describe('which `baton web` invocations listen before the command line loads', () => {
  it('takes web with --port, --open, --json and --verbose, wherever commander takes them', () => {
    expect(earlyWebInvocation(['web'])).toEqual({ port: 0, isJson: false });
    expect(earlyWebInvocation(['web', '--json', '--port', '0'])).toEqual({ port: 0, isJson: true });
    expect(earlyWebInvocation(['--json', 'web', '--port=8080', '--open'])).toEqual({ port: 8080, isJson: true });
    expect(earlyWebInvocation(['--verbose', 'web', '--port', '65535', '--verbose'])).toEqual({ port: 65535, isJson: false });
  });

  it('leaves everything else to the command line, which words its own refusals and help', () => {
    for (const argv of [
      [],
      ['app', 'info'],
      ['web', '--help'],
      ['web', '-h'],
      ['help', 'web'],
      ['web', 'web'],
      ['web', '--port'],
      ['web', '--port', 'eighty'],
      ['web', '--port', ''],
      ['web', '--port', '65536'],
      ['web', '--port', '0x50'],
      ['web', '--port', '1', '--port', '2'],
      ['--port', '1', 'web'],
      ['--open', 'web'],
      ['web', '--secret-store', 'file'],
      ['web', '--log-format', 'json'],
      ['web', '--unknown'],
    ]) {
      expect(earlyWebInvocation(argv), argv.join(' ')).toBeUndefined();
    }
  });

  it('leaves it to the command line when the keychain is required, so a missing one is refused before any address', () => {
    expect(earlyWebInvocation(['web', '--json'], { BATON_SECRET_STORE: 'keychain' })).toBeUndefined();
    expect(earlyWebInvocation(['web', '--json'], { BATON_SECRET_STORE: 'file' })).toEqual({ port: 0, isJson: true });
  });
});
