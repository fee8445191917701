import type { Ledger } from './ledger';
import { RIKET } from './regions';

/** Which files a ledger's rows (cases, frames, plans) come from, overall and region by region. */
interface LedgerFileIndex {
  /** Every file, in the order its first row comes (cases, then frames, then plans). */
  readonly all: readonly string[];
  readonly byRegion: ReadonlyMap<string, ReadonlySet<string>>;
}

const indexes = new WeakMap<Ledger, LedgerFileIndex>();

/** A region and a file its rows come from. */
export type RegionFile = readonly [region: string, file: string];

/** The distinct (region, file) pairs of rows, in the order they first come. */
export function regionFiles(
  rows: readonly { readonly region: string; readonly file: string }[],
): RegionFile[] {
  const seen = new Map<string, Set<string>>();
  const pairs: RegionFile[] = [];
  for (const { region, file } of rows) {
    let files = seen.get(region);
    if (!files) seen.set(region, (files = new Set()));
    if (files.has(file)) continue;
    files.add(file);
    pairs.push([region, file]);
  }
  return pairs;
}

/** The cases' pairs of ledgers whose cases are decoded when first read (example-dataset.ts). */
const casePairs = new WeakMap<Ledger, readonly RegionFile[]>();

/**
 * Tells the files of a ledger's cases before they are read: asking which files a region's rows come
 * from then does not decode the cases (a view's first render asks for every card).
 */
export function knowCaseFiles(ledger: Ledger, pairs: readonly RegionFile[]): void {
  casePairs.set(ledger, pairs);
}

/**
 * The ledger's files, made once per ledger: a view asks for every card of every region it draws, and
 * walking the ledger's thousands of cases for each took 80 ms of the Län view's first render.
 */
function ledgerFileIndex(ledger: Ledger): LedgerFileIndex {
  let index = indexes.get(ledger);
  if (!index) {
    const all = new Set<string>();
    const byRegion = new Map<string, Set<string>>();
    const add = (region: string, file: string): void => {
      all.add(file);
      let files = byRegion.get(region);
      if (!files) byRegion.set(region, (files = new Set()));
      files.add(file);
    };
    const cases = casePairs.get(ledger);
    if (cases) for (const [region, file] of cases) add(region, file);
    else for (const row of ledger.cases) add(row.region, row.file);
    for (const row of [...ledger.frames, ...ledger.shares]) add(row.region, row.file);
    index = { all: [...all], byRegion };
    indexes.set(ledger, index);
  }
  return index;
}

/**
 * The files the given regions' ledger rows come from (every region's for Riket or when undefined), in
 * the order their first rows come.
 */
export function ledgerFilesOf(ledger: Ledger, regions: readonly string[] | undefined): string[] {
  const { all, byRegion } = ledgerFileIndex(ledger);
  if (!regions || regions.includes(RIKET.code)) return [...all];
  const sets = regions.flatMap((region) => byRegion.get(region) ?? []);
  return all.filter((file) => sets.some((files) => files.has(file)));
}
