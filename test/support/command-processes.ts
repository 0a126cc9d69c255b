import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Greet, a `command` executor process: reads its input (Name) from stdin, logs "greeting NAME"
 * and answers Greeting = "Hello, NAME!". Written into `processesDir/greet`.
 */
export function writeGreetProcess(processesDir: string): void {
  const dir = join(processesDir, 'greet');
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, 'process.json'),
    JSON.stringify({
      name: 'Greet',
      command: 'node',
      args: ['greet.mjs'],
      inputArguments: [{ name: 'Name', type: 'string', required: true }],
    }),
  );
  writeFileSync(
    join(dir, 'greet.mjs'),
    `let input = '';
process.stdin.on('data', (chunk) => (input += chunk));
process.stdin.on('end', () => {
  const { Name } = JSON.parse(input);
  console.log(JSON.stringify({ type: 'log', message: 'greeting ' + Name }));
  console.log(JSON.stringify({ type: 'output', arguments: { Greeting: 'Hello, ' + Name + '!' } }));
});
`,
  );
}

/**
 * Wait, a `command` executor process that reports "waiting" and runs until it is stopped (or its
 * bridge dies: its next write to the closed pipe ends it). Written into `processesDir/wait`.
 */
export function writeWaitProcess(processesDir: string): void {
  const dir = join(processesDir, 'wait');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'process.json'), JSON.stringify({ name: 'Wait', command: 'node', args: ['wait.mjs'] }));
  writeFileSync(
    join(dir, 'wait.mjs'),
    `console.log(JSON.stringify({ type: 'progress', message: 'waiting' }));\nsetInterval(() => console.log('.'), 50);\n`,
  );
}
