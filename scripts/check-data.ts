/**
 * npm run check-data -- [--json] [--lang sv|en] [--indicator ID] FILE…
 *   --sheet NAME  reads that sheet of a workbook (default: the first)
 *
 * Runs the app's import pipeline in Node and prints, per file, the format, encoding, delimiter,
 * the accounting (records = accepted + rejected + skipped) and every issue.
 * Exit 0 when no file has an error, 1 when one has, 2 for wrong usage.
 */
import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { checkDataReport, type CheckDataFile } from '../src/data/check-data-report';
import { importFileAsync } from '../src/data/import-file';

interface Args {
  json: boolean;
  lang: 'sv' | 'en';
  indicator: string | undefined;
  sheet: string | undefined;
  files: string[];
}

const USAGE = `Användning / usage: npm run check-data -- [--json] [--lang sv|en] [--indicator ID] [--sheet NAMN] FIL…`;

function parseArgs(argv: readonly string[]): Args | string {
  const args: Args = { json: false, lang: 'sv', indicator: undefined, sheet: undefined, files: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? '';
    if (a === '--json') args.json = true;
    else if (a === '--indicator') {
      const id = argv[++i];
      if (id === undefined || id.startsWith('--')) return '--indicator behöver ett id / needs an id';
      args.indicator = id;
    } else if (a === '--sheet') {
      const sheet = argv[++i];
      if (sheet === undefined || sheet.startsWith('--')) return '--sheet behöver ett bladnamn / needs a sheet name';
      args.sheet = sheet;
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
  const parsed = parseArgs(process.argv.slice(2));
  if (typeof parsed === 'string') {
    if (parsed !== '') console.error(parsed);
    console.error(USAGE);
    return 2;
  }
  for (const file of parsed.files) {
    try {
      if (!statSync(file).isFile()) throw new Error('not a file');
    } catch {
      console.error(`Filen kan inte läsas / cannot read file: ${file}`);
      console.error(USAGE);
      return 2;
    }
  }
  const reports: CheckDataFile[] = [];
  for (const file of parsed.files) {
    const bytes = new Uint8Array(readFileSync(file));
    const options = { ...(parsed.indicator === undefined ? {} : { indicator: parsed.indicator }), ...(parsed.sheet === undefined ? {} : { sheet: parsed.sheet }) };
    const result = await importFileAsync(basename(file), bytes, options);
    reports.push(checkDataReport({ ...result, file }, parsed.lang));
  }
  if (parsed.json) process.stdout.write(`${JSON.stringify({ files: reports })}\n`);
  else for (const r of reports) process.stdout.write(humanReport(r, parsed.lang));
  return reports.some((r) => r.issues.some((i) => i.severity === 'error')) ? 1 : 0;
}

function humanReport(r: CheckDataFile, lang: 'sv' | 'en'): string {
  const sv = lang === 'sv';
  const lines = [
    `${sv ? 'Fil' : 'File'}: ${r.file}`,
    `  format: ${r.format}   ${sv ? 'teckenkodning' : 'encoding'}: ${r.encoding ?? '–'}   ${sv ? 'avgränsare' : 'delimiter'}: ${r.delimiter === '\t' ? 'tab' : (r.delimiter ?? '–')}`,
    `  ${sv ? 'poster' : 'records'}: ${r.records}   ${sv ? 'godkända' : 'accepted'}: ${r.accepted}   ${sv ? 'avvisade' : 'rejected'}: ${r.rejected}   ${sv ? 'överhoppade' : 'skipped'}: ${r.skipped}`,
  ];
  const severityLabel = { error: sv ? 'FEL' : 'ERROR', warning: sv ? 'VARNING' : 'WARNING', info: 'INFO' };
  for (const issue of r.issues) {
    const where = `${sv ? 'rad' : 'line'} ${issue.line}${issue.column === null ? '' : `, ${sv ? 'kolumn' : 'column'} ${issue.column}`}`;
    lines.push(`  ${severityLabel[issue.severity]} ${where} [${issue.code}] ${issue.message}`);
  }
  return `${lines.join('\n')}\n\n`;
}

process.exitCode = await main();
