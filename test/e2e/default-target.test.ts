import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSignedInWebApp } from '../support/signed-in-web-app';
import type { WebAppWithSandbox } from '../support/web-app';

// Where the tray, deep links and Preferences lead: `#/processes?run=ID` opens that process's run
// dialog, and the default run target is where the run dialog and the palette start.

let app: WebAppWithSandbox;

beforeAll(async () => {
  app = await startSignedInWebApp({
    prepare: async (core, sandbox) => {
      // The bridge offers a code once Baton has said hello; wait for that before asking for it.
      for (let tries = 0; (await core.handlers['robot.status']({})).state !== 'pairing-required'; tries += 1) {
        if (tries > 150) throw new Error('the robot bridge never asked to pair');
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      const answer = await fetch(`${sandbox.adminUrl}/robot/pairing-code`, { headers: { Authorization: `Bearer ${sandbox.adminToken}` } });
      const { code } = (await answer.json()) as { code: string };
      await core.handlers['robot.pair']({ code });
    },
  });
}, 120_000);

afterAll(async () => {
  await app?.close();
});

async function processIdOf(name: string): Promise<string> {
  const catalog = await app.core.handlers['catalog.refresh']({});
  return catalog.processes.find((process) => process.name === name)!.id;
}

describe('links into Processes and the default run target', () => {
  it('opens the run dialog of the process a link names, and says so when it is not there', async () => {
    const page = await app.openPage(`#/processes?run=${encodeURIComponent(await processIdOf('Invoice Intake'))}`);
    await page.getByRole('dialog', { name: 'Run Invoice Intake' }).waitFor();
    // The link is used once: the hash goes back to the plain area.
    expect(await page.evaluate(() => window.location.hash)).toBe('#/processes');
    await page.getByRole('button', { name: 'Cancel' }).click();

    await page.evaluate(() => (window.location.hash = '#/processes?run=99%3Agone'));
    await page.getByRole('status').filter({ hasText: 'not in your list any more' }).waitFor();
    await app.closePage();
  });

  it('starts the run dialog and the palette on Local when that is the default', async () => {
    await app.core.handlers['preferences.update']({ defaultRunTarget: 'local' });
    try {
      const page = await app.openPage(`#/processes?run=${encodeURIComponent(await processIdOf('Hello World'))}`);
      const dialog = page.getByRole('dialog', { name: 'Run Hello World' });
      await expect.poll(() => dialog.getByRole('radio', { name: 'Local' }).isChecked(), { timeout: 15_000 }).toBe(true);
      await page.keyboard.press('Escape');

      await page.keyboard.press('Control+k');
      const current = page.getByRole('group', { name: /Run target/ }).locator('[aria-current="true"]');
      await expect.poll(() => current.textContent()).toContain('Local');
    } finally {
      await app.core.handlers['preferences.update']({ defaultRunTarget: 'remote' });
      await app.closePage();
    }
  });
});
