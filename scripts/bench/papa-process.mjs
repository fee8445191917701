// The floor for `check-data FILE` as a whole process: a plain Node script that reads the same file
// with PapaParse (header + typed objects, decimal comma) and prints how many rows it read.
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';

const text = new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(process.argv[2]));
const parsed = Papa.parse(text, { header: true, skipEmptyLines: true, dynamicTyping: false });
const rows = parsed.data.map((r) => ({
  region: r.region ?? '',
  indicator: r.indikator ?? '',
  period: r.period ?? '',
  gender: r['kön'] ?? '',
  value: Number((r['värde'] ?? '').replace(',', '.')),
}));
console.log(`${rows.length} rows`);
