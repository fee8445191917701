/** Print of every view, the captioned SVG download, and long card grids drawn where they are seen. */
export const printExportSv = {
  downloadSvg: 'Ladda ner bild (SVG)',
  printMatrixPart: '{title}: kolumnerna {from}–{to} av {count}',
  printMatrixContinues: 'Matrisen fortsätter på nästa sida med kolumnerna {from}–{to} av {count}.',
  printSparklineNote: 'Sparklinjen skrivs inte ut här (fler än {count} kort); värdena står på kortet.',
  cardsWaiting: 'Kort {first}–{last} av {total}: visas när du kommer hit',
};

export const printExportEn: Record<keyof typeof printExportSv, string> = {
  downloadSvg: 'Download image (SVG)',
  printMatrixPart: '{title}: columns {from}–{to} of {count}',
  printMatrixContinues: 'The matrix continues on the next page with columns {from}–{to} of {count}.',
  printSparklineNote:
    'The sparkline is not printed here (more than {count} cards); the card states the values.',
  cardsWaiting: 'Cards {first}–{last} of {total}: shown when you reach them',
};
