import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createMemorySettings } from '../../src/main/platform/memory';
import { REMEMBERED_INPUTS_KEY } from '../../src/main/remembered-inputs';
import { REMINDERS_KEY } from '../../src/main/reminders';
import { startSignedInWebApp } from '../support/signed-in-web-app';
import type { WebAppWithSandbox } from '../support/web-app';

// Removing a connection profile in Settings, in Chromium against the sandbox: the confirmation
// says what goes with it, and its remembered inputs and reminders are gone from the settings.

const settings = createMemorySettings();
// No robot here: an address nothing listens on, so the app never reaches another one.
settings.set('robot.url', 'ws://127.0.0.1:9/robot');
let app: WebAppWithSandbox;
let page: Page;
let profileId: string;

beforeAll(async () => {
  app = await startSignedInWebApp({
    platform: { settings },
    prepare: async (core) => {
      const catalog = await core.handlers['catalog.refresh']({});
      const hello = catalog.processes.find((process) => process.name === 'Hello World')!;
      await core.handlers['inputs.remember']({ processId: hello.id, values: { in_Name: 'Ada' } });
      await core.handlers['reminders.add']({ processId: hello.id, rule: { kind: 'weekdays', time: '09:00' } });
      profileId = (await core.handlers['session.status']({})).profileId!;
    },
  });
  page = await app.openPage('#/settings');
  page.setDefaultTimeout(10_000);
}, 120_000);

afterAll(async () => {
  await app?.close();
});

const rememberedProfiles = () => Object.keys(settings.read(REMEMBERED_INPUTS_KEY, z.record(z.string(), z.unknown())) ?? {});

describe('removing a profile', () => {
  it('says its remembered inputs and reminders go with it, and removes them', async () => {
    expect(rememberedProfiles()).toEqual([profileId]);
    await page.getByRole('list', { name: 'Reminders' }).getByText('Weekdays at 09:00').waitFor();

    const profiles = page.getByRole('list', { name: 'Connection profiles' });
    await profiles.getByRole('button', { name: 'Remove Sandbox' }).click();
    const confirm = profiles.getByRole('group', { name: 'Remove Sandbox?' });
    await confirm
      .getByText('Remove Sandbox, its saved sign-in, the inputs Baton remembers for its processes and its 1 reminder?')
      .waitFor();
    await app.screenshot('screens/light/profile-remove.png', { page });
    await confirm.getByRole('button', { name: 'Remove', exact: true }).click();
    await page.getByText('Removed Sandbox, its saved sign-in, its remembered inputs and its reminders.').waitFor();

    expect(rememberedProfiles()).toEqual([]);
    expect(settings.read(REMINDERS_KEY, z.array(z.unknown()))).toEqual([]);
    await page.getByText("No reminders. Add one from a process's details (click its name).").waitFor();
  });
});
