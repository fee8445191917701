/** Writing numbers and files the Swedish statistics way, independent of the machine's locale. */

/** The value rounded to `decimals`, as the file will show it. */
export function roundTo(value: number, decimals: number): number {
  const rounded = Number(value.toFixed(decimals));
  return rounded === 0 ? 0 : rounded;
}

/** `1234,5`: decimal comma, no thousands separator, a minus sign for negatives, never `-0`. */
export function formatNumber(value: number, decimals: number): string {
  return roundTo(value, decimals).toFixed(decimals).replace('.', ',');
}

/** The nearest multiple of `step`, cleaned of floating-point residue. */
export function roundToStep(value: number, step: number, decimals: number): number {
  return roundTo(Math.round(value / step) * step, decimals);
}

/** Semicolon-separated lines with a final LF. Cells never contain `;`, quotes or line breaks. */
export function csv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const lines = [header, ...rows].map((cells) => {
    for (const cell of cells) {
      if (/[;"\r\n]/.test(cell)) throw new Error(`Cell needs quoting: ${JSON.stringify(cell)}`);
    }
    return cells.join(';');
  });
  return `${lines.join('\n')}\n`;
}
