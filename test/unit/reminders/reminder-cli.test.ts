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
    expect(listed.stdout).toContain('[Sandbox]');

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

  it('edits a reminder in place: a new time keeps its id and repeat, --off keeps it without a next time, --on brings it back', async () => {
    const added = await cli.baton(
      'reminders',
      'add',
      'Daily Health Check',
      '--time',
      '09:00',
      '--repeat',
      'weekly',
      '--days',
      'mon,fri',
      '--json',
    );
    const { id } = JSON.parse(added.stdout) as { id: string };

    const edited = await cli.baton('reminders', 'edit', id, '--time', '17:45');
    expect(edited.code).toBe(0);
    expect(edited.stdout).toContain(`Changed: ${id}  Daily Health Check (Shared)  mon,fri at 17:45`);

    expect((await cli.baton('reminders', 'edit', id, '--off')).stdout).toContain('next: off');
    const listed = await cli.baton('reminders', 'list');
    expect(listed.stdout.trim().split('\n')).toHaveLength(1);
    expect(listed.stdout).toContain(`${id}  Daily Health Check (Shared)  mon,fri at 17:45  next: off`);

    const on = await cli.baton('reminders', 'edit', id, '--on', '--repeat', 'daily', '--json');
    expect(JSON.parse(on.stdout)).toMatchObject({ id, isEnabled: true, rule: { kind: 'daily', time: '17:45' } });
    await cli.baton('reminders', 'remove', id);
  }, 60_000);

  it('refuses an edit with a bad time, with nothing to change, or of no such reminder, and changes nothing', async () => {
    const added = await cli.baton('reminders', 'add', 'Daily Health Check', '--time', '09:00', '--repeat', 'daily', '--json');
    const { id } = JSON.parse(added.stdout) as { id: string };
    const badTime = await cli.baton('reminders', 'edit', id, '--time', '25:00');
    expect(badTime.code).not.toBe(0);
    expect(badTime.stdout + badTime.stderr).toContain('A time is HH:MM');
    const nothing = await cli.baton('reminders', 'edit', id);
    expect(nothing.code).not.toBe(0);
    expect(nothing.stdout + nothing.stderr).toContain('Say what to change');
    const unknown = await cli.baton('reminders', 'edit', 'nope', '--off');
    expect(unknown.code).not.toBe(0);
    expect(unknown.stdout + unknown.stderr).toContain('There is no such reminder.');
    expect((await cli.baton('reminders', 'list')).stdout).toContain(`${id}  Daily Health Check (Shared)  daily at 09:00`);
    await cli.baton('reminders', 'remove', id);
  }, 60_000);

  // Last: it removes the signed-in profile.
  it("marks another profile's reminder as not active, and removing that profile removes its reminders", async () => {
    await cli.baton('reminders', 'add', 'Daily Health Check', '--time', '09:00', '--repeat', 'daily');
    const spare = await cli.baton('profile', 'add', 'Spare', '--url', cli.sandbox.orchestratorUrl, '--tenant', cli.sandbox.tenant, '--use');
    expect(spare.code).toBe(0);
    expect((await cli.baton('reminders', 'list')).stdout).toContain('[Sandbox, not active]');
    expect((await cli.baton('profile', 'remove', 'Sandbox')).code).toBe(0);
    expect((await cli.baton('reminders', 'list')).stdout).toContain('No reminders.');
  }, 60_000);
});
