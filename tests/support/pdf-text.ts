import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/**
 * The text of each page of a PDF (as `page.pdf()` gives it), read by pdf.js: one string per page,
 * the page's text items joined as
 * pdf.js gives them (a ligature is an item of its own: joined without a space), lines by a space. Tests read what a printout says, not how it is drawn.
 */
export async function pdfPageTexts(pdf: Uint8Array): Promise<string[]> {
  // pdf.js takes the buffer over: give it a copy, so the caller's bytes stay readable.
  const doc = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false, isEvalSupported: false })
    .promise;
  try {
    const pages: string[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      pages.push(
        content.items
          .map((item) => ('str' in item ? item.str + (item.hasEOL ? ' ' : '') : ''))
          .join('')
          .replace(/\s+/g, ' ')
          .trim(),
      );
    }
    return pages;
  } finally {
    await doc.destroy();
  }
}
