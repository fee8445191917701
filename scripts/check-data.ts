/**
 * npm run check-data -- [--json] [--lang sv|en] [--indicator ID] [--sheet NAME] [--county CODE] [--catalogue FILE] FILE…
 *   --sheet NAME      reads that sheet of a workbook (default: the first)
 *   --county CODE     the county (SCB code, "20") of a case ledger without a county column
 *   --catalogue FILE  the indicator catalogue whose formulas a ledger's figures are computed with
 *                     (default: the app's data/indicators.json)
 * Column choices (Välj kolumner), applied to the reader's own choice; a column by its header or
 * its 1-based number:
 *   --region CODE     one region for the whole file (SCB code or name: 17, Värmland)
 *   --period COL[,COL] the period column; a second column (month or quarter) is joined to the year
 *   --value COL[,COL] the value column(s); several are an indicator each
 *   --series COL      a column kept as series, each value its own (repeatable)
 *   --ignore COL      a column left out (repeatable)
 *   --columns FILE    a mapping file instead: a ColumnMapping as the workspace keeps it (0-based:
 *                     {"region":0,"period":2,"value":3,"ignore":[1]}; regionCode, periodPart,
 *                     values, series, periods too)
 * Each table file's summary says what the reader took each column as.
 *
 * For case ledgers and frames of anslag 1:1 it also prints what the app computes from them: the
 * sums per county and decision year and every formula indicator (ansökningstryck, uppväxling …).
 * Runs the app's import pipeline in Node and prints, per file, the format, encoding, delimiter,
 * the accounting (records = accepted + rejected + skipped) and every issue.
 * Exit 0 when no file has an error, 1 when one has, 2 for wrong usage.
 */
