import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, onTestFinished } from 'vitest';
import { createFileSettings } from '../../src/main/platform/files';
import { createRecordingLogger } from '../../src/main/platform/memory';
import { createFigures } from './support/figures';

const figures = createFigures('settings-faults');
afterAll(() => figures.flush());
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'baton-reliability-settings-'));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
};

describe('the settings file under faults', () => {
  it('sets a corrupted file aside, reports it, and starts with defaults', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'settings.json'), '{"profiles": [ {"name": "Prod", ');
    const logger = createRecordingLogger();
    figures.add('faults');
    const settings = createFileSettings({ dir, logger, now: () => Date.parse('2026-01-01T00:00:00Z') });
    expect(settings.get('profiles')).toBeUndefined();
    const backup = readdirSync(dir).find((name) => name.startsWith('settings.json.corrupt-'));
    expect(backup).toBeDefined();
    expect(readFileSync(join(dir, backup!), 'utf8')).toBe('{"profiles": [ {"name": "Prod", ');
    expect(logger.lines).toContainEqual(expect.objectContaining({ level: 'warn', message: expect.stringContaining(join(dir, backup!)) }));
    settings.set('theme', 'dark');
    expect(JSON.parse(readFileSync(join(dir, 'settings.json'), 'utf8'))).toEqual({ theme: 'dark' });
  });

  it('never leaves a half-written settings file when the app is killed in the middle of writes', async () => {
    const dir = tempDir();
    for (let kill = 0; kill < 5; kill += 1) {
      const child = spawn(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'fixtures', 'settings-writer.ts'), dir], {
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      // Kill it after a different number of finished writes each time, while the next write is under way.
      await new Promise<void>((resolve) => {
        let lines = 0;
        child.stdout.on('data', (chunk: Buffer) => {
          lines += chunk.toString().split('\n').length - 1;
          if (lines > kill * 3 + 1 && child.exitCode === null && !child.killed) {
            child.kill('SIGKILL');
            resolve();
          }
        });
      });
      await new Promise((resolve) => child.once('exit', resolve));
      figures.add('faults');
      const text = readFileSync(join(dir, 'settings.json'), 'utf8');
      expect(() => JSON.parse(text)).not.toThrow();
      expect((JSON.parse(text) as { 'runs.history': { p1: unknown[] } })['runs.history'].p1).toHaveLength(400);
      const settings = createFileSettings({ dir, logger: createRecordingLogger() });
      expect(settings.get('runs.history')).toBeDefined();
    }
    expect(readdirSync(dir).filter((name) => name.includes('corrupt'))).toEqual([]);
  });
});
