import { describe, expect, it } from 'vitest';
import { fuzzyScore, isPaletteShortcut, rankEntries, type PaletteEntry } from '../../../../src/renderer/features/palette/fuzzy-match';

const entry = (name: string, context = 'Shared', isFavorite = false): PaletteEntry => ({
  id: `${context}:${name}`,
  name,
  context,
  isFavorite,
  isRunnable: true,
  requiredInputs: [],
});

describe('the palette matcher', () => {
  it('matches a subsequence and refuses a missing letter', () => {
    expect(fuzzyScore('inv', 'Invoice Processing')).toBeGreaterThan(0);
    expect(fuzzyScore('invz', 'Invoice Processing')).toBe(-1);
  });

  it('ranks word starts in the name above scattered hits', () => {
    const ranked = rankEntries([entry('Daily Invoice Sync'), entry('Invoice Processing'), entry('Payroll', 'Finance/Invoices')], 'invp');
    expect(ranked[0]?.name).toBe('Invoice Processing');
  });

  it('finds a process by its folder too', () => {
    expect(rankEntries([entry('Payroll', 'HR'), entry('Sync', 'Finance')], 'fin').map((e) => e.name)).toEqual(['Sync']);
  });

  it('opens on Ctrl+Alt+B, Cmd+Option+B (by key code) and Ctrl+K, not on plain keys', () => {
    const key = (key: string, mods: Partial<KeyboardEvent> = {}) => ({
      key,
      code: `Key${key.toUpperCase()}`,
      ctrlKey: false,
      metaKey: false,
      altKey: false,
      shiftKey: false,
      ...mods,
    });
    expect(isPaletteShortcut(key('b', { ctrlKey: true, altKey: true }))).toBe(true);
    expect(isPaletteShortcut({ ...key('∫', { metaKey: true, altKey: true }), code: 'KeyB' })).toBe(true);
    expect(isPaletteShortcut(key('k', { ctrlKey: true }))).toBe(true);
    expect(isPaletteShortcut(key('k'))).toBe(false);
  });
});
