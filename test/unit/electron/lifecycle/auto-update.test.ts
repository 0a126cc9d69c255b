import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import {
  CHECK_INTERVAL_MS,
  FIRST_CHECK_DELAY_MS,
  startAutoUpdate,
  type UpdaterApi,
} from '../../../../src/main/electron/lifecycle/auto-update';
import type { Clock } from '../../../../src/main/platform';
import { createRecordingLogger } from '../../../../src/main/platform/memory';

class FakeUpdater extends EventEmitter {
  autoDownload = false;
  autoInstallOnAppQuit = false;
  logger: UpdaterApi['logger'] = null;
  feeds: unknown[] = [];
  checks = 0;
  installs: unknown[][] = [];
  failNextCheck = false;
  setFeedURL(options: unknown) {
    this.feeds.push(options);
  }
  checkForUpdates() {
    this.checks++;
    if (this.failNextCheck) return Promise.reject(new Error('net::ERR_NAME_NOT_RESOLVED'));
    return Promise.resolve(null);
  }
  quitAndInstall(...args: unknown[]) {
    this.installs.push(args);
  }
}

function harness(options: { isPackaged?: boolean; policy?: { enabled: boolean; feedUrl?: string }; loadFails?: boolean } = {}) {
  const updater = new FakeUpdater();
  let now = 0;
  const timers = new Set<{ at: number; run: () => void }>();
  const clock: Clock = {
    now: () => now,
    setTimeout(run, ms) {
      const timer = { at: now + ms, run };
      timers.add(timer);
      return () => void timers.delete(timer);
    },
  };
  const advance = async (ms: number) => {
    now += ms;
    for (const timer of [...timers]) {
      if (timer.at > now) continue;
      timers.delete(timer);
      timer.run();
    }
    await Promise.resolve();
  };
  const logger = createRecordingLogger();
  const events: string[] = [];
  let loads = 0;
  const update = startAutoUpdate({
    loadUpdater: async () => {
      loads++;
      if (options.loadFails) throw new Error('Cannot find module electron-updater');
      return updater as unknown as UpdaterApi;
    },
    isPackaged: options.isPackaged ?? true,
    policy: options.policy ?? { enabled: true },
    clock,
    logger,
    onUpdateReady: (version) => events.push(`ready ${version}`),
    beforeInstall: () => events.push('before-install'),
  });
  const settle = () => new Promise((resolve) => setImmediate(resolve));
  return { update, updater, advance, logger, events, timers, settle, loads: () => loads };
}

describe('auto-update', () => {
  it('does nothing at all in a development build', async () => {
    const { update, settle, loads, timers } = harness({ isPackaged: false });
    await settle();
    expect(update.isActive).toBe(false);
    expect(loads()).toBe(0);
    expect(timers.size).toBe(0);
  });

  it('does nothing when the administrator policy turned updates off', async () => {
    const { update, settle, loads, logger } = harness({ policy: { enabled: false } });
    await settle();
    expect(update.isActive).toBe(false);
    expect(loads()).toBe(0);
    expect(logger.lines.some((line) => line.message.includes('administrator'))).toBe(true);
  });

  it('downloads in the background and installs on quit, checking after a delay and then periodically', async () => {
    const { updater, advance, settle } = harness();
    await settle();
    expect(updater).toMatchObject({ autoDownload: true, autoInstallOnAppQuit: true, feeds: [], checks: 0 });
    await advance(FIRST_CHECK_DELAY_MS);
    expect(updater.checks).toBe(1);
    await advance(CHECK_INTERVAL_MS);
    expect(updater.checks).toBe(2);
  });

  it("uses the policy's feed instead of the built-in one", async () => {
    const { updater, settle } = harness({ policy: { enabled: true, feedUrl: 'https://updates.corp.example/baton' } });
    await settle();
    expect(updater.feeds).toEqual([{ provider: 'generic', url: 'https://updates.corp.example/baton' }]);
  });

  it('logs a failed check and an updater error without throwing, and keeps checking', async () => {
    const { updater, advance, settle, logger } = harness();
    await settle();
    updater.failNextCheck = true;
    await advance(FIRST_CHECK_DELAY_MS);
    await settle();
    updater.emit('error', new Error('sha512 checksum mismatch'));
    expect(logger.lines.filter((line) => line.level === 'warn')).toHaveLength(2);
    updater.failNextCheck = false;
    await advance(CHECK_INTERVAL_MS);
    expect(updater.checks).toBe(2);
  });

  it('logs an updater that cannot load and stays out of the way', async () => {
    const { update, settle, logger } = harness({ loadFails: true });
    await settle();
    expect(() => update.installNow()).not.toThrow();
    expect(logger.lines.some((line) => line.level === 'warn' && line.message.includes('without updates'))).toBe(true);
  });

  it('announces a downloaded update, installs it when the person chooses, and stops checking meanwhile', async () => {
    const { update, updater, advance, settle, events } = harness();
    await settle();
    update.installNow();
    expect(updater.installs).toEqual([]);
    updater.emit('update-downloaded', { version: '1.2.0' });
    expect(events).toEqual(['ready 1.2.0']);
    await advance(FIRST_CHECK_DELAY_MS);
    expect(updater.checks).toBe(0);
    update.installNow();
    expect(events).toEqual(['ready 1.2.0', 'before-install']);
    expect(updater.installs).toEqual([[false, true]]);
  });

  it('routes the updater’s own messages through Baton’s logger and stops its timer on dispose', async () => {
    const { update, updater, settle, logger, timers } = harness();
    await settle();
    updater.logger?.warn('Cannot reach https://updates.example/latest.yml');
    expect(logger.lines.at(-1)).toMatchObject({ level: 'warn', message: 'Cannot reach https://updates.example/latest.yml' });
    update.dispose();
    expect(timers.size).toBe(0);
    expect(updater.listenerCount('error')).toBe(1);
  });
});
