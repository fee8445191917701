import { describe, expect, it } from 'vitest';
import { XmlScanner, type XmlHandler } from '../../src/data/table/xlsx/xml-scanner';
import { bytesText } from '../../src/data/table/xlsx/xml-text';

/**
 * The scanner gets a part in pieces as they are inflated (16 KiB to 1 MiB, or any size from fflate),
 * and a piece may end anywhere: inside a tag, a quoted attribute, a comment, CDATA or a text node
 * that is longer than the piece. Whatever the cuts, the handler must see what it sees when the
 * whole part comes at once.
 */

const TEXT_CAP = 100_000;

/** Every call the handler gets, as text; text wanted inside <v> and <t> only (as the sheet's handler). */
function recorder(): { handler: XmlHandler; log: string[] } {
  const log: string[] = [];
  const open: string[] = [];
  const handler = {
    get wantsText(): boolean {
      const top = open[open.length - 1];
      return top === 'v' || top === 't';
    },
    open(name: string, b: Uint8Array, from: number, to: number, selfClosing: boolean): undefined {
      log.push(`<${name}${bytesText(b, from, to)}${selfClosing ? '/' : ''}>`);
      if (!selfClosing) open.push(name);
      return undefined;
    },
    close(name: string): void {
      log.push(`</${name}>`);
      open.pop();
    },
    text(b: Uint8Array, from: number, to: number, cdata: boolean): void {
      // A text over the cap that arrives whole is what the scanner calls too long when it arrives in
      // pieces (it skips it rather than hold it): the handler refuses both alike.
      if (to - from > TEXT_CAP) {
        log.push('too long');
        return;
      }
      const text = bytesText(b, from, to);
      log.push(`${cdata ? 'cdata' : 'text'} ${text.length} ${text.slice(0, 12)}`);
    },
    textTooLong(): void {
      log.push('too long');
    },
  };
  return { handler, log };
}

/** A sheet-like part with every kind of construct, long texts among them. */
function part(): Uint8Array {
  const rows: string[] = ['<?xml version="1.0" encoding="UTF-8"?><x:worksheet xmlns:x="urn:x"><x:sheetData>'];
  for (let r = 1; r <= 6000; r++) {
    const cells = [
      `<x:c r="A${r}" t="s"><x:v>${r % 97}</x:v></x:c>`,
      `<x:c r="B${r}" s="3" note='a > b'><x:v>${(r * 1.5).toFixed(1)}</x:v></x:c>`,
      `<x:c r="C${r}" t="inlineStr"><x:is><x:t xml:space="preserve"> åäö ${r} </x:t></x:is></x:c>`,
    ];
    if (r % 1000 === 0)
      cells.push(`<!-- row ${r} > a comment --><x:c r="D${r}"><x:v><![CDATA[<${r}>]]></x:v></x:c>`);
    // A text longer than a joined head (65 KiB + 1 KiB) but under the cap, and one over the cap.
    if (r === 2500) cells.push(`<x:c r="E${r}" t="str"><x:v>${'m'.repeat(90_000)}</x:v></x:c>`);
    if (r === 4500) cells.push(`<x:c r="E${r}" t="str"><x:v>${'z'.repeat(150_000)}</x:v></x:c>`);
    rows.push(`<x:row r="${r}" spans="1:5">${cells.join('')}</x:row>\n`);
  }
  rows.push('<x:c r="F1"/></x:sheetData></x:worksheet>');
  return new TextEncoder().encode(rows.join(''));
}

function scanInPieces(bytes: Uint8Array, sizes: readonly number[]): string[] {
  const { handler, log } = recorder();
  const scanner = new XmlScanner(handler, 'sheet1.xml', TEXT_CAP);
  let at = 0;
  for (let k = 0; at < bytes.length; k++) {
    const size = sizes[k % sizes.length] ?? 1;
    scanner.feed(bytes.subarray(at, at + size));
    at += size;
  }
  scanner.end();
  return log;
}

describe('the XML scanner, fed in pieces', () => {
  const bytes = part();
  const whole = scanInPieces(bytes, [bytes.length]);

  it('sees the part whole: every row, the long text, the one past the cap, CDATA and comments', () => {
    expect(whole.filter((e) => e === '</row>')).toHaveLength(6000);
    expect(whole).toContain('text 90000 mmmmmmmmmmmm');
    expect(whole.filter((e) => e === 'too long')).toHaveLength(1);
    expect(whole).toContain('cdata 6 <6000>');
    expect(whole).toContain(`<c r="B7" s="3" note='a > b'>`);
    expect(whole).toContain('text 7  åäö 1 ');
  });

  it.each([
    ['1 MiB pieces (Node zlib)', [1024 * 1024]],
    ['pieces just over the markup cap, and small ones', [66_561, 3, 70_000, 17]],
    ['pieces of 64 KiB and 100 000 bytes', [65_536, 100_000]],
    ['odd sizes that cut everything somewhere', [131_071, 999, 200_003, 1, 77_777]],
    ['16 KiB pieces (Node DecompressionStream)', [16_384]],
  ] as const)('%s: the same calls as the whole part', (_, sizes) => {
    expect(scanInPieces(bytes, sizes)).toEqual(whole);
  });

  it('a tag still unfinished past the markup cap at a piece’s end is refused (it is not held)', () => {
    const long = new TextEncoder().encode(`<a><b x="${'q'.repeat(70_000)}"/></a>`);
    const { handler } = recorder();
    const scanner = new XmlScanner(handler, 'p.xml', TEXT_CAP);
    scanner.feed(long.subarray(0, 10));
    expect(() => scanner.feed(long.subarray(10, 69_000))).toThrow(/markup longer than 65536 bytes/);
  });
});
