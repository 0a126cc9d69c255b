import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWebApp, type WebApp } from '../support/web-app';

let app: WebApp;

beforeAll(async () => {
  app = await startWebApp({
    prepare: async (core) => {
      await core.handlers['session.profiles.add']({
        name: 'Finance',
        orchestratorUrl: 'https://finance.example.test',
        makeActive: true,
      } as never);
      await core.handlers['session.profiles.add']({ name: 'HR', orchestratorUrl: 'https://hr.example.test' } as never);
    },
  });
});

afterAll(async () => {
  await app?.close();
});

const profileNames = async () => (await app.core.handlers['session.profiles.list']({})).profiles.map((p) => p.name);

describe('connection profiles on the Preferences screen', () => {
  it('switches, edits and removes a profile, asking before it removes', async () => {
    const page = await app.openPage('#/settings');
    const list = page.getByRole('list', { name: 'Connection profiles' });
    await list.getByText('Finance (active)').waitFor();
    await list.scrollIntoViewIfNeeded();
    await app.screenshot('e2e-preferences-profiles.png', { page });

    await page.getByRole('button', { name: 'Use HR' }).click();
    await list.getByText('HR (active)').waitFor();
    expect((await app.core.handlers['session.status']({})).profileId).toBe(
      (await app.core.handlers['session.profiles.list']({})).profiles.find((p) => p.name === 'HR')!.id,
    );

    // Remove asks first; keeping it changes nothing.
    await page.getByRole('button', { name: 'Remove Finance' }).click();
    const question = page.getByRole('group', { name: 'Remove Finance?' });
    await question.getByRole('button', { name: 'Keep it' }).click();
    expect(await profileNames()).toEqual(['Finance', 'HR']);

    await page.getByRole('button', { name: 'Remove Finance' }).click();
    await question.getByRole('button', { name: 'Remove' }).click();
    await page.getByRole('status').filter({ hasText: 'Removed Finance' }).waitFor();
    await expect.poll(() => list.getByRole('listitem').count()).toBe(1);
    expect(await profileNames()).toEqual(['HR']);

    // Edit opens the connect form for that profile, where sign-in lives.
    await page.getByRole('button', { name: 'Edit HR' }).click();
    await expect.poll(() => page.evaluate(() => window.location.hash)).toBe('#/processes');
    await expect.poll(() => page.getByRole('textbox', { name: /Orchestrator URL/ }).inputValue()).toBe('https://hr.example.test');
  });
});
