import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { findAccessibilityViolations, formatViolations, WCAG_AA_TAGS } from '../support/axe';
import { startSignedInWebApp } from '../support/signed-in-web-app';
import type { WebAppWithSandbox } from '../support/web-app';

// The Jobs view in Chromium against the sandbox, which starts with jobs Baton did not start
// (src/sandbox/orchestrator/seed-jobs.ts): alice lists them, filters them, stops one another
// account started, and follows one into Runs.

let app: WebAppWithSandbox;
let page: Page;

beforeAll(async () => {
  app = await startSignedInWebApp({ sandbox: { seedJobs: true }, prepare: (core) => core.handlers['catalog.refresh']({}) });
  page = await app.openPage('#/processes');
  page.setDefaultTimeout(10_000);
}, 120_000);

afterAll(async () => {
  await app?.close();
});

const table = () => page.getByRole('region', { name: 'Jobs' }).getByRole('table');
const row = (processName: string) =>
  table()
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: processName }) });
const filters = () => page.getByRole('form', { name: 'Filter jobs' });
const sandboxJob = (processName: string) =>
  [...app.sandbox.orchestrator.state.jobs.values()].find(
    (job) => app.sandbox.orchestrator.state.releases.get(job.releaseId)?.name === processName,
  )!;

/** Starts a job as the confidential app (another account), over HTTP as any Orchestrator client would. */
async function startAsApp(processName: string): Promise<number> {
  const { clientId, clientSecret } = app.sandbox.clients.confidential;
  const token = (await (
    await fetch(`${app.sandbox.identityUrl}/connect/token`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ grant_type: 'client_credentials', client_id: clientId, client_secret: clientSecret, scope: 'OR.Jobs' }),
    })
  ).json()) as { access_token: string };
  const release = [...app.sandbox.orchestrator.state.releases.values()].find((r) => r.name === processName)!;
  const answer = await fetch(`${app.sandbox.orchestratorUrl}/odata/Jobs/UiPath.Server.Configuration.OData.StartJobs`, {
    method: 'POST',
    headers: {
      Authorization: `Bearer ${token.access_token}`,
      'Content-Type': 'application/json',
      'X-UIPATH-OrganizationUnitId': String(release.folderId),
    },
    body: JSON.stringify({ startInfo: { ReleaseKey: release.key, Strategy: 'ModernJobsCount', JobsCount: 1 } }),
  });
  return ((await answer.json()) as { value: { Id: number }[] }).value[0]!.Id;
}

describe('the Jobs view', () => {
  it('is reached from the main navigation with the keyboard and lists jobs others started, with who started them', async () => {
    const link = page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Jobs' });
    await link.focus();
    await page.keyboard.press('Enter');
    await row('Invoice Intake').waitFor({ timeout: 15_000 });
    expect(await row('Invoice Intake').getByRole('cell').allInnerTexts()).toEqual(
      expect.arrayContaining(['Running', 'Finance/Invoices', 'Baton Robot Runner (user)', 'FIN-VM-02']),
    );
    expect(await row('Accruals Journal Entry').innerText()).toContain('Nightly accruals (schedule)');
    expect(await row('Disk Space Cleanup').innerText()).toContain('Cleanup requests (trigger)');
  });

  it('filters by state and by folder', async () => {
    await page.goto(app.url('#/jobs'));
    await row('Invoice Intake').waitFor();
    await filters().getByRole('combobox', { name: 'State' }).selectOption({ label: 'Faulted' });
    await expect
      .poll(async () => (await table().getByRole('rowheader').allInnerTexts()).map((t) => t.split('\n')[0]))
      .toEqual(['Disk Space Cleanup']);
    await filters().getByRole('combobox', { name: 'State' }).selectOption({ label: 'Any state' });
    await filters().getByRole('combobox', { name: 'Folder' }).selectOption({ label: 'Finance/Close' });
    await expect
      .poll(async () => (await table().getByRole('rowheader').allInnerTexts()).sort())
      .toEqual(['Accruals Journal Entry', 'Month-End Close Checklist']);
    await filters().getByRole('combobox', { name: 'Folder' }).selectOption({ label: 'All folders' });
    await row('Invoice Intake').waitFor();
  });

  it('stops a job another account started', async () => {
    await page.goto(app.url('#/jobs'));
    const intake = row('Invoice Intake');
    await intake.getByRole('button', { name: /^Stop Invoice Intake/ }).click();
    await intake.getByText('Stopping', { exact: true }).waitFor();
    expect(sandboxJob('Invoice Intake').state).toBe('Stopping');
  });

  it('follows a job into Runs, where Baton follows it live', async () => {
    await page.goto(app.url('#/jobs'));
    const sync = row('CRM Opportunity Sync');
    await sync.getByRole('button', { name: /^Follow CRM Opportunity Sync/ }).click();
    const open = sync.getByRole('link', { name: /^Open in Runs: CRM Opportunity Sync/ });
    await open.click();
    const runs = page.getByRole('list', { name: 'Run history' });
    await runs.getByRole('heading', { name: 'CRM Opportunity Sync' }).waitFor();
    const followed = (await app.core.handlers['runs.list']({})).find((run) => run.processName === 'CRM Opportunity Sync');
    expect(followed).toMatchObject({ target: 'remote', jobId: sandboxJob('CRM Opportunity Sync').id });
    // It ends in Orchestrator; Baton's run follows it there.
    app.sandbox.orchestrator.runner.finish(sandboxJob('CRM Opportunity Sync'), { state: 'Successful', output: {} });
    await vi.waitFor(async () => expect((await app.core.handlers['runs.get']({ runId: followed!.id })).state).toBe('successful'), {
      timeout: 20_000,
      interval: 250,
    });
  });

  it('resumes a suspended job another account started', async () => {
    const jobId = await startAsApp('Invoice Approval');
    const job = () => app.sandbox.orchestrator.state.jobs.get(jobId)!;
    await vi.waitFor(() => expect(job().state).toBe('Suspended'), { timeout: 20_000, interval: 200 });
    await page.goto(app.url('#/jobs'));
    await filters().getByRole('combobox', { name: 'State' }).selectOption({ label: 'Suspended' });
    const approval = row('Invoice Approval');
    await approval.getByText('Waiting for a task: Approve invoice').waitFor();
    await approval.getByRole('button', { name: `Resume Invoice Approval (job ${jobId})` }).click();
    await approval.getByText('Running', { exact: true }).waitFor();
    expect(['Resumed', 'Running']).toContain(job().state);
  });

  it('marks the job Baton started', async () => {
    const hello = (await app.core.handlers['catalog.get']({})).processes.find((p) => p.name === 'Hello World')!;
    await app.core.handlers['runs.start']({ target: 'remote', processId: hello.id });
    await page.goto(app.url('#/jobs'));
    await row('Hello World').getByText('Baton', { exact: true }).waitFor();
    // Followed, not started by Baton: linked to its run, not marked.
    expect(await row('CRM Opportunity Sync').getByText('Baton', { exact: true }).count()).toBe(0);
  });

  it('has no axe violations in either theme', async () => {
    await page.goto(app.url('#/jobs'));
    await row('Daily Health Check').waitFor();
    for (const theme of ['light', 'dark'] as const) {
      await app.core.handlers['preferences.update']({ theme });
      await vi.waitFor(async () => expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme));
      await app.screenshot(`screens/${theme}/jobs.png`, { page });
      expect(formatViolations(await findAccessibilityViolations(page, { tags: [...WCAG_AA_TAGS, 'best-practice'] }))).toBe('');
    }
  });
});
