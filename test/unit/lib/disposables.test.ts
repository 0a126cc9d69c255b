import { describe, expect, it } from 'vitest';
import { createDisposables, createEmitter } from '../../../src/main/lib';

describe('disposables', () => {
  it('undoes newest first, and one part that fails does not keep the others from being undone', async () => {
    const undone: string[] = [];
    const errors: unknown[] = [];
    const disposables = createDisposables((error) => errors.push(error));
    disposables.add(() => undone.push('server'));
    disposables.add({
      dispose: () => {
        throw new Error('tray gone');
      },
    });
    disposables.add(async () => undone.push('listener'));
    await disposables.dispose();
    expect(undone).toEqual(['listener', 'server']);
    expect(errors).toEqual([new Error('tray gone')]);
  });

  it('undoes each part once, however often dispose is called, and at once what is added afterwards', async () => {
    const undone: string[] = [];
    const disposables = createDisposables();
    disposables.add(() => undone.push('first'));
    await Promise.all([disposables.dispose(), disposables.dispose()]);
    expect(disposables.isDisposed).toBe(true);
    disposables.add(() => undone.push('late'));
    await disposables.dispose();
    expect(undone).toEqual(['first', 'late']);
  });
});

describe('emitter', () => {
  it('reaches every listener even when one throws, and counts listeners so leaks show', () => {
    const errors: unknown[] = [];
    const emitter = createEmitter<number>((error) => errors.push(error));
    const heard: number[] = [];
    const stopFirst = emitter.on(() => {
      throw new Error('broken listener');
    });
    const stopSecond = emitter.on((value) => heard.push(value));
    emitter.emit(1);
    expect(heard).toEqual([1]);
    expect(errors).toHaveLength(1);
    expect(emitter.size).toBe(2);
    stopFirst();
    stopSecond();
    stopSecond();
    emitter.emit(2);
    expect(heard).toEqual([1]);
    expect(emitter.size).toBe(0);
  });

  it('treats the same function subscribed twice as two subscriptions', () => {
    const emitter = createEmitter<string>();
    const heard: string[] = [];
    const listener = (value: string) => heard.push(value);
    const stop = emitter.on(listener);
    emitter.on(listener);
    emitter.emit('a');
    stop();
    emitter.emit('b');
    expect(heard).toEqual(['a', 'a', 'b']);
  });
});
