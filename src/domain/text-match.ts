/**
 * Text folding and fuzzy matching for names in real exports: case, diacritics,
 * punctuation and spacing differ between SCB, Kolada, Tillväxtanalys and Excel.
 */

const DIACRITICS = /[\u0300-\u036f]/g;

/** Lowercase, unify spaces, drop punctuation; letters keep their diacritics (Håbo is not Habo). */
export function normalizeName(raw: string): string {
  return raw
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\u00a0\u202f\u2009\t]/g, ' ')
    .replace(/[-_.,:;'"()/]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** As normalizeName, and strip diacritics too (å→a, ä→a, ö→o, é→e): for spellings that lost them. */
export function foldName(raw: string): string {
  return normalizeName(raw.normalize('NFD').replace(DIACRITICS, ''));
}

/** Optimal string alignment distance: Levenshtein plus adjacent transpositions. */
export function editDistance(a: string, b: string): number {
  const n = a.length;
  const m = b.length;
  if (n === 0) return m;
  if (m === 0) return n;
  let prevPrev = new Array<number>(m + 1).fill(0);
  let prev = Array.from({ length: m + 1 }, (_, j) => j);
  let cur = new Array<number>(m + 1).fill(0);
  for (let i = 1; i <= n; i++) {
    cur[0] = i;
    for (let j = 1; j <= m; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let best = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, (prevPrev[j - 2] ?? 0) + 1);
      }
      cur[j] = best;
    }
    [prevPrev, prev, cur] = [prev, cur, prevPrev];
  }
  return prev[m] ?? 0;
}

/** The candidate closest to `query`, if it is close enough to be a likely misspelling. */
export function closestMatch(query: string, candidates: readonly string[]): string | undefined {
  const folded = foldName(query);
  if (folded.length < 3) return undefined;
  const limit = Math.max(2, Math.floor(folded.length / 5));
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const d = editDistance(folded, foldName(candidate));
    if (d < bestDistance) {
      bestDistance = d;
      best = candidate;
    }
  }
  return bestDistance <= limit ? best : undefined;
}
