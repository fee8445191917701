import type { ColumnMapping } from '../../src/data/import/import-result';
import { readOptions, type Json } from '../../src/data/workspace/workspace-parts';
import { resolveRegion } from '../../src/domain/region-resolver';
import { foldName } from '../../src/domain/text-match';

/** The column choices given on the command line, as written (columns by name or 1-based number). */
export interface ColumnFlags {
  region?: string;
  period?: string[];
  value?: string[];
  series: string[];
  ignore: string[];
  /** A mapping file: a ColumnMapping (0-based), as the workspace keeps it. */
  columnsFile?: string;
}

export function hasColumnFlags(f: ColumnFlags): boolean {
  return (
    f.region !== undefined ||
    f.period !== undefined ||
    f.value !== undefined ||
    f.series.length > 0 ||
    f.ignore.length > 0 ||
    f.columnsFile !== undefined
  );
}

/** A mapping file's ColumnMapping, read as the workspace reads one; a string says what is wrong. */
export function mappingFromFile(text: string): ColumnMapping | string {
  let json: Json;
  try {
    json = JSON.parse(text) as Json;
  } catch {
    return '--columns: filen är inte JSON / the file is not JSON';
  }
  const read = readOptions({ columns: json });
  if (!read?.options.columns || !read.complete)
    return '--columns: ingen giltig kolumnmappning / no valid column mapping';
  return read.options.columns;
}

/** A column by its header (case and å/ä/ö folded) or its 1-based number; undefined if none. */
function columnOf(header: readonly string[], ref: string): number | undefined {
  if (/^\d+$/.test(ref)) {
    const n = Number(ref) - 1;
    return n >= 0 && n < header.length ? n : undefined;
  }
  const i = header.findIndex((h) => foldName(h.replace(/^\uFEFF/, '')) === foldName(ref));
  return i < 0 ? undefined : i;
}

/**
 * The reader's choice with the flags applied: a constant region, the period (and a month or
 * quarter column joined to it), the value columns, series, columns left out. A column a flag
 * displaces (the old period or value) is left out. A string says which column is unknown.
 */
export function mappingFromFlags(
  header: readonly string[],
  base: ColumnMapping,
  flags: ColumnFlags,
): ColumnMapping | string {
  const cols = (refs: readonly string[]): number[] | string => {
    const found = refs.map((r) => columnOf(header, r));
    const missing = refs.find((_, k) => found[k] === undefined);
    return missing === undefined ? (found as number[]) : `okänd kolumn / unknown column: ${missing}`;
  };
  const period = cols(flags.period ?? []);
  const value = cols(flags.value ?? []);
  const series = cols(flags.series);
  const ignore = cols(flags.ignore);
  for (const c of [period, value, series, ignore]) if (typeof c === 'string') return c;
  const [p, part] = period as number[];
  const values = value as number[];
  const displaced = [
    ...(p !== undefined ? [base.period, base.periodPart] : []),
    ...(values.length > 0 ? [base.value, ...(base.values ?? [])] : []),
    ...(flags.region !== undefined ? [base.region] : []),
  ];
  let regionCode: string | undefined;
  if (flags.region !== undefined) {
    const res = resolveRegion(flags.region);
    if (!res.ok) return `--region: okänd region / unknown region ${flags.region}`;
    regionCode = res.region.code;
  }
  const next: ColumnMapping = {
    ...base,
    ...(regionCode !== undefined ? { region: undefined, regionCode } : {}),
    ...(p !== undefined ? { period: p, periodPart: part } : {}),
    ...(values.length === 1 ? { value: values[0], values: undefined } : {}),
    ...(values.length > 1 ? { value: undefined, values } : {}),
  };
  const used = new Set(
    [
      next.region,
      next.period,
      next.periodPart,
      next.value,
      next.gender,
      next.indicator,
      ...(next.values ?? []),
    ].filter((c): c is number => c !== undefined),
  );
  const keptSeries = [...new Set([...(base.series ?? []), ...(series as number[])])].filter(
    (c) => !used.has(c) && !(ignore as number[]).includes(c),
  );
  const left = [...(base.ignore ?? []), ...(ignore as number[]), ...displaced].filter(
    (c): c is number => c !== undefined && !used.has(c) && !keptSeries.includes(c),
  );
  return { ...next, series: keptSeries, ignore: [...new Set(left)] };
}

/** The reader's choice in words: which column it took as what. */
export function choiceWords(header: readonly string[], m: ColumnMapping, sv: boolean): string[] {
  const named = (i: number): string => {
    const name = (header[i] ?? '').trim();
    return name === '' ? (sv ? '(utan rubrik)' : '(no header)') : `”${name}”`;
  };
  const col = (i: number | undefined): string =>
    i === undefined ? '–' : `${sv ? 'kolumn' : 'column'} ${i + 1} ${named(i)}`;
  const list = (xs: readonly number[] | undefined): string =>
    xs && xs.length > 0 ? xs.map(col).join(', ') : '–';
  const region =
    m.regionCode !== undefined ? `${sv ? 'hela filen' : 'the whole file'}: ${m.regionCode}` : col(m.region);
  return [
    `region: ${region}`,
    `period: ${m.periods ? list(m.periods) : col(m.period)}${m.periodPart !== undefined ? ` + ${col(m.periodPart)}` : ''}`,
    `${sv ? 'värde' : 'value'}: ${m.values ? list(m.values) : col(m.value)}`,
    ...(m.indicator !== undefined ? [`${sv ? 'indikator' : 'indicator'}: ${col(m.indicator)}`] : []),
    ...(m.gender !== undefined ? [`${sv ? 'kön' : 'gender'}: ${col(m.gender)}`] : []),
    ...(m.series && m.series.length > 0 ? [`${sv ? 'serier' : 'series'}: ${list(m.series)}`] : []),
    `${sv ? 'läses inte' : 'not read'}: ${list(m.ignore)}`,
  ];
}
