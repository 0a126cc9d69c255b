import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCliAgainstSandbox, type CliAgainstSandbox } from '../../support/cli-harness';

// `baton reminders list|add|remove` as a person types them: each command its own process, one
// BATON_HOME between them, against the sandbox.
let cli: CliAgainstSandbox;

beforeAll(async () => {
  cli = await startCliAgainstSandbox('baton-reminders-');
}, 120_000);

afterAll(async () => {
  await cli?.close();
});

describe('baton reminders', () => {
  it('adds a weekday reminder by process name, lists it, and removes it by id', async () => {
    const added = await cli.baton('reminders', 'add', 'Daily Health Check', '--time', '09:00', '--repeat', 'weekdays', '--json');
    expect(added.code).toBe(0);
    const reminder = JSON.parse(added.stdout) as { id: string; processName: string; rule: unknown; nextAt: string };
    expect(reminder).toMatchObject({ processName: 'Daily Health Check', rule: { kind: 'weekdays', time: '09:00' } });

    const listed = await cli.baton('reminders', 'list');
    expect(listed.stdout).toContain(`${reminder.id}  Daily Health Check (Shared)  weekdays at 09:00`);

    const removed = await cli.baton('reminders', 'remove', reminder.id);
    expect(removed.stdout).toContain('Removed. 0 reminders left.');
    expect((await cli.baton('reminders', 'list')).stdout).toContain('No reminders.');
  }, 60_000);

  it('refuses a time that is not HH:MM and a weekly reminder without days, and keeps nothing', async () => {
    const badTime = await cli.baton('reminders', 'add', 'Daily Health Check', '--time', '9am', '--repeat', 'daily');
    expect(badTime.code).not.toBe(0);
    expect(badTime.stdout + badTime.stderr).toContain('A time is HH:MM');
    const noDays = await cli.baton('reminders', 'add', 'Daily Health Check', '--time', '09:00', '--repeat', 'weekly');
    expect(noDays.code).not.toBe(0);
    expect(noDays.stdout + noDays.stderr).toContain('--days');
    expect((await cli.baton('reminders', 'list')).stdout).toContain('No reminders.');
  }, 60_000);

  it('says when there is no such reminder to remove', async () => {
    const result = await cli.baton('reminders', 'remove', 'nope');
    expect(result.code).not.toBe(0);
    expect(result.stdout + result.stderr).toContain('There is no such reminder.');
  }, 60_000);
});
