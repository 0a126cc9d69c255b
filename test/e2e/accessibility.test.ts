import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Catalog } from '../../src/shared/contract/catalog';
import type { Theme } from '../../src/shared/contract/preferences';
import { BatonError } from '../../src/shared/errors';
import { createManualClock } from '../../src/sandbox';
import { findAccessibilityViolations, formatViolations, WCAG_AA_TAGS } from '../support/axe';
import { startSignedInWebApp } from '../support/signed-in-web-app';
import type { WebAppWithSandbox } from '../support/web-app';

// Every screen, in both themes, against axe-core's WCAG 2 A/AA rules (contrast included), plus
// what axe cannot see: reduced motion, visible keyboard focus, no layout jump while data loads.
// One sandbox, one core, one browser page for the whole file; alice signs in through the real
// PKCE flow. The sandbox runs on a manual clock so runs end when the test says.

const sandboxClock = createManualClock();
let app: WebAppWithSandbox;
let page: Page;
/** While set, `catalog.get` waits for it: the Processes screen stays in its loading state. */
let catalogHold: Promise<void> | undefined;

beforeAll(async () => {
  app = await startSignedInWebApp({
    sandbox: { clock: sandboxClock },
    prepare: (core) => {
      const getCatalog = core.handlers['catalog.get'];
      core.handlers['catalog.get'] = async (params) => {
        await catalogHold;
        return getCatalog(params);
      };
    },
  });
  await startRunsInEveryState();
  page = await app.openPage('#/processes');
}, 120_000);

afterAll(async () => {
  await app?.close();
});

/** A successful, a faulted and a running remote run, so Runs shows every look a run can have. */
async function startRunsInEveryState(): Promise<void> {
  const { processes } = await app.core.handlers['catalog.refresh']({});
  const idOf = (name: string) => processes.find((process) => process.name === name && process.folderPath === 'Shared')!.id;
  const start = (name: string, inputArguments?: Record<string, unknown>) =>
    app.core.handlers['runs.start']({ target: 'remote', processId: idOf(name), ...(inputArguments ? { inputArguments } : {}) });
  const runs = [await start('Hello World', { in_Name: 'Ada' }), await start('Always Faults Demo'), await start('Long Wait Demo')];
  const stateOf = async (index: number) => (await app.core.handlers['runs.get']({ runId: runs[index]!.id })).state;
  await vi.waitFor(
    async () => {
      sandboxClock.advance(2_000);
      expect([await stateOf(0), await stateOf(1), await stateOf(2)]).toEqual(['successful', 'faulted', 'running']);
    },
    { timeout: 30_000, interval: 250 },
  );
}

/** WCAG 2 A/AA, and axe's best practices too (heading order, landmarks): they are what screen-reader users navigate by. */
const RULE_TAGS = [...WCAG_AA_TAGS, 'best-practice'];

/** Checks what the page shows now, and keeps a screenshot of it (test-results/screens/<theme>/<name>.png, the main screens in both themes) for a person to look at. */
async function expectNoViolations(name: string): Promise<void> {
  const theme = await page.evaluate(() => document.documentElement.dataset.theme ?? 'system');
  await app.screenshot(`screens/${theme}/${name}.png`, { page });
  expect(formatViolations(await findAccessibilityViolations(page, { tags: RULE_TAGS }))).toBe('');
}

async function showArea(hash: string): Promise<void> {
  await page.goto(app.url(hash));
  await page.getByTestId('about-version').waitFor();
}

function processList(): Locator {
  return page.getByRole('list', { name: 'Processes' });
}

async function showProcesses(): Promise<void> {
  await showArea('#/processes');
  await expect.poll(() => processList().getByRole('listitem').count(), { timeout: 15_000 }).toBeGreaterThan(0);
  await page.getByRole('list', { name: 'Run history' }).waitFor();
}

async function useTheme(theme: Exclude<Theme, 'system'>): Promise<void> {
  await app.core.handlers['preferences.update']({ theme });
  await vi.waitFor(async () => expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme));
}

async function robotPairingCode(): Promise<string> {
  const { adminUrl, adminToken } = app.sandbox;
  const answer = await fetch(`${adminUrl}/robot/pairing-code`, { headers: { Authorization: `Bearer ${adminToken}` } });
  return ((await answer.json()) as { code: string }).code;
}

