import fc from 'fast-check';
import { csvishString } from './arbitraries';
import { encodeText } from './csv-bytes';

/** Any cell: plausible, broken, or random CSV-ish text. */
export const anyCell = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      '01',
      '1',
      'Skåne län',
      'Stockholm',
      'Atlantis',
      '11',
      '',
      '2023',
      '2023K1',
      '2023K5',
      '2023M13',
      'a',
      'ö',
      '12,5',
      '1.234',
      '..',
      'tolv',
      'K',
      'X',
      '😀',
    ),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom('"quoted; ""cell"""', '"two\r\nlines"', '"a"b', '"never closed', '""'),
  },
  { weight: 1, arbitrary: csvishString(6) },
);

/** Cells that fit their column, so that many rows are accepted (and some repeat each other). */
const FITTING: Readonly<Record<string, fc.Arbitrary<string>>> = {
  region: fc.constantFrom('01', '20', '00', '2080', 'Dalarnas län', 'SE-AB', '1'),
  indikator: fc.constantFrom('a', 'ö', 'b'),
  period: fc.constantFrom('2022', '2023', '2023K1', '2023-Q2', '2023M01', '2023-12'),
  kön: fc.constantFrom('T', 'K', 'M', ''),
  värde: fc.constantFrom('1', '12,5', '-3,2', '1 234,5', '..', '', '1.234'),
  mål: fc.constantFrom('12', '12,5', '..'),
  baslinje: fc.constantFrom('', '10', '9,5'),
  basår: fc.constantFrom('', '2020', '2019K1'),
  kommentar: fc.constantFrom('', 'prel.', '"rad\r\nbrytning"', '"citat ""så"""', '"semi;kolon"'),
};

function fittingRow(header: readonly string[]): fc.Arbitrary<string[]> {
  return fc.tuple(...header.map((h) => FITTING[h] ?? anyCell));
}

export const HEADERS: readonly (readonly string[])[] = [
  ['region', 'indikator', 'period', 'värde'],
  ['region', 'indikator', 'period', 'kön', 'värde', 'kommentar'],
  ['region', 'indikator', 'period', 'mål', 'baslinje', 'basår'],
  ['region', 'period', 'värde'],
  ['region', 'indikator', '2022', '2023'],
  ['region', 'värde', 'Värde', 'period', 'indikator'],
];

/** CSV files, valid and not, sometimes with blank lines before the header. */
export const csvFile = fc.constantFrom(...HEADERS).chain((header) =>
  fc.record({
    header: fc.constant(header),
    delimiter: fc.constantFrom(';', ',', '\t'),
    eol: fc.constantFrom('\n', '\r\n', '\r'),
    rows: fc.array(
      fc.oneof(
        { weight: 4, arbitrary: fittingRow(header) },
        { weight: 2, arbitrary: fc.array(anyCell, { minLength: 0, maxLength: 7 }) },
        { weight: 1, arbitrary: fc.constant<string[]>([]) },
      ),
      { maxLength: 12 },
    ),
    finalEol: fc.boolean(),
    leadingBlankLines: fc.nat({ max: 2 }),
    encoding: fc.constantFrom('utf-8', 'utf-8', 'utf-8-bom', 'utf-16le-bom'),
    invalidByteAt: fc.option(fc.nat(), { nil: undefined }),
  }),
);

export type CsvFile = typeof csvFile extends fc.Arbitrary<infer T> ? T : never;

/** The file's bytes: rows joined, encoded, and with the stray byte put in when asked. */
export function csvFileBytes(file: CsvFile): Uint8Array {
  const lines = [file.header.join(file.delimiter), ...file.rows.map((r) => r.join(file.delimiter))];
  const text =
    file.eol.repeat(file.leadingBlankLines) + lines.join(file.eol) + (file.finalEol ? file.eol : '');
  const data = encodeText(text, file.encoding);
  if (file.invalidByteAt === undefined || file.encoding !== 'utf-8') return data;
  // One stray 0xFF somewhere after the header: invalid UTF-8 in a mostly valid file.
  const at = Math.min(
    data.length,
    file.leadingBlankLines * file.eol.length +
      (lines[0]?.length ?? 0) +
      (file.invalidByteAt % Math.max(1, data.length)),
  );
  return Uint8Array.from([...data.subarray(0, at), 0xff, ...data.subarray(at)]);
}
