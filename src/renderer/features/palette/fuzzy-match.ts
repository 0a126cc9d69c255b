/** One thing the palette can launch, from the catalog (remote) or the robot (local). */
export interface PaletteEntry {
  /** Catalog id (remote) or robot process key (local). */
  id: string;
  name: string;
  /** Folder path (remote) or "This machine" (local). */
  context: string;
  isFavorite: boolean;
  isRunnable: boolean;
  requiredInputs: { name: string; kind: string; typeName: string; isSensitive?: boolean }[];
}

/**
 * Subsequence match with a score: consecutive characters, word starts and the name beat scattered
 * hits in the folder. Returns -1 when some character of the query is missing.
 */
export function fuzzyScore(query: string, text: string): number {
  const q = query.toLowerCase().replace(/\s+/g, '');
  if (q === '') return 0;
  const t = text.toLowerCase();
  let score = 0;
  let from = 0;
  let previous = -2;
  for (const char of q) {
    const at = t.indexOf(char, from);
    if (at === -1) return -1;
    score += 1;
    if (at === previous + 1) score += 3;
    if (at === 0 || /[\s/_.-]/.test(t[at - 1] ?? '')) score += 2;
    previous = at;
    from = at + 1;
  }
  // Shorter texts with the same hits are closer matches.
  return score - t.length / 100;
}

/** The best matches first: by name, then folder; favourites win ties; at most `limit`. */
export function rankEntries(entries: readonly PaletteEntry[], query: string, limit = 50): PaletteEntry[] {
  const scored: { entry: PaletteEntry; score: number }[] = [];
  for (const entry of entries) {
    const byName = fuzzyScore(query, entry.name);
    const byBoth = fuzzyScore(query, `${entry.name} ${entry.context}`);
    const score = Math.max(byName >= 0 ? byName + 5 : -1, byBoth);
    if (score < 0) continue;
    scored.push({ entry, score: score + (entry.isFavorite ? 1 : 0) });
  }
  scored.sort((a, b) => b.score - a.score || a.entry.name.localeCompare(b.entry.name));
  return scored.slice(0, limit).map(({ entry }) => entry);
}

/** The palette's own key: Ctrl+Alt+B (Cmd+Option+B) or Ctrl+K (Cmd+K). */
export function isPaletteShortcut(event: Pick<KeyboardEvent, 'key' | 'code' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>): boolean {
  const mod = event.ctrlKey || event.metaKey;
  if (!mod || event.shiftKey) return false;
  // Option changes `key` on macOS (Option+B is ∫); `code` names the physical key.
  if (event.altKey) return event.code === 'KeyB' || event.key.toLowerCase() === 'b';
  return event.key.toLowerCase() === 'k';
}

/** A labelled part of the palette's list; the search results are one part without a label. */
export interface PaletteSection {
  label?: 'Favourites' | 'Recent' | 'All processes';
  entries: PaletteEntry[];
}

/**
 * Before anything is typed: favourites, then the processes run most recently (`recentIds`, newest
 * first), then the rest. Once the person types, the ranked matches alone.
 */
export function paletteSections(entries: readonly PaletteEntry[], recentIds: readonly string[], query: string): PaletteSection[] {
  if (query.trim() !== '') return [{ entries: rankEntries(entries, query) }];
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  const favourites = entries.filter((entry) => entry.isFavorite).sort((a, b) => a.name.localeCompare(b.name));
  const recent = recentIds.flatMap((id) => {
    const entry = byId.get(id);
    return entry && !entry.isFavorite ? [entry] : [];
  });
  const shown = new Set([...favourites, ...recent]);
  const rest = rankEntries(
    entries.filter((entry) => !shown.has(entry)),
    '',
  );
  return (
    [
      { label: 'Favourites', entries: favourites },
      { label: 'Recent', entries: recent },
      { label: 'All processes', entries: rest },
    ] as PaletteSection[]
  ).filter((section) => section.entries.length > 0);
}
