import { describe, expect, it } from 'vitest';
import { captionLayout, wrapText } from '../../src/components/captioned-image';

/** A monospace measure: every character 7 px. */
const mono = (text: string): number => text.length * 7;

describe('a downloaded chart carries its caption', () => {
  it('breaks text by words into lines no wider than the width; a long word stands alone', () => {
    expect(wrapText('Källa: Exempeldata (påhittad), förebild: SCB', 140, mono)).toEqual([
      'Källa: Exempeldata',
      '(påhittad),',
      'förebild: SCB',
    ]);
    for (const line of wrapText('ett två tre fyra fem sex sju åtta nio tio', 70, mono))
      expect(mono(line)).toBeLessThanOrEqual(70);
    expect(wrapText('Riksgenomsnittsberäkningen x', 70, mono)).toEqual(['Riksgenomsnittsberäkningen', 'x']);
    expect(wrapText('rad ett\nrad två', 1000, mono)).toEqual(['rad ett', 'rad två']);
    expect(wrapText('', 100, mono)).toEqual([]);
  });

  it('puts the title above the plot and every caption line below it, inside the image', () => {
    const caption =
      'Källa: Exempeldata (påhittad), förebild: Tillväxtanalys/SCB. Enhet: nya företag per 1 000 invånare. Period: 2012–2025.';
    const layout = captionLayout(600, 300, 'Nyföretagande, Dalarnas län', caption, mono, mono);
    expect(layout.width).toBe(600);
    expect(layout.titleLines).toEqual(['Nyföretagande, Dalarnas län']);
    expect(layout.captionLines.join(' ')).toBe(caption);
    expect(layout.captionLines.length).toBeGreaterThan(1);
    expect(layout.plotTop).toBeGreaterThan(0);
    expect(layout.captionTop).toBeGreaterThanOrEqual(layout.plotTop + 300);
    expect(layout.height).toBeGreaterThan(layout.captionTop + layout.captionLines.length * 12);
    // A narrow plot still gets room for its words.
    expect(captionLayout(100, 100, 'T', 'c', mono, mono).width).toBe(320);
  });
});
