import { describe, expect, it } from 'vitest';
import { jobListFields, jobListFilter, orchestratorStatesOf, startedByOf, toJob } from '../../../src/main/jobs';
import { dialectFor } from '../../../src/main/orchestrator';

describe('who started a job', () => {
  // Rows as servers send them (orchestrator-api.md §6.2): the expected label is written by hand.
  it.each([
    [{ SourceType: 'Manual', Source: 'Manual' }, { kind: 'user' }],
    [
      { SourceType: 'Manual', Source: 'Dave Okafor' },
      { kind: 'user', name: 'Dave Okafor' },
    ],
    [
      { SourceType: 'Schedule', Source: 'Nightly accruals', StartingScheduleId: 501 },
      { kind: 'schedule', name: 'Nightly accruals' },
    ],
    // A server that says Manual but names the schedule that started it.
    [{ SourceType: 'Manual', Source: 'Schedule', StartingScheduleId: 7 }, { kind: 'schedule' }],
    [
      { SourceType: 'Queue', Source: 'Cleanup requests' },
      { kind: 'trigger', name: 'Cleanup requests' },
    ],
    [{ SourceType: 'Manual', Source: 'Manual', StartingTriggerId: '4f1c0c9e-0000-4000-8000-000000000001' }, { kind: 'trigger' }],
    [{ SourceType: 'Agent', Source: 'Agent' }, { kind: 'robot' }],
    [{ SourceType: 'Assistant', Source: 'Assistant' }, { kind: 'robot' }],
    [{ SourceType: 'SomethingNew', Source: 'SomethingNew' }, { kind: 'unknown' }],
    [{}, { kind: 'unknown' }],
  ])('%j reads as %j', (row, expected) => {
    expect(startedByOf(row)).toEqual(expected);
  });
});

describe('a job row', () => {
  const dto = { Id: 7, State: 'Terminating', ReleaseName: 'Invoice Intake', CreationTime: '2026-12-05T10:00:00Z', HostMachineName: ' ' };
  it('reads Terminating as stopping, a blank machine as none, and takes the folder it was asked in on old servers', () => {
    expect(toJob(dto, { id: 3, path: 'Finance' }, new Map())).toEqual({
      id: 7,
      folderId: 3,
      folderPath: 'Finance',
      processName: 'Invoice Intake',
      state: 'stopping',
      startedBy: { kind: 'unknown' },
      isBaton: false,
      createdAt: '2026-12-05T10:00:00.000Z',
    });
  });

  it('is Baton’s when its reference is Baton’s or Baton’s history knows it', () => {
    expect(toJob({ ...dto, Reference: 'baton-abc' }, { id: 3, path: 'Finance' }, new Map()).isBaton).toBe(true);
    expect(toJob({ ...dto, Reference: 'someone-else' }, { id: 3, path: 'Finance' }, new Map()).isBaton).toBe(false);
    expect(toJob(dto, { id: 3, path: 'Finance' }, new Map([[7, { runId: 'run-1', isStartedByBaton: true }]]))).toMatchObject({
      isBaton: true,
      runId: 'run-1',
    });
    // Followed, not started: linked to its run, still someone else's job.
    expect(toJob(dto, { id: 3, path: 'Finance' }, new Map([[7, { runId: 'run-2', isStartedByBaton: false }]]))).toMatchObject({
      isBaton: false,
      runId: 'run-2',
    });
  });
});

describe('the listing request', () => {
  it('asks each version only for the job fields it has', () => {
    expect(jobListFields(dialectFor(null, '19.10'))).not.toContain('Reference');
    expect(jobListFields(dialectFor(11.1))).toEqual(expect.arrayContaining(['Reference', 'OrganizationUnitFullyQualifiedName']));
    expect(jobListFields(dialectFor(11.1))).not.toContain('StartingTriggerId');
    expect(jobListFields(dialectFor(20))).toContain('StartingTriggerId');
  });

  it('filters states with or and time with ge, and asks for both of a state Baton shows as one', () => {
    expect(orchestratorStatesOf(['running', 'stopping'])).toEqual(['Running', 'Resumed', 'Stopping', 'Terminating']);
    expect(jobListFilter({ states: ['Running', 'Resumed'], createdAfter: new Date('2026-12-05T09:00:00Z') })).toBe(
      "(State eq 'Running' or State eq 'Resumed') and CreationTime ge 2026-12-05T09:00:00.000Z",
    );
    expect(jobListFilter({})).toBeUndefined();
  });
});
