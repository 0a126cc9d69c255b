import { describe, expect, it } from 'vitest';
import { watchRendererCrashes, type CrashChoice } from '../../../../src/main/electron/windows/renderer-crash';
import { FakeWebContents } from '../../../support/fake-electron';

const settle = () => new Promise((resolve) => setImmediate(resolve));

function watched(answer: CrashChoice = 'reload') {
  const contents = new FakeWebContents(1);
  const asked: { title: string; detail: string }[] = [];
  let quits = 0;
  const unwatch = watchRendererCrashes({
    contents: contents as never,
    explain: async (problem) => (asked.push(problem), answer),
    quit: () => void quits++,
  });
  return { contents, asked, quits: () => quits, unwatch };
}

// Catches: no render-process-gone handler, so a crashed renderer left a blank window.
describe('a window whose page stops', () => {
  it('reloads the page the first time without asking', async () => {
    const w = watched();
    w.contents.crash({ reason: 'crashed', exitCode: 139 });
    await settle();
    expect(w.contents.reloads).toBe(1);
    expect(w.asked).toEqual([]);
  });

  it('says what happened the second time and reloads only if the person asks', async () => {
    const w = watched('reload');
    w.contents.crash({ reason: 'crashed', exitCode: 139 });
    w.contents.crash({ reason: 'oom', exitCode: 0 });
    await settle();
    expect(w.asked).toEqual([
      { title: 'Baton’s window stopped working', detail: expect.stringContaining('ran out of memory again after Baton reloaded it once') },
    ]);
    expect(w.contents.reloads).toBe(2);
  });

  it('quits when the person chooses Quit', async () => {
    const w = watched('quit');
    w.contents.crash();
    w.contents.crash({ reason: 'killed', exitCode: 9 });
    await settle();
    expect(w.asked[0]?.detail).toContain('was ended by the system (exit code 9)');
    expect(w.contents.reloads).toBe(1);
    expect(w.quits()).toBe(1);
  });

  it('does nothing for a window already destroyed, or once unwatched', async () => {
    const w = watched();
    w.unwatch();
    w.contents.crash();
    const gone = watched();
    gone.contents.destroy();
    gone.contents.crash();
    await settle();
    expect(w.contents.reloads + gone.contents.reloads).toBe(0);
  });
});