import { readFileSync, statSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { derivedObservations, type DerivedObservation } from './check-data/derived';
import { checkDataReport, checkDataSummary, type CheckDataSummary } from './check-data/report';
import { importFileAsync } from '../src/data/pipeline/import-file';
import { setRawInflater } from '../src/data/table/xlsx/raw-inflater';
import { nodeRawInflater } from './lib/node-inflater';
import type { ColumnMapping, ImportResult } from '../src/data/import/import-result';
import {
  choiceWords,
  hasColumnFlags,
  mappingFromFile,
  mappingFromFlags,
  type ColumnFlags,
} from './check-data/column-flags';

const DEFAULT_CATALOGUE = resolve(import.meta.dirname, '../data/indicators.json');

interface Args {
  json: boolean;
  lang: 'sv' | 'en';
  indicator: string | undefined;
  sheet: string | undefined;
  county: string | undefined;
  catalogue: string | undefined;
  columns: ColumnFlags;
  files: string[];
}

const USAGE = `Användning / usage: npm run check-data -- [--json] [--lang sv|en] [--indicator ID] [--sheet NAMN] [--county KOD] [--catalogue FIL] [--region KOD] [--period KOL[,KOL]] [--value KOL[,KOL]] [--series KOL] [--ignore KOL] [--columns FIL.json] FIL…`;

/** The column flags: each takes a value; --series and --ignore may repeat. */
function columnFlag(flags: ColumnFlags, flag: string, value: string | undefined): string | undefined {
  if (value === undefined || value.startsWith('--')) return `${flag} behöver ett värde / needs a value`;
  const list = value.split(',').map((v) => v.trim());
  if (flag === '--region') flags.region = value;
  else if (flag === '--period') flags.period = list;
  else if (flag === '--value') flags.value = list;
  else if (flag === '--series') flags.series.push(...list);
  else if (flag === '--ignore') flags.ignore.push(...list);
  else flags.columnsFile = value;
  return undefined;
}
const COLUMN_FLAGS = new Set(['--region', '--period', '--value', '--series', '--ignore', '--columns']);

function parseArgs(argv: readonly string[]): Args | string {
  const args: Args = {
    json: false,
    lang: 'sv',
    indicator: undefined,
    sheet: undefined,
    county: undefined,
    catalogue: undefined,
    columns: { series: [], ignore: [] },
    files: [],
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? '';
    if (a === '--json') args.json = true;
    else if (COLUMN_FLAGS.has(a)) {
      const problem = columnFlag(args.columns, a, argv[++i]);
      if (problem) return problem;
    } else if (a === '--indicator') {
      const id = argv[++i];
      if (id === undefined || id.startsWith('--')) return '--indicator behöver ett id / needs an id';
      args.indicator = id;
    } else if (a === '--sheet') {
      const sheet = argv[++i];
      if (sheet === undefined || sheet.startsWith('--'))
        return '--sheet behöver ett bladnamn / needs a sheet name';
      args.sheet = sheet;
    } else if (a === '--county') {
      const county = argv[++i];
      if (county === undefined || !/^\d{2}$/.test(county))
        return '--county behöver en länskod (20) / needs a county code (20)';
      args.county = county;
    } else if (a === '--catalogue') {
      const file = argv[++i];
      if (file === undefined || file.startsWith('--')) return '--catalogue behöver en fil / needs a file';
      args.catalogue = file;
    } else if (a === '--lang') {
      const lang = argv[++i];
      if (lang !== 'sv' && lang !== 'en') return '--lang tar sv eller en / takes sv or en';
      args.lang = lang;
    } else if (a === '--help' || a === '-h') return '';
    else if (a.startsWith('--')) return `okänd flagga / unknown option ${a}`;
    else args.files.push(a);
  }
  if (args.files.length === 0) return 'ingen fil angiven / no file given';
  return args;
}

async function main(): Promise<number> {
  // A workbook's parts inflated by Node's zlib in pieces of 1 MiB (the caps checked as before).
  setRawInflater(nodeRawInflater);
  const parsed = parseArgs(process.argv.slice(2));
  if (typeof parsed === 'string') {
    if (parsed !== '') console.error(parsed);
    console.error(USAGE);
    return 2;
  }
  for (const file of [...parsed.files, ...(parsed.catalogue ? [parsed.catalogue] : [])]) {
    try {
      if (!statSync(file).isFile()) throw new Error('not a file');
    } catch {
      console.error(`Filen kan inte läsas / cannot read file: ${file}`);
      console.error(USAGE);
      return 2;
    }
  }
  // Without --json no object is built for each observation: only the summary and the issues.
  const reports: CheckDataSummary[] = [];
  const results: ImportResult[] = [];
  for (const file of parsed.files) {
    const bytes = new Uint8Array(readFileSync(file));
    const options = {
      ...(parsed.indicator === undefined ? {} : { indicator: parsed.indicator }),
      ...(parsed.sheet === undefined ? {} : { sheet: parsed.sheet }),
      ...(parsed.county === undefined ? {} : { county: parsed.county }),
    };
    let result = await importFileAsync(basename(file), bytes, options);
    const chosen = await chosenColumns(parsed.columns, result);
    if (typeof chosen === 'string') {
      console.error(chosen);
      return 2;
    }
    if (chosen) result = await importFileAsync(basename(file), bytes, { ...options, columns: chosen });
    results.push(result);
    reports.push(
      parsed.json
        ? checkDataReport({ ...result, file }, parsed.lang)
        : checkDataSummary({ ...result, file }, parsed.lang),
    );
  }
  let derived: DerivedObservation[] = [];
  if (results.some((r) => r.ledger)) {
    const path = parsed.catalogue ?? DEFAULT_CATALOGUE;
    const catalogue = await importFileAsync(basename(path), new Uint8Array(readFileSync(path)));
    derived = derivedObservations(catalogue, results);
  }
  if (parsed.json)
    process.stdout.write(
      `${JSON.stringify(derived.length > 0 ? { files: reports, derived } : { files: reports })}\n`,
    );
  else {
    for (const r of reports) process.stdout.write(humanReport(r, parsed.lang));
    if (derived.length > 0) process.stdout.write(humanDerived(derived, parsed.lang));
  }
  return reports.some((r) => r.issues.some((i) => i.severity === 'error')) ? 1 : 0;
}

/** The mapping the column flags give for a file read once, or none; a string says what is wrong. */
async function chosenColumns(
  flags: ColumnFlags,
  first: ImportResult,
): Promise<ColumnMapping | string | undefined> {
  if (!hasColumnFlags(flags)) return undefined;
  if (flags.columnsFile !== undefined) return mappingFromFile(readFileSync(flags.columnsFile, 'utf8'));
  const header = first.choice?.preview.header ?? first.preview?.header;
  if (!header) return undefined;
  return mappingFromFlags(header, first.choice?.columns ?? {}, flags);
}

/** The formula indicators by region and year; the sums are in --json. */
function humanDerived(derived: readonly DerivedObservation[], lang: 'sv' | 'en'): string {
  const sv = lang === 'sv';
  const formulas = derived.filter((d) => d.source === 'formula');
  const lines = [
    sv
      ? 'Beräknat ur ärendelistan och ramarna (summorna finns i --json):'
      : 'Computed from the ledger and the frames (the sums are in --json):',
  ];
  for (const d of formulas) {
    const value =
      d.value === null
        ? `${d.marker ?? '..'}${d.note ? ` (${d.note})` : ''}`
        : d.value.toLocaleString(sv ? 'sv-SE' : 'en-GB', { maximumFractionDigits: 3 });
    lines.push(`  ${d.region} ${d.period} ${d.indicator}: ${value}`);
  }
  return `${lines.join('\n')}\n`;
}

function humanReport(r: CheckDataSummary, lang: 'sv' | 'en'): string {
  const sv = lang === 'sv';
  const lines = [
    `${sv ? 'Fil' : 'File'}: ${r.file}`,
    `  format: ${r.format}   ${sv ? 'teckenkodning' : 'encoding'}: ${r.encoding ?? '–'}   ${sv ? 'avgränsare' : 'delimiter'}: ${r.delimiter === '\t' ? 'tab' : (r.delimiter ?? '–')}`,
    `  ${sv ? 'poster' : 'records'}: ${r.records}   ${sv ? 'godkända' : 'accepted'}: ${r.accepted}   ${sv ? 'avvisade' : 'rejected'}: ${r.rejected}   ${sv ? 'överhoppade' : 'skipped'}: ${r.skipped}`,
  ];
  if (r.choice) {
    lines.push(`  ${sv ? 'Kolumnerna lästes som' : 'Columns read as'}:`);
    for (const words of choiceWords(r.choice.header, r.choice.columns, sv)) lines.push(`    ${words}`);
  }
  const severityLabel = { error: sv ? 'FEL' : 'ERROR', warning: sv ? 'VARNING' : 'WARNING', info: 'INFO' };
  for (const issue of r.issues) {
    const where = `${sv ? 'rad' : 'line'} ${issue.line}${issue.column === null ? '' : `, ${sv ? 'kolumn' : 'column'} ${issue.column}`}`;
    lines.push(`  ${severityLabel[issue.severity]} ${where} [${issue.code}] ${issue.message}`);
  }
  return `${lines.join('\n')}\n\n`;
}

process.exitCode = await main();
