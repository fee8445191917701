/**
 * A downloaded chart carries its caption: the title above the plot, and the source, unit and period
 * (with "Exempeldata (påhittad)" when the values are invented: the caption says so) below it, drawn
 * into the image at twice the screen size, for slides and reports. A picture pasted into a report
 * never passes as statistics without saying where it comes from.
 */

/** Exported images are drawn at twice their size on screen (sharp on slides and in print). */
export const EXPORT_PIXEL_RATIO = 2;

const PAD = 16;
const TITLE_SIZE = 17;
const CAPTION_SIZE = 12;
const LINE = 1.35;
const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';

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
  const titleFont = `bold ${TITLE_SIZE}px ${FONT}`;
  const captionFont = `${CAPTION_SIZE}px ${FONT}`;
  const measureWith = (font: string) => (text: string) => {
    context.font = font;
    return context.measureText(text).width;
  };
  const layout = captionLayout(
    plot.width / ratio,
    plot.height / ratio,
    title,
    caption,
    measureWith(titleFont),
    measureWith(captionFont),
  );
  canvas.width = Math.round(layout.width * ratio);
  canvas.height = Math.round(layout.height * ratio);
  context.scale(ratio, ratio);
  context.fillStyle = '#FFFFFF';
  context.fillRect(0, 0, layout.width, layout.height);
  context.textBaseline = 'top';
  context.fillStyle = '#1A1A1A';
  context.font = titleFont;
  layout.titleLines.forEach((line, i) => context.fillText(line, PAD, PAD + i * TITLE_SIZE * LINE));
  context.drawImage(plot, 0, layout.plotTop, plot.width / ratio, plot.height / ratio);
  context.fillStyle = '#3D3D3D';
  context.font = captionFont;
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
