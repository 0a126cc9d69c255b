import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createFileSettings } from '../../src/main/platform/files';
import { createRecordingLogger } from '../../src/main/platform/memory';
import { createRunHistory } from '../../src/main/runs';

// A settings.json as Baton wrote it before runs kept their folder id: it must still load, whole.
const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function oldHome(): string {
  const dir = mkdtempSync(join(tmpdir(), 'baton-old-history-'));
  dirs.push(dir);
  cpSync(join(import.meta.dirname, 'fixtures', 'history-0.x', 'settings.json'), join(dir, 'settings.json'));
  return dir;
}

describe('a run history written by an earlier Baton', () => {
  it('loads every run, remote and local, with the remote runs’ folders read from their process ids', () => {
    const logger = createRecordingLogger();
    const history = createRunHistory(createFileSettings({ dir: oldHome(), logger }), undefined, logger);
    const runs = history.all();
    expect(runs.map((r) => r.processName)).toEqual(['Hello World', 'Long Wait Demo', 'Greet']);
    expect(runs[0]).toMatchObject({ state: 'successful', folderId: 1, jobId: 38967597, outputArguments: { out_Greeting: 'Hello, Ada!' } });
    expect(runs[1]).toMatchObject({ state: 'running', folderId: 12 });
    expect(runs[2]).toMatchObject({ target: 'local', processKey: 'greet', jobId: 'b1' });
    expect(runs[2]).not.toHaveProperty('folderId');
    expect(runs[2]).not.toHaveProperty('processId');
  });

  it('writes the new shape back when a run changes, and reads it again the same', () => {
    const dir = oldHome();
    const logger = createRecordingLogger();
    const first = createRunHistory(createFileSettings({ dir, logger }), undefined, logger);
    first.put({ ...first.get('7d3f2a10-0000-4000-8000-000000000002')!, state: 'successful' });
    const again = createRunHistory(createFileSettings({ dir, logger }), undefined, logger);
    expect(again.get('7d3f2a10-0000-4000-8000-000000000002')).toMatchObject({ state: 'successful', folderId: 12 });
    expect(again.all()).toHaveLength(3);
  });
});
