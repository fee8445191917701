/** How a ledger's cells are read and quoted: dates, and kronor in messages. */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[ T].*)?$/;

/** A date as yyyy-mm-dd when the text is one (a time after it is ignored). */
export function isoDate(text: string): string | undefined {
  const m = ISO_DATE.exec(text.trim());
  if (!m) return undefined;
  const [, y, mo, d] = m;
  const date = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d)));
  const ok =
    date.getUTCFullYear() === Number(y) &&
    date.getUTCMonth() === Number(mo) - 1 &&
    date.getUTCDate() === Number(d);
  return ok ? `${y}-${mo}-${d}` : undefined;
}

/** Kronor as the messages write them: "1 234 567". */
export const kronor = (n: number): string =>
  Math.round(n)
    .toLocaleString('sv-SE')
    .replace(/\u00a0/g, ' ');
