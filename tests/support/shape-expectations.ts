/**
 * Issue 10's ten shapes as the fixtures in tests/fixtures/shapes have them — each a CSV we wrote
 * and its twin written by LibreOffice Calc (make-workbooks.sh) — with what reading them must give,
 * every number counted by hand from the CSV. check-data-shapes-xlsx.test.ts holds check-data to
 * it, e2e/shapes-xlsx.test.ts the app's import summary.
 */
/** [indicator, region, period, value or marker]. */
export type Spot = readonly [string, string, string, number | string];

export interface Shape {
  readonly shape: number;
  readonly file: string;
  /** records, accepted, rejected, skipped */
  readonly counts: readonly [number, number, number, number];
  /** indicator id → name, as the file names them (none: the file names no indicator). */
  readonly indicators: Readonly<Record<string, string>>;
  /** The distinct periods: first, last, how many. */
  readonly periods: readonly [string, string, number] | undefined;
  readonly regions: readonly string[];
  /** Two values seen in the file (none in a list of indicators). */
  readonly spots: readonly Spot[];
  /** Words of the summary (the issues' Swedish messages) that say each guess. */
  readonly words: readonly string[];
}

export const SHAPES: readonly Shape[] = [
  {
    shape: 1,
    file: 'manad-med-ar',
    counts: [24, 24, 0, 0],
    indicators: { arbetslosa: 'Arbetslösa' },
    periods: ['2023-01', '2024-12', 24],
    regions: ['17'],
    spots: [
      ['arbetslosa', '17', '2023-01', 401],
      ['arbetslosa', '17', '2024-12', 512],
    ],
    words: ['Perioden lästes från kolumnen ”Tid” (månad); ”År” är en hjälpkolumn'],
  },
  {
    shape: 1,
    file: 'ar-och-manadsnamn',
    counts: [12, 12, 0, 0],
    indicators: { inskrivna_arbetslosa: 'Inskrivna arbetslösa' },
    periods: ['2024-01', '2024-12', 12],
    regions: ['20'],
    spots: [
      ['inskrivna_arbetslosa', '20', '2024-02', 5102],
      ['inskrivna_arbetslosa', '20', '2024-12', 5112],
    ],
    words: ['året ur ”År” och månaden ur ”Månad” blir en månad'],
  },
  {
    shape: 1,
    file: 'ar-och-kvartal',
    counts: [10, 10, 0, 0],
    indicators: { nystartade_foretag: 'Nystartade företag' },
    periods: ['2023-Q1', '2024-Q1', 5],
    regions: ['17', '20'],
    spots: [
      ['nystartade_foretag', '20', '2023-Q3', 240],
      ['nystartade_foretag', '17', '2024-Q1', 289],
    ],
    words: ['året ur ”År” och kvartalet ur ”Kvartal” blir ett kvartal'],
  },
  {
    shape: 2,
    file: 'medelpris-lopnummer',
    counts: [5, 5, 0, 0],
    indicators: { medelpris: 'Medelpris' },
    periods: ['2022', '2023', 2],
    regions: ['00', '17', '20'],
    spots: [
      ['medelpris', '00', '2022', 3452],
      ['medelpris', '20', '2023', 2015],
    ],
    words: [
      '”sort” (ett löpnummer 1, 2, 3 …) och ”grupp” (en klassindelning',
      'värdet för indikatorn ”medelpris”',
    ],
  },
  {
    shape: 3,
    file: 'konstanta-kolumner',
    counts: [6, 6, 0, 0],
    indicators: { andel_sysselsatta: 'Andel sysselsatta' },
    periods: ['2021', '2022', 2],
    regions: ['00', '17', '20'],
    spots: [
      ['andel_sysselsatta', '20', '2022', 80.2],
      ['andel_sysselsatta', '17', '2021', 77.8],
    ],
    words: ['”ålder” = ”20-64 år”', '”Typ” = ”Registerbaserad” har samma värde på varje rad'],
  },
  {
    shape: 4,
    file: 'grupp-serier',
    counts: [8, 8, 0, 0],
    indicators: {
      arbetsloshet_inrikes_fodda: 'Arbetslöshet – inrikes födda',
      arbetsloshet_utrikes_fodda: 'Arbetslöshet – utrikes födda',
    },
    periods: ['2022', '2023', 2],
    regions: ['17', '20'],
    spots: [
      ['arbetsloshet_inrikes_fodda', '20', '2022', 4.3],
      ['arbetsloshet_utrikes_fodda', '17', '2023', 19.9],
    ],
    words: ['Kolumnen ”Grupp” delar upp värdena', '(2 serier)'],
  },
  {
    shape: 5,
    file: 'matt-kolumner',
    counts: [12, 12, 0, 0],
    indicators: { paborjade: 'Påbörjade', fardigstallda: 'Färdigställda' },
    periods: ['2022', '2023', 2],
    regions: ['00', '17', '20'],
    spots: [
      ['paborjade', '17', '2023', '..'],
      ['fardigstallda', '17', '2023', 655],
    ],
    words: ['Tabellen har 2 kolumner med tal; var och en lästes som en egen indikator'],
  },
  {
    shape: 5,
    file: 'bred-per-kategori',
    counts: [11, 9, 0, 2],
    indicators: {
      nystartade_foretag_aktiebolag: 'Nystartade företag – Aktiebolag',
      nystartade_foretag_enskild_firma: 'Nystartade företag – Enskild firma',
      nystartade_foretag_handelsbolag: 'Nystartade företag – Handelsbolag',
    },
    periods: ['2024', '2024', 1],
    regions: ['00', '17', '20'],
    spots: [
      ['nystartade_foretag_enskild_firma', '20', '2024', 612],
      ['nystartade_foretag_handelsbolag', '00', '2024', 1388],
    ],
    words: ['Tabellen har 3 kolumner med tal', 'lästes som tabellens titel'],
  },
  {
    shape: 6,
    file: 'rubrik-region',
    counts: [13, 11, 0, 2],
    indicators: { antal_hushall: 'Antal hushåll' },
    periods: ['2014', '2024', 11],
    regions: ['17'],
    spots: [
      ['antal_hushall', '17', '2014', 5210],
      ['antal_hushall', '17', '2021', 5133],
    ],
    words: ['Regionen lästes från rubriken: Värmlands län'],
  },
  {
    shape: 7,
    file: 'korta-namn',
    counts: [7, 7, 0, 0],
    indicators: { andel_sysselsatta: 'Andel sysselsatta' },
    periods: ['2023', '2023', 1],
    // Värmland, Riket, 20; Upplands Väsby, Håbo, Östra Göinge, Malå.
    regions: ['00', '0114', '0305', '1256', '17', '20', '2418'],
    spots: [
      ['andel_sysselsatta', '0114', '2023', 80.4],
      ['andel_sysselsatta', '17', '2023', 78.1],
    ],
    words: ['värdet för indikatorn ”andel_sysselsatta”'],
  },
  {
    shape: 8,
    file: 'pxweb-manad',
    counts: [10, 6, 0, 4],
    indicators: { inskrivna_arbetslosa: 'Inskrivna arbetslösa' },
    periods: ['2023-09', '2023-11', 3],
    regions: ['08', '25'],
    spots: [
      // The first data row, the newest month: data, never a header.
      ['inskrivna_arbetslosa', '08', '2023-11', 41],
      ['inskrivna_arbetslosa', '25', '2023-09', 36],
    ],
    words: [
      'kolumn 1 som period och kolumn 2 som region',
      '”Källa: Arbetsförmedlingen” lästes som en fotnot',
      '2 tomma rader hoppades över',
    ],
  },
  {
    shape: 9,
    file: 'indikatorlista',
    counts: [4, 0, 0, 4],
    indicators: {},
    periods: undefined,
    regions: [],
    spots: [],
    words: ['Filen ser ut som en lista över indikatorer', 'Läs in den som strategi i vyn Strategi'],
  },
  {
    shape: 10,
    file: 'markorer',
    counts: [8, 8, 0, 0],
    indicators: { andel: 'Andel' },
    periods: ['2020', '2024', 5],
    regions: ['17', '20'],
    spots: [
      ['andel', '20', '2021', '--'],
      ['andel', '17', '2022', 'x'],
    ],
    words: ['värdet för indikatorn ”andel”'],
  },
];
