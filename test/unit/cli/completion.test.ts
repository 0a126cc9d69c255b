import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createProgram } from '../../../src/main/cli/run-cli';
import { completionScript } from '../../../src/main/cli/completion';
import type { CliContext } from '../../../src/main/cli';
import { createRecordingLogger } from '../../../src/main/platform/memory';

const context = {
  output: { out: () => {}, err: () => {} },
  logger: createRecordingLogger(),
  version: '0.0.0-test',
  packageRoot: '.',
  createPlatform: async () => {
    throw new Error('not in this test');
  },
  waitForStop: () => new Promise<string>(() => {}),
  loadWebHost: async () => {
    throw new Error('not in this test');
  },
  buildRenderer: async () => {},
} satisfies CliContext;
const program = createProgram(context);
const dir = mkdtempSync(join(tmpdir(), 'baton-completion-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** What bash offers after the person typed `words` (the last one being completed), with the real script. */
function bashOffers(...words: string[]): string[] {
  const script = join(dir, 'baton.bash');
  writeFileSync(script, completionScript('bash', program));
  const array = ['baton', ...words].map((word) => `'${word}'`).join(' ');
  const out = execFileSync(
    'bash',
    ['-c', `source ${script}; COMP_WORDS=(${array}); COMP_CWORD=${words.length}; _baton_completion; printf '%s\\n' "\${COMPREPLY[@]}"`],
    {
      encoding: 'utf8',
    },
  );
  return out.split('\n').filter(Boolean);
}

describe('shell completion', () => {
  it('completes commands, subcommands and options in bash, from the real command tree', () => {
    expect(bashOffers('pro')).toEqual(['profile', 'processes']);
    expect(bashOffers('profile', '')).toEqual(expect.arrayContaining(['add', 'list', 'remove']));
    expect(bashOffers('--json', 'run', 'Hello World', '--w')).toEqual(['--wait']);
    expect(bashOffers('login', '--client-s')).toEqual(['--client-secret', '--client-secret-stdin']);
    expect(bashOffers('--secret')).toEqual(['--secret-store']);
  });

  it('gives zsh the same through bashcompinit, and fish one line per word with its description', () => {
    expect(completionScript('zsh', program)).toMatch(/bashcompinit[\s\S]*complete -o default -F _baton_completion baton/);
    const fish = completionScript('fish', program);
    expect(fish).toContain(
      "complete -c baton -n '__fish_use_subcommand' -a 'login' -d 'sign in to a profile (interactive in your browser by default)'",
    );
    expect(fish).toContain("-a 'call' -d 'call any contract method with JSON params, e.g. baton call app.info \\'{}\\''");
  });
});
