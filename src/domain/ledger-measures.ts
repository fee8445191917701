import { isTiedToRus, totalCofinancing, type Ledger, type LedgerCase } from './ledger';

/**
 * The sums a case ledger and its frames give per county and decision year — the inputs of the
 * derived indicators (ansökningstryck, uppväxling …), which the catalogue declares as formulas over
 * them. Amounts in mnkr, counts as numbers. Riket is the sum of the counties.
 */
export const LEDGER_MEASURES = [
  /** The frame: the 1:1 funds available. */
  'ram_medel',
  /** Applied for, every case decided in the year (or pending with a year), whatever the outcome. */
  'sokta_medel',
  'antal_ansokningar',
  /** Granted, cases with status beviljad (a withdrawn grant is not counted). */
  'beviljade_medel',
  'antal_beviljade_arenden',
  /** Paid so far on the year's granted cases: the decision-year cohort. */
  'utbetalda_medel',
  /** Co-financing of the granted cases, all sources, cash and in kind. */
  'medfinansiering',
  /** Granted company support where the CEO's gender is known / where she is a woman. */
  'foretagsstod_vd_kand_medel',
  'foretagsstod_vd_kvinna_medel',
  /** Granted funds tied to a RUS priority area. */
  'beviljade_medel_rus',
] as const;

export type LedgerMeasure = (typeof LEDGER_MEASURES)[number];

export interface MeasureRow {
  /** SCB code; "00" for Riket. */
  readonly region: string;
  readonly year: number;
  readonly measure: LedgerMeasure;
  /** Undefined when the ledger cannot give it: the applied amounts of a ledger that has none. */
  readonly value: number | undefined;
}

const MNKR = 1e6;
const COUNTY_COUNT = 21;
const RIKET = '00';

type Sums = Record<Exclude<LedgerMeasure, 'ram_medel'>, number> & {
  /** Some case has no applied amount (its ledger has none): the applied sum is unknown, never 0. */
  appliedUnknown: boolean;
};
type Measure = Exclude<LedgerMeasure, 'ram_medel'>;

function emptySums(): Sums {
  return {
    sokta_medel: 0,
    antal_ansokningar: 0,
    beviljade_medel: 0,
    antal_beviljade_arenden: 0,
    utbetalda_medel: 0,
    medfinansiering: 0,
    foretagsstod_vd_kand_medel: 0,
    foretagsstod_vd_kvinna_medel: 0,
    beviljade_medel_rus: 0,
    appliedUnknown: false,
  };
}

const SUMMED: readonly Measure[] = LEDGER_MEASURES.filter((m): m is Measure => m !== 'ram_medel');

/** A sum as given out: the applied sum is unknown when a case lacks its applied amount. */
function valueOf(sums: Sums, m: Measure): number | undefined {
  return m === 'sokta_medel' && sums.appliedUnknown ? undefined : output(m, sums[m]);
}

/** Amounts are summed in kronor (whole kronor add exactly) and turned into mnkr once, when given out. */
function add(sums: Sums, c: LedgerCase): void {
  if (c.applied === undefined) sums.appliedUnknown = true;
  else sums.sokta_medel += c.applied;
  sums.antal_ansokningar += 1;
  if (c.status !== 'beviljad') return;
  sums.beviljade_medel += c.granted;
  sums.antal_beviljade_arenden += 1;
  sums.utbetalda_medel += c.paid;
  sums.medfinansiering += totalCofinancing(c);
  if (c.supportType === 'foretagsstod' && c.ceoGender !== undefined) {
    sums.foretagsstod_vd_kand_medel += c.granted;
    if (c.ceoGender === 'K') sums.foretagsstod_vd_kvinna_medel += c.granted;
  }
  if (isTiedToRus(c)) sums.beviljade_medel_rus += c.granted;
}

/** A measure's value as given out: counts as they are, amounts in mnkr. */
function output(measure: LedgerMeasure, value: number): number {
  return measure.startsWith('antal_') ? value : value / MNKR;
}

const key = (region: string, year: number): string => `${region}|${year}`;

/**
 * Every measure for every county and year the ledger or the frames cover, and for Riket. A county
 * year with a frame but no cases has zero applied; one with cases but no frame has no `ram_medel`
 * (so no pressure can be computed). Riket is given for a year only when all 21 counties are in the
 * ledger or the frames, and its frame only when every county with cases that year has one: a
 * partial sum would understate the frame and overstate the pressure.
 */
export function ledgerMeasures(ledger: Ledger): MeasureRow[] {
  const sums = new Map<string, Sums>();
  const frames = new Map<string, number>();
  const sumsFor = (region: string, year: number): Sums => {
    const k = key(region, year);
    let s = sums.get(k);
    if (!s) {
      s = emptySums();
      sums.set(k, s);
    }
    return s;
  };
  for (const c of ledger.cases) if (c.year !== undefined) add(sumsFor(c.region, c.year), c);
  for (const f of ledger.frames) {
    frames.set(key(f.region, f.year), (frames.get(key(f.region, f.year)) ?? 0) + f.amount);
    sumsFor(f.region, f.year);
  }

  const rows: MeasureRow[] = [];
  const riket = new Map<number, { sums: Sums; frame: number; frameComplete: boolean; counties: number }>();
  const entries = [...sums.entries()]
    .map(([k, s]) => {
      const [region = '', year = '0'] = k.split('|');
      return { region, year: Number(year), sums: s };
    })
    .sort((a, b) => a.region.localeCompare(b.region) || a.year - b.year);
  for (const { region, year, sums: s } of entries) {
    const frame = frames.get(key(region, year));
    if (frame !== undefined)
      rows.push({ region, year, measure: 'ram_medel', value: output('ram_medel', frame) });
    for (const m of SUMMED) rows.push({ region, year, measure: m, value: valueOf(s, m) });
    const total = riket.get(year) ?? { sums: emptySums(), frame: 0, frameComplete: true, counties: 0 };
    total.counties++;
    for (const m of SUMMED) total.sums[m] += s[m];
    if (s.appliedUnknown) total.sums.appliedUnknown = true;
    if (frame !== undefined) total.frame += frame;
    else if (s.antal_ansokningar > 0) total.frameComplete = false;
    riket.set(year, total);
  }
  for (const [year, total] of [...riket.entries()].sort((a, b) => a[0] - b[0])) {
    // One county's ledger is not Riket: the sum is given only when all 21 counties are there.
    if (total.counties < COUNTY_COUNT) continue;
    if (total.frameComplete && total.frame > 0)
      rows.push({ region: RIKET, year, measure: 'ram_medel', value: output('ram_medel', total.frame) });
    for (const m of SUMMED) rows.push({ region: RIKET, year, measure: m, value: valueOf(total.sums, m) });
  }
  return rows;
}
