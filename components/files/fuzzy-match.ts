export interface Match {
  path: string;
  score: number;
  /** Indexes of the matched characters in `path`, for highlighting. */
  positions: number[];
}

function scan(q: string, lower: string, start: number, nameStart: number): { score: number; positions: number[] } | null {
  const positions: number[] = [];
  let score = 0;
  let from = start;
  for (const char of q) {
    const at = lower.indexOf(char, from);
    if (at === -1) return null;
    const previous = positions.at(-1);
    if (previous !== undefined && at === previous + 1) score += 5;
    if (at === 0 || '/._- '.includes(lower.charAt(at - 1))) score += 3;
    if (at >= nameStart) score += 2;
    positions.push(at);
    from = at + 1;
  }
  return { score, positions };
}

/**
 * Scores `path` against what was typed, like an editor's quick open: every typed character must
 * appear in order. Matching within the file name is tried first; consecutive runs and matches at
 * the start of a word (after `/ . - _`) score higher. Null when it does not match.
 */
export function fuzzyMatch(query: string, path: string): Match | null {
  const q = query.toLowerCase().replace(/\s+/g, '');
  if (q === '') return { path, score: 0, positions: [] };
  const lower = path.toLowerCase();
  const nameStart = lower.lastIndexOf('/') + 1;
  const found = scan(q, lower, nameStart, nameStart) ?? scan(q, lower, 0, nameStart);
  if (!found) return null;
  // Shorter paths first among equals: `config.yaml` before `skills/x/config.yaml`.
  return { path, score: found.score - path.length / 100, positions: found.positions };
}

/** The best `limit` matches, best first. */
export function rankPaths(query: string, paths: readonly string[], limit = 50): Match[] {
  const matches: Match[] = [];
  for (const path of paths) {
    const match = fuzzyMatch(query, path);
    if (match) matches.push(match);
  }
  return matches.sort((a, b) => b.score - a.score).slice(0, limit);
}
