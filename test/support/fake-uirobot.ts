import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * A stand-in for `UiRobot.exe` (a Node script with a shebang, so it runs under its Windows name on
 * POSIX): records each argument list in `calls.jsonl` next to it and behaves like the robot's CLI
 * for `execute` (prints the output arguments as JSON; `--process Slow` waits for a `release` file
 * before it finishes, the way a robot job outlives a stop request) and `installprocess`
 * (fails for a process named Missing).
 */
export function writeFakeUiRobot(folder: string): { path: string; calls(): string[][]; release(): void } {
  mkdirSync(folder, { recursive: true });
  const path = join(folder, 'UiRobot.exe');
  const callsFile = join(folder, 'calls.jsonl');
  const releaseFile = join(folder, 'release');
  writeFileSync(
    path,
    `#!${process.execPath}
const { appendFileSync, existsSync } = require('node:fs');
const args = process.argv.slice(2);
appendFileSync(${JSON.stringify(callsFile)}, JSON.stringify(args) + '\\n');
const value = (name) => { const at = args.indexOf(name); return at < 0 ? undefined : args[at + 1]; };
if (args[0] === 'installprocess') {
  if (value('--process-name') === 'Missing') { console.error('Process Missing was not found in the feed.'); process.exit(4); }
  console.log('Installed ' + value('--process-name'));
  process.exit(0);
}
if (args[0] === 'execute') {
  const input = JSON.parse(value('--input') || '{}');
  const finish = () => { console.log('Job finished'); console.log(JSON.stringify({ Echo: input })); process.exit(0); };
  if (value('--process') === 'Slow') {
    const timer = setInterval(() => { if (existsSync(${JSON.stringify(releaseFile)})) { clearInterval(timer); finish(); } }, 20);
  } else finish();
} else { console.error('unknown command'); process.exit(2); }
`,
  );
  chmodSync(path, 0o755);
  return {
    path,
    calls: () => {
      try {
        return readFileSync(callsFile, 'utf8')
          .split('\n')
          .filter(Boolean)
          .map((line) => JSON.parse(line) as string[]);
      } catch {
        return [];
      }
    },
    release: () => writeFileSync(releaseFile, ''),
  };
}
