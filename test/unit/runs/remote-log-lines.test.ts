import { describe, expect, it } from 'vitest';
import { applyJob } from '../../../src/main/runs';
import { toRemoteLogLine } from '../../../src/main/runs/remote-logs';
import { remoteRun } from '../../support/runs';

describe('a robot log row as a run log line', () => {
  it('reads the level by name or by number, Fatal and Debug folded into error and trace', () => {
    const level = (Level: string) => toRemoteLogLine({ Level, TimeStamp: '2026-01-01T10:00:00Z', Message: 'm' }).level;
    expect(['Trace', 'Debug', 'Info', 'Warn', 'Error', 'Fatal'].map(level)).toEqual(['trace', 'trace', 'info', 'warn', 'error', 'error']);
    expect(['0', '2', '3', '5'].map(level)).toEqual(['trace', 'info', 'warn', 'error']);
  });

  it('marks a Report Status line from the robot’s JSON line, and nothing else', () => {
    const raw = (logType: string) => JSON.stringify({ message: 'Reading', logType });
    expect(
      toRemoteLogLine({ Level: 'Info', TimeStamp: '2026-01-01T10:00:00Z', Message: 'Reading', RawMessage: raw('ReportStatus') }),
    ).toMatchObject({ isReportStatus: true });
    const user = toRemoteLogLine({
      Level: 'Info',
      TimeStamp: '2026-01-01T10:00:00Z',
      Message: 'ReportStatus done',
      RawMessage: raw('User'),
    });
    expect(user.isReportStatus).toBeUndefined();
    const broken = toRemoteLogLine({ Level: 'Info', TimeStamp: '2026-01-01T10:00:00Z', Message: 'x', RawMessage: '{ReportStatus' });
    expect(broken.isReportStatus).toBeUndefined();
  });

  it('keeps the server’s time as an ISO time and shortens a huge message', () => {
    const line = toRemoteLogLine({ Level: 'Info', TimeStamp: '2026-01-01T10:00:00.1234567Z', Message: 'x'.repeat(10_000) });
    expect(line.at).toBe('2026-01-01T10:00:00.123Z');
    expect(line.message.length).toBeLessThan(4_100);
  });
});

describe('a job that suspends, as a run', () => {
  const run = remoteRun({ id: 'r', profileId: 'p', processName: 'Invoice Approval', createdAt: '2026-01-01T10:00:00.000Z' });

  it('is suspended with what it waits for, and running without it once resumed', () => {
    const suspended = applyJob(run, { Id: 1, State: 'Suspended', Info: 'Waiting for a task' });
    expect(suspended).toMatchObject({ state: 'suspended', info: 'Waiting for a task' });
    const resumed = applyJob(suspended, { Id: 1, State: 'Resumed', Info: null });
    expect(resumed.state).toBe('running');
    expect(resumed.info).toBeUndefined();
  });
});
