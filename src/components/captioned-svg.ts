import {
  CAPTION_COLOUR,
  CAPTION_SIZE,
  captionLayout,
  FONT,
  LINE,
  PAD,
  TITLE_COLOUR,
  TITLE_SIZE,
} from './captioned-image';

/**
 * The SVG download: the chart as ECharts' SVG renderer draws it, with the same title above and the
 * same caption below (source, unit, period, "Exempeldata (påhittad)" when invented) as the PNG, as
 * text elements a report's editor can still read and a search can still find. Pure: the measure
 * functions come from the browser (a canvas's measureText), so a test runs it in node.
 */

/** Text as XML character data or an attribute value: `<`, `&` and quotes can never become markup. */
export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** Where the first line's baseline sits below the top of its line (the PNG draws from the top). */
const ASCENT = 0.85;

function textLines(
  lines: readonly string[],
  top: number,
  size: number,
  colour: string,
  bold: boolean,
): string {
  return lines
    .map(
      (line, i) =>
        `<text x="${PAD}" y="${round(top + i * size * LINE + size * ASCENT)}" font-size="${size}"` +
        `${bold ? ' font-weight="bold"' : ''} fill="${colour}">${escapeXml(line)}</text>`,
    )
    .join('');
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

export interface CaptionedSvgInput {
  /** The plot as an SVG document (ECharts' renderToSVGString), `plotWidth` × `plotHeight` CSS pixels. */
  readonly plot: string;
  readonly plotWidth: number;
  readonly plotHeight: number;
  readonly title: string;
  readonly caption: string;
  readonly measureTitle: (text: string) => number;
  readonly measureCaption: (text: string) => number;
}

/** One SVG document: white ground, the title, the plot, the caption — laid out as the PNG. */
export function captionedSvg(input: CaptionedSvgInput): string {
  const layout = captionLayout(
    input.plotWidth,
    input.plotHeight,
    input.title,
    input.caption,
    input.measureTitle,
    input.measureCaption,
  );
  const { width, height } = layout;
  const plot = input.plot.replace(/^\s*<\?xml[^>]*\?>\s*/, '');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" ` +
    `viewBox="0 0 ${width} ${height}" font-family="${escapeXml(FONT)}">` +
    `<title>${escapeXml(input.title)}</title>` +
    `<rect width="${width}" height="${height}" fill="#FFFFFF"/>` +
    textLines(layout.titleLines, PAD, TITLE_SIZE, TITLE_COLOUR, true) +
    `<g transform="translate(0 ${round(layout.plotTop)})">${plot}</g>` +
    textLines(layout.captionLines, layout.captionTop, CAPTION_SIZE, CAPTION_COLOUR, false) +
    `</svg>`
  );
}
