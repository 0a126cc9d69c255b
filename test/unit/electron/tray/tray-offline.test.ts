import { describe, expect, it } from 'vitest';
import { buildTrayMenu } from '../../../../src/main/electron/tray/tray-menu';
import { bannerText } from '../../../../src/shared/connectivity-text';

describe('the tray while Orchestrator is unreachable', () => {
  it('says since when it is offline and how old the processes are, in the tooltip and the menu', () => {
    const line = bannerText({
      profileId: 'p1',
      state: 'offline',
      since: '2026-01-01T10:42:00',
      catalogRefreshedAt: '2026-01-01T10:40:00',
      catalogAgeMs: 120_000,
      canRunRemotely: false,
    });
    const view = buildTrayMenu({ session: 'signed-in', activeRuns: 0, needsAttention: false, connectivityLine: line });
    expect(line).toMatch(/^Offline since .*10.42.* — showing processes from .*10.40/);
    expect(view.tooltip).toContain(line);
    expect(view.items.some((item) => item.kind === 'status' && item.label === line)).toBe(true);
  });

  it('keeps the plain tooltip while online', () => {
    const view = buildTrayMenu({ session: 'signed-in', activeRuns: 0, needsAttention: false, connectivityLine: bannerText(undefined) });
    expect(view.tooltip).toBe('Baton: Signed in');
  });
});
