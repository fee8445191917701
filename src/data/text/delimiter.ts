/** Delimiters a header line may use, in order of preference on a tie. */
const CANDIDATES = [';', '\t', ','] as const;
export type Delimiter = (typeof CANDIDATES)[number];

/**
 * Picks the delimiter from the header line: the candidate that occurs most often outside quotes.
 * Undefined when the line holds none of them (a single column, or a title line).
 */
export function detectDelimiter(headerLine: string): Delimiter | undefined {
  const counts = new Map<Delimiter, number>(CANDIDATES.map((c) => [c, 0]));
  let quoted = false;
  for (const ch of headerLine) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === ';' || ch === '\t' || ch === ',')) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  }
  let best: Delimiter | undefined;
  let bestCount = 0;
  for (const c of CANDIDATES) {
    const n = counts.get(c) ?? 0;
    if (n > bestCount) {
      best = c;
      bestCount = n;
    }
  }
  return best;
}

/** The first line of the text (up to CR or LF outside quotes), for delimiter detection. */
export function firstLine(text: string): string | undefined {
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) return text.slice(0, i);
  }
  return undefined;
}

/** Swedish Excel writes `;` with decimal comma; `,`-separated files use a decimal point. */
export function decimalHintFor(delimiter: Delimiter | undefined): ',' | '.' | undefined {
  if (delimiter === ';') return ',';
  if (delimiter === ',') return '.';
  return undefined;
}

export function delimiterName(delimiter: string | undefined): string {
  if (delimiter === '\t') return 'tab';
  return delimiter ?? '';
}
