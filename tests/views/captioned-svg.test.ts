import { describe, expect, it } from 'vitest';
import { captionedSvg, escapeXml } from '../../src/components/captioned-svg';

const measure = (text: string): number => text.length * 7;
const PLOT = '<svg width="400" height="200" xmlns="http://www.w3.org/2000/svg"><path d="M0 0L10 10"/></svg>';

function texts(svg: string): string[] {
  return [...svg.matchAll(/<text\b[^>]*>([^<]*)<\/text>/g)].map((m) => m[1] ?? '');
}

describe('the captioned SVG download', () => {
  it('escapes markup characters in text and attributes', () => {
    expect(escapeXml(`a < b & c > "d" 'e'`)).toBe('a &lt; b &amp; c &gt; &quot;d&quot; &apos;e&apos;');
  });

  it('puts the title above and the caption below the plot, as escaped text elements', () => {
    const svg = captionedSvg({
      plot: `<?xml version="1.0"?>${PLOT}`,
      plotWidth: 400,
      plotHeight: 200,
      title: 'FoU <&> andel',
      caption: 'Källa: Exempeldata (påhittad) & SCB. Enhet: %. Period: 2020–2024.',
      measureTitle: measure,
      measureCaption: measure,
    });
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg).not.toContain('<?xml');
    expect(svg).not.toContain('<&>');
    const lines = texts(svg);
    expect(lines[0]).toBe('FoU &lt;&amp;&gt; andel');
    expect(lines.slice(1).join(' ')).toBe(
      'Källa: Exempeldata (påhittad) &amp; SCB. Enhet: %. Period: 2020–2024.',
    );
    expect(svg).toContain('<title>FoU &lt;&amp;&gt; andel</title>');
    // The plot sits between them, moved below the title.
    const plotAt = svg.indexOf(PLOT);
    expect(plotAt).toBeGreaterThan(svg.indexOf('FoU'));
    expect(plotAt).toBeLessThan(svg.indexOf('Källa'));
    const shift = Number(/<g transform="translate\(0 ([\d.]+)\)">/.exec(svg)?.[1]);
    expect(shift).toBeGreaterThan(16);
    // The caption's baselines are below the plot; the document is as wide as the plot.
    const captionY = Number(/<text x="16" y="([\d.]+)" font-size="12"/.exec(svg)?.[1]);
    expect(captionY).toBeGreaterThan(shift + 200);
    expect(svg).toMatch(/^<svg [^>]*width="400" /);
  });

  it('wraps a long caption into lines no wider than the image', () => {
    const caption = Array.from({ length: 40 }, (_, i) => `ord${i}`).join(' ');
    const svg = captionedSvg({
      plot: PLOT,
      plotWidth: 400,
      plotHeight: 200,
      title: 'T',
      caption,
      measureTitle: measure,
      measureCaption: measure,
    });
    const lines = texts(svg).slice(1);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe(caption);
    for (const line of lines) expect(measure(line)).toBeLessThanOrEqual(400 - 32);
  });
});
