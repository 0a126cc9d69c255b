export { CommandPalette } from './command-palette';
export { PaletteOverlay, PaletteWindow } from './palette-overlay';
export { fuzzyScore, isPaletteShortcut, rankEntries, type PaletteEntry } from './fuzzy-match';