describe('the accessibility checker', () => {
  it('notices a button without a name and text without enough contrast, so a clean result means something', async () => {
    await showProcesses();
    await page.evaluate(() => {
      const probe = document.createElement('div');
      probe.className = 'axe-probe';
      probe.append(document.createElement('button'));
      const faint = probe.appendChild(document.createElement('p'));
      faint.textContent = 'faint';
      // Through the CSSOM: the page's Content-Security-Policy refuses inline style attributes.
      faint.style.color = '#bbb';
      faint.style.background = '#fff';
      document.querySelector('main')?.append(probe);
    });
    try {
      const rules = (await findAccessibilityViolations(page, { tags: RULE_TAGS })).map((violation) => violation.rule);
      expect(rules).toEqual(expect.arrayContaining(['button-name', 'color-contrast']));
    } finally {
      await page.evaluate(() => document.querySelector('.axe-probe')?.remove());
    }
  });
});

describe.each(['light', 'dark'] as const)('every screen passes axe-core WCAG 2 A/AA in the %s theme', (theme) => {
  beforeAll(async () => {
    await useTheme(theme);
  });

  it('the processes list with its runs', async () => {
    await showProcesses();
    await expectNoViolations('processes');
  });

  it('the account menu', async () => {
    await showProcesses();
    await page.getByRole('button', { name: 'Account menu' }).click();
    await page.getByRole('region', { name: 'Account menu' }).waitFor();
    await expectNoViolations('account-menu');
    await page.keyboard.press('Escape');
  });

  it('the sign-in form with a field problem and a connection test', async () => {
    await showProcesses();
    await page.getByRole('button', { name: 'Account menu' }).click();
    await page.getByRole('button', { name: 'Add connection' }).click();
    const form = page.getByRole('region', { name: 'Connect to Orchestrator' });
    await form.getByRole('button', { name: 'Sign in' }).click();
    await expect.poll(() => form.getByLabel('Orchestrator URL').getAttribute('aria-invalid')).toBe('true');
    await form.getByLabel('Orchestrator URL').fill(app.sandbox.orchestratorUrl);
    await form.getByRole('button', { name: 'Test connection' }).click();
    await form.getByRole('list', { name: 'Connection test results' }).waitFor();
    await form.getByRole('group', { name: 'Connection test' }).getByRole('status').waitFor({ timeout: 15_000 });
    await expectNoViolations('sign-in');
    await form.getByRole('button', { name: 'Back' }).click();
  });

  it('the run dialog showing validation errors', async () => {
    await showProcesses();
    await page.getByRole('searchbox', { name: 'Search processes' }).fill('invoice intake');
    await processList().getByRole('button', { name: 'Run Invoice Intake' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'Run Invoice Intake' });
    await dialog.getByRole('button', { name: 'Start' }).click();
    await dialog.getByText('in_Mailbox is required.').waitFor();
    await expectNoViolations('run-dialog');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
  });

  it('the run history with successful, faulted and running runs', async () => {
    await showArea('#/runs');
    const history = page.getByRole('list', { name: 'Run history' });
    await expect
      .poll(() => history.getByTestId('run-state').allTextContents())
      .toEqual(expect.arrayContaining(['Running', 'Faulted', 'Successful']));
    await expectNoViolations('runs');
  });

  it('the robot: pairing with a wrong code, then a local run with its log', async () => {
    if ((await app.core.handlers['robot.status']({})).state !== 'pairing-required') await app.core.handlers['robot.unpair']({});
    await showArea('#/robot');
    await page.getByRole('button', { name: 'Pair', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Pair with the robot' });
    await dialog.getByLabel('Enter the code shown by the robot').fill('00000000');
    await dialog.getByRole('button', { name: 'Pair', exact: true }).click();
    await dialog.getByRole('alert').waitFor();
    await expectNoViolations('robot-pairing');

    await app.core.handlers['robot.pair']({ code: await robotPairingCode() });
    await page.getByRole('button', { name: 'Run Hello World locally' }).click();
    const panel = page.getByRole('region', { name: 'Run “Hello World” on this machine' });
    await panel.getByRole('button', { name: 'Run locally' }).click();
    const state = panel.getByRole('status', { name: 'Local run state' });
    await expect
      .poll(
        async () => {
          sandboxClock.advance(1_000);
          return state.textContent();
        },
        { timeout: 15_000, interval: 250 },
      )
      .toContain('State: successful');
    await expectNoViolations('robot-local-run');
  });

  it('diagnostics with check results, and the About panel', async () => {
    await showArea('#/diagnostics');
    await page.getByRole('button', { name: 'Run checks' }).click();
    await page.getByRole('list', { name: 'Checks' }).waitFor();
    await page.getByRole('button', { name: 'Copy report' }).waitFor({ timeout: 20_000 });
    await page.getByRole('region', { name: 'About this Baton' }).waitFor();
    await expectNoViolations('diagnostics');
  });

  it('preferences with the reset question open', async () => {
    await showArea('#/settings');
    await page.getByRole('group', { name: 'Notifications' }).waitFor();
    await page.getByRole('button', { name: 'Reset Baton…' }).click();
    await page.getByRole('alertdialog', { name: 'Reset Baton?' }).waitFor();
    await expectNoViolations('preferences-reset');
    await page.getByRole('button', { name: 'Cancel' }).click();
  });

  it('the quick-launch palette', async () => {
    await showProcesses();
    await page.keyboard.press('Control+Alt+KeyB');
    const palette = page.getByRole('dialog', { name: 'Quick launch' });
    await palette.getByRole('option').first().waitFor();
    await expectNoViolations('palette');
    await page.keyboard.press('Escape');
    await palette.waitFor({ state: 'detached' });
  });

  it('the offline banner', async () => {
    const online = await app.core.handlers['connectivity.status']({});
    await showProcesses();
    app.core.hub.emit('connectivity.changed', {
      ...online,
      state: 'offline',
      reason: 'Orchestrator cannot be reached: connection reset.',
      canRunRemotely: false,
    });
    try {
      await page.getByTestId('offline-banner').waitFor();
      await expectNoViolations('offline-banner');
    } finally {
      app.core.hub.emit('connectivity.changed', online);
    }
  });

  it('the error shown when the core cannot list processes', async () => {
    const getCatalog = app.core.handlers['catalog.get'];
    app.core.handlers['catalog.get'] = async () => {
      throw new BatonError('NETWORK_UNREACHABLE', 'Orchestrator could not be reached.', { hint: 'Check the network and try again.' });
    };
    try {
      await showArea('#/runs');
      await showArea('#/processes');
      await page.getByRole('alert').filter({ hasText: 'Orchestrator could not be reached.' }).waitFor();
      await expectNoViolations('core-error');
    } finally {
      app.core.handlers['catalog.get'] = getCatalog;
    }
  });
});

describe('motion', () => {
  /** Elements whose CSS animation or transition lasts longer than 10 ms, described for the failure message. */
  const slowMotion = () =>
    page.evaluate(() => {
      const seconds = (value: string) =>
        Math.max(...value.split(',').map((part) => parseFloat(part) * (part.trim().endsWith('ms') ? 0.001 : 1)));
      const slow: string[] = [];
      for (const element of [document.documentElement, ...document.querySelectorAll('*')]) {
        for (const pseudo of [null, '::before', '::after']) {
          const style = getComputedStyle(element, pseudo);
          const animation = style.animationName !== 'none' ? seconds(style.animationDuration) : 0;
          const transition = style.transitionProperty !== 'none' ? seconds(style.transitionDuration) : 0;
          if (animation > 0.01 || transition > 0.01)
            slow.push(
              `${element.tagName.toLowerCase()}.${element.className}${pseudo ?? ''}: animation ${animation}s, transition ${transition}s`,
            );
        }
      }
      return slow;
    });

  /** An element that animates and transitions for a second, as any future component might. */
  const addMovingProbe = () =>
    page.evaluate(() => {
      const probe = document.createElement('div');
      probe.className = 'motion-probe';
      probe.style.transition = 'opacity 1s';
      probe.style.animation = 'motion-probe 1s infinite';
      document.body.append(probe);
    });

  it('runs no animation or transition longer than 10 ms when the person asks for reduced motion', async () => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    try {
      await showProcesses();
      await addMovingProbe();
      await processList().getByRole('button', { name: /^Run / }).first().click();
      await page.getByRole('dialog').waitFor();
      expect(await slowMotion()).toEqual([]);
      await page.keyboard.press('Escape');
      await page.keyboard.press('Control+Alt+KeyB');
      await page.getByRole('dialog', { name: 'Quick launch' }).waitFor();
      expect(await slowMotion()).toEqual([]);
      await page.keyboard.press('Escape');
    } finally {
      await page.evaluate(() => document.querySelectorAll('.motion-probe').forEach((probe) => probe.remove()));
      await page.emulateMedia({ reducedMotion: null });
    }
  });

  it('leaves motion alone when reduced motion is not asked for', async () => {
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    try {
      await showProcesses();
      await addMovingProbe();
      expect(await slowMotion()).toContain('div.motion-probe: animation 1s, transition 1s');
    } finally {
      await page.evaluate(() => document.querySelectorAll('.motion-probe').forEach((probe) => probe.remove()));
      await page.emulateMedia({ reducedMotion: null });
    }
  });
});

describe('keyboard', () => {
  interface FocusStop {
    role: string | null;
    name: string;
    tag: string;
    hasVisibleFocus: boolean;
    isInView: boolean;
  }

  /** Presses Tab and describes where focus landed and whether it can be seen. */
  async function tab(): Promise<FocusStop> {
    await page.keyboard.press('Tab');
    return page.evaluate(() => {
      const element = document.activeElement as HTMLElement;
      const style = getComputedStyle(element);
      const hasOutline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
      const box = element.getBoundingClientRect();
      return {
        role: element.getAttribute('role') ?? (element.tagName === 'INPUT' ? element.getAttribute('type') : null),
        name: element.getAttribute('aria-label') ?? element.textContent?.trim().slice(0, 40) ?? '',
        tag: element.tagName.toLowerCase(),
        hasVisibleFocus: element.matches(':focus-visible') && (hasOutline || style.boxShadow !== 'none'),
        isInView: box.bottom > 0 && box.top < innerHeight && box.width > 0 && box.height > 0,
      };
    });
  }

  it('Tab reaches the search box, the list and a Run button on Processes, each with a visible focus indicator', async () => {
    await showProcesses();
    // A fresh load: Tab starts from the top of the page, as it does for a person opening Baton.
    await page.reload();
    await expect.poll(() => processList().getByRole('listitem').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    const stops: FocusStop[] = [];
    for (let count = 0; count < 40; count += 1) {
      const stop = await tab();
      stops.push(stop);
      // Favourites and Recent come first with Run buttons of their own; the one wanted is in the list, after the search box.
      const isPastSearch = stops.some((earlier) => earlier.name === 'Search processes');
      if (isPastSearch && stop.tag === 'button' && stop.name.startsWith('Run ')) break;
    }
    const names = stops.map((stop) => stop.name);
    expect(names[0]).toBe('Skip to content');
    expect(names).toContain('Search processes');
    expect(stops.some((stop) => stop.role === 'listitem')).toBe(true);
    expect(stops.at(-1)?.name).toMatch(/^Run /);
    expect(stops.filter((stop) => !stop.hasVisibleFocus || !stop.isInView)).toEqual([]);
  });

  it('every stop on Preferences shows where focus is', async () => {
    await showArea('#/settings');
    await page.getByRole('group', { name: 'Notifications' }).waitFor();
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    const stops: FocusStop[] = [];
    for (let count = 0; count < 60; count += 1) {
      const stop = await tab();
      if (stop.name === 'Reset Baton…') break;
      stops.push(stop);
    }
    expect(stops.length).toBeGreaterThan(10);
    expect(stops.filter((stop) => !stop.hasVisibleFocus)).toEqual([]);
  });
});

describe('loading', () => {
  const REGIONS = {
    header: '.app-header',
    nav: 'nav[aria-label="Main"]',
    heading: 'main h1',
    toolbar: '[role="search"]',
    list: '.processes-body',
    runs: 'section[aria-label="Runs"]',
  };

  const boxes = () =>
    page.evaluate((regions) => {
      const out: Record<string, string> = {};
      for (const [name, selector] of Object.entries(regions)) {
        const box = document.querySelector(selector)?.getBoundingClientRect();
        out[name] = box ? `${Math.round(box.x)},${Math.round(box.y)} ${Math.round(box.width)}x${Math.round(box.height)}` : 'missing';
      }
      return out;
    }, REGIONS);

  it('keeps the header, navigation, toolbar, list and runs where they are while the processes load', async () => {
    const full = await app.core.handlers['catalog.get']({});
    let release = () => {};
    catalogHold = new Promise<void>((resolve) => (release = resolve));
    const loadingCatalog: Catalog = { ...full, processes: [], folders: [], source: 'empty', isRefreshing: true, refreshedAt: null };
    const getCatalog = app.core.handlers['catalog.get'];
    try {
      await showArea('#/runs');
      await page.goto(app.url('#/processes'));
      await page.getByText('Loading processes…').waitFor();
      await page.getByRole('list', { name: 'Run history' }).waitFor();
      const whileWaiting = await boxes();

      app.core.handlers['catalog.get'] = async () => loadingCatalog;
      catalogHold = undefined;
      release();
      await showArea('#/runs');
      await page.goto(app.url('#/processes'));
      await page.getByText('Loading processes from Orchestrator…').waitFor();
      await page.getByRole('list', { name: 'Run history' }).waitFor();
      const whileListing = await boxes();
      await app.screenshot('screens/light/processes-loading.png', { page });

      app.core.hub.emit('catalog.changed', full);
      await expect.poll(() => processList().getByRole('listitem').count()).toBeGreaterThan(0);
      const loaded = await boxes();

      expect(whileWaiting).toEqual(loaded);
      expect(whileListing).toEqual(loaded);
    } finally {
      release();
      catalogHold = undefined;
      app.core.handlers['catalog.get'] = getCatalog;
    }
  });
});
