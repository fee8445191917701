/**
 * A downloaded chart carries its caption: the title above the plot, and the source, unit and period
 * (with "Exempeldata (påhittad)" when the values are invented: the caption says so) below it, drawn
 * into the image at twice the screen size, for slides and reports. A picture pasted into a report
 * never passes as statistics without saying where it comes from.
 */

/** Exported images are drawn at twice their size on screen (sharp on slides and in print). */
export const EXPORT_PIXEL_RATIO = 2;

/** The caption's look, shared by the PNG and the SVG download (CSS pixels). */
export const PAD = 16;
export const TITLE_SIZE = 17;
export const CAPTION_SIZE = 12;
export const LINE = 1.35;
export const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
export const TITLE_COLOUR = '#1A1A1A';
export const CAPTION_COLOUR = '#3D3D3D';
const TITLE_FONT = `bold ${TITLE_SIZE}px ${FONT}`;
const CAPTION_FONT = `${CAPTION_SIZE}px ${FONT}`;

/** A text's width in the title's and the caption's fonts, as a canvas measures it (browser only). */
export function canvasMeasures(): { title: (text: string) => number; caption: (text: string) => number } {
  const context = document.createElement('canvas').getContext('2d');
  const measureWith =
    (font: string) =>
    (text: string): number => {
      if (!context) return text.length * 0.6 * CAPTION_SIZE;
      context.font = font;
      return context.measureText(text).width;
    };
  return { title: measureWith(TITLE_FONT), caption: measureWith(CAPTION_FONT) };
}

/**
 * Breaks a text into lines no wider than `width`, by words; a word wider than a line stands alone.
 * `measure` gives a text's width (the canvas's measureText in the browser).
 */
export function wrapText(text: string, width: number, measure: (text: string) => number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(/\s+/).filter((w) => w !== '')) {
      const next = line === '' ? word : `${line} ${word}`;
      if (line !== '' && measure(next) > width) {
        lines.push(line);
        line = word;
      } else line = next;
    }
    if (line !== '') lines.push(line);
  }
  return lines;
}

/** Where the title, the plot and the caption go, in CSS pixels (multiply by the ratio to draw). */
export interface CaptionLayout {
  readonly width: number;
  readonly height: number;
  readonly titleLines: readonly string[];
  readonly plotTop: number;
  readonly captionTop: number;
  readonly captionLines: readonly string[];
}

/** The layout of a captioned image of a plot `plotWidth` × `plotHeight` (CSS pixels); pure. */
export function captionLayout(
  plotWidth: number,
  plotHeight: number,
  title: string,
  caption: string,
  measureTitle: (text: string) => number,
  measureCaption: (text: string) => number,
): CaptionLayout {
  const width = Math.max(plotWidth, 320);
  const textWidth = width - 2 * PAD;
  const titleLines = wrapText(title, textWidth, measureTitle);
  const captionLines = wrapText(caption, textWidth, measureCaption);
  const plotTop = PAD + titleLines.length * TITLE_SIZE * LINE + PAD / 2;
  const captionTop = plotTop + plotHeight + PAD / 2;
  const height = captionTop + captionLines.length * CAPTION_SIZE * LINE + PAD;
  return { width, height: Math.ceil(height), titleLines, plotTop, captionTop, captionLines };
}

/** The plot (drawn at EXPORT_PIXEL_RATIO) with its title above and its caption below, on white. */
export function captionedCanvas(plot: HTMLCanvasElement, title: string, caption: string): HTMLCanvasElement {
  const ratio = EXPORT_PIXEL_RATIO;
  const canvas = document.createElement('canvas');
  const context = canvas.getContext('2d');
  if (!context) return plot;
  const measureWith = (font: string) => (text: string) => {
    context.font = font;
    return context.measureText(text).width;
  };
  const layout = captionLayout(
    plot.width / ratio,
    plot.height / ratio,
    title,
    caption,
    measureWith(TITLE_FONT),
    measureWith(CAPTION_FONT),
  );
  canvas.width = Math.round(layout.width * ratio);
  canvas.height = Math.round(layout.height * ratio);
  context.scale(ratio, ratio);
  context.fillStyle = '#FFFFFF';
  context.fillRect(0, 0, layout.width, layout.height);
  context.textBaseline = 'top';
  context.fillStyle = TITLE_COLOUR;
  context.font = TITLE_FONT;
  layout.titleLines.forEach((line, i) => context.fillText(line, PAD, PAD + i * TITLE_SIZE * LINE));
  context.drawImage(plot, 0, layout.plotTop, plot.width / ratio, plot.height / ratio);
  context.fillStyle = CAPTION_COLOUR;
  context.font = CAPTION_FONT;
  layout.captionLines.forEach((line, i) =>
    context.fillText(line, PAD, layout.captionTop + i * CAPTION_SIZE * LINE),
  );
  return canvas;
}

/** A canvas as a PNG blob. */
export function canvasToPng(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG could not be made'))), 'image/png'),
  );
}
