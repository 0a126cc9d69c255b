import { describe, expect, it } from 'vitest';
import { createMemorySettings } from '../../../src/main/platform/memory';
import { createRunHistory } from '../../../src/main/runs/run-history';
import type { RemoteRun } from '../../../src/shared/contract/runs';
import { remoteRun } from '../../support/runs';

const SECRET = 'hunter2-do-not-keep';
const run = (extra: Partial<RemoteRun> = {}): RemoteRun =>
  remoteRun({ processId: '1:hello', inputArguments: { in_Name: 'Ada', in_ApiKey: SECRET }, sensitiveArguments: ['in_ApiKey'], ...extra });

// Catches: sensitive input values kept in plain text in settings.json and in memory.
describe('run history and sensitive inputs', () => {
  it('keeps and writes a run without the values of its sensitive inputs, and says which were left out', () => {
    const settings = createMemorySettings();
    const history = createRunHistory(settings);
    const kept = history.put(run());
    expect(kept.inputArguments).toEqual({ in_Name: 'Ada' });
    expect(kept.sensitiveArguments).toEqual(['in_ApiKey']);
    expect(history.get('r1')).toEqual(kept);
    expect(JSON.stringify(settings.get('runs.history'))).not.toContain(SECRET);
  });

  it('drops them when reading a history file written before they were withheld', () => {
    const settings = createMemorySettings();
    settings.set('runs.history', { p1: [run()] });
    expect(JSON.stringify(createRunHistory(settings).all())).not.toContain(SECRET);
  });

  it('keeps every input of a run with none marked sensitive', () => {
    const history = createRunHistory(createMemorySettings());
    expect(history.put(run({ sensitiveArguments: undefined })).inputArguments).toEqual({ in_Name: 'Ada', in_ApiKey: SECRET });
  });
});
