import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { createCore } from '../../src/main/compose';
import type { Platform } from '../../src/main/platform';
import { createMemoryPlatform, createMemorySettings, createRecordingLogger } from '../../src/main/platform/memory';
import { startWebHost, type WebHost } from '../../src/main/web';
import { startSandbox, type Sandbox, type SandboxOptions } from '../../src/sandbox';
import { launchChromium } from './chromium';
import { ensureRendererBuilt, PROJECT_ROOT, RENDERER_DIR } from './renderer-build';

export { PROJECT_ROOT, RENDERER_DIR } from './renderer-build';
export const RESULTS_DIR = join(PROJECT_ROOT, 'test-results');

export type WebCore = ReturnType<typeof createCore>;
type SandboxOf<S> = S extends SandboxOptions ? Sandbox : undefined;

export interface WebAppOptions<S extends SandboxOptions | undefined> {
  /** Starts the sandbox first, with these options; it is closed with the app. */
  sandbox?: S;
  /** Pieces of the core's platform, over an in-memory one with `host: 'web'`. */
  platform?: Partial<Platform> | ((sandbox: SandboxOf<S>) => Partial<Platform>);
  /** What the core reports as its version (default 0.0.0-e2e). */
  version?: string;
  /** Runs once the core exists, before the web host serves it: profiles, sign-in, stubbed handlers. */
  prepare?: (core: WebCore, sandbox: SandboxOf<S>) => unknown;
}

export interface WebApp<S extends SandboxOptions | undefined = undefined> {
  sandbox: SandboxOf<S>;
  platform: Platform;
  core: WebCore;
  /** Replaceable, for a test that restarts the host; `close()` closes whichever is current. */
  host: WebHost;
  context: BrowserContext;
  /** The page `openPage` opened last, until `closePage()`. */
  page: Page | undefined;
  /** Console errors and uncaught errors of that page (CSP violations land here too). */
  pageProblems: string[];
  /** `host.url` followed by `suffix` (e.g. `#/processes`). */
  url(suffix?: string): string;
  /** Opens a new page on `host.url` + `suffix`, or on `target` when it is an absolute URL. */
  openPage(target?: string): Promise<Page>;
  closePage(): Promise<void>;
  /** Saves a screenshot under test-results/ (`name` may hold a subfolder) and returns its path. */
  screenshot(name: string, options?: { fullPage?: boolean; page?: Page }): Promise<string>;
  close(): Promise<void>;
}

/**
 * The web host end to end: the renderer built if stale, optionally the sandbox, a real core on
 * an in-memory platform, the web host serving both, and headless Chromium to look at it.
 */
export async function startWebApp<S extends SandboxOptions | undefined = undefined>(options: WebAppOptions<S> = {}): Promise<WebApp<S>> {
  const stops: (() => Promise<unknown>)[] = [];
  const stopAll = async () => {
    for (const stop of stops.splice(0).reverse()) await stop();
  };
  try {
    await ensureRendererBuilt();
    await mkdir(RESULTS_DIR, { recursive: true });
    const sandbox = (options.sandbox ? await startSandbox(options.sandbox) : undefined) as SandboxOf<S>;
    if (sandbox) stops.push(() => sandbox.close());
    const pieces = typeof options.platform === 'function' ? options.platform(sandbox) : options.platform;
    const platform = createMemoryPlatform({ host: 'web', ...pieces });
    const core = createCore({ platform, version: options.version ?? '0.0.0-e2e' });
    stops.push(() => core.dispose());
    await options.prepare?.(core, sandbox);
    const app: WebApp<S> = {
      sandbox,
      platform,
      core,
      host: await startWebHost({ core, rendererDir: RENDERER_DIR, logger: createRecordingLogger() }),
      context: undefined as unknown as BrowserContext,
      page: undefined,
      pageProblems: [],
      url: (suffix = '') => `${app.host.url}${suffix}`,
      async openPage(target = '') {
        const page = await app.context.newPage();
        app.page = page;
        const problems: string[] = [];
        app.pageProblems = problems;
        page.on('console', (message) => {
          if (message.type() === 'error') problems.push(message.text());
        });
        page.on('pageerror', (error) => problems.push(error.message));
        await page.goto(/^https?:/.test(target) ? target : app.url(target));
        return page;
      },
      async closePage() {
        await app.page?.close();
        app.page = undefined;
      },
      async screenshot(name, { fullPage, page = app.page } = {}) {
        if (!page) throw new Error('No page to take a screenshot of: open one first.');
        const path = join(RESULTS_DIR, name);
        await page.screenshot({ path, fullPage });
        return path;
      },
      close: stopAll,
    };
    stops.push(() => app.host.close());
    const browser = await launchChromium();
    stops.push(() => browser.close());
    app.context = browser.context;
    return app;
  } catch (error) {
    await stopAll();
    throw error;
  }
}

/** An app started with `sandbox` options, whose `sandbox` is therefore there. */
export type WebAppWithSandbox = WebApp<SandboxOptions>;

/** Fresh settings that point the core's robot client at the sandbox's robot bridge. */
export function settingsWithSandboxRobot(sandbox: Sandbox): Platform['settings'] {
  const settings = createMemorySettings();
  settings.set('robot.url', sandbox.robotBridgeUrl);
  return settings;
}
