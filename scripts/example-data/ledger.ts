/**
 * The invented case ledger of appropriation 1:1 (ärendelista), the frames (ramar) and the planned
 * RUS shares, for every county and decision year LEDGER_FIRST_YEAR…LAST_YEAR. The driver series
 * (specs.ts) set the county-year totals, so that the app's computed indicators follow them:
 * - granted funds sum to the `beviljade_medel` series (to within rounding to whole thousands);
 * - the frame is set so that granted ÷ frame (beslutandegrad) is 80–98 %;
 * - applied funds sum to `ansokningstryck` × frame; rejections carry what the granted cases do not;
 * - co-financing makes (granted + co-financing) ÷ granted follow `uppvaxling`, every case ≥ 2;
 * - the granted funds not tied to RUS are about 100 − `andel_medel_rus` per cent.
 * Everything else (types, sizes, payments, tags, owners, dates) is drawn per case.
 */
import type {
  CaseStatus,
  CeoGender,
  Ledger,
  LedgerCase,
  PlannedShare,
  RegionFrame,
  SupportType,
} from '../../src/domain/ledger';
import {
  clamp,
  drawType,
  extraFinancing,
  looselyLargestFirst,
  paidShare,
  pickForTarget,
  size,
  splitFinancing,
  thousands,
  thousandsDown,
  thousandsUp,
} from './ledger-amounts';
import {
  chainTag,
  caseDates,
  countyAreas,
  ownerName,
  rusArea,
  shuffled,
  strategyArea,
  wholePercents,
} from './ledger-details';
import { LAST_YEAR, YEARS, yearIndex, type SeriesContext } from './model';
import { Random } from './random';
import { REGION_PROFILES, type RegionProfile } from './regions';

export const LEDGER_FIRST_YEAR = 2014;
export const LEDGER_YEARS: readonly number[] = YEARS.filter((y) => y >= LEDGER_FIRST_YEAR);

export const LEDGER_FILES = {
  cases: 'arendelista.csv',
  frames: 'ramar.csv',
  shares: 'rus-andelar.csv',
} as const;

const MNKR = 1e6;

/** What a county keeps from year to year. */
interface CountyTraits {
  readonly profile: RegionProfile;
  readonly areas: readonly string[];
  readonly areaWeights: readonly number[];
  /** Share of cases rejected at the county's usual pressure. */
  readonly rejectShare: number;
  /** Share of company support (by funds) to firms with a female CEO, about 2020. */
  readonly womenShare: number;
  /** Granted ÷ frame in a usual year. */
  readonly commitment: number;
  /** Cases a year at the usual pressure: bigger frames, more cases. */
  readonly caseBase: number;
}

function countyTraits(profile: RegionProfile, seed: number): CountyTraits {
  const rng = Random.stream(seed, `ledger/${profile.code}`);
  const areas = countyAreas(rng);
  return {
    profile,
    areas,
    areaWeights: areas.map((_, i) => (i === 0 ? rng.uniform(28, 45) : rng.uniform(14, 32))),
    rejectShare: rng.uniform(0.22, 0.3),
    womenShare: rng.uniform(0.15, 0.28),
    commitment: rng.uniform(0.85, 0.95),
    caseBase: 20 + Math.round((10 * Math.min(Math.max(profile.funds - 25, 0), 245)) / 245),
  };
}

/** A case while it is being drawn; becomes a LedgerCase once numbered. */
interface Draft {
  readonly status: CaseStatus;
  readonly type: SupportType;
  applied: number;
  readonly granted: number;
  paid: number;
  cofinancing: number[];
  rus: string;
  ceo: CeoGender | undefined;
}

const draft = (status: CaseStatus, type: SupportType, applied: number, granted = 0): Draft => ({
  status,
  type,
  applied,
  granted,
  paid: 0,
  cofinancing: [0, 0, 0, 0, 0],
  rus: '',
  ceo: undefined,
});

const sum = (values: readonly number[]): number => values.reduce((s, v) => s + v, 0);

/** The year's driver values: granted funds in kronor, leverage, pressure and the RUS share (0–1). */
interface YearDrivers {
  readonly granted: number;
  readonly leverage: number;
  readonly pressure: number;
  readonly rusShare: number;
}

/** How many cases end how: higher pressure, more cases and more rejections; the granted by type. */
function outcomes(rng: Random, t: CountyTraits, year: number, pressure: number) {
  const n = clamp(t.caseBase + Math.round(5 * (pressure - 1.7)) + rng.below(5) - 2, 16, 36);
  const rejected = Math.round(
    n * clamp(t.rejectShare + 0.1 * (pressure - 1.7) + rng.normal(0.03), 0.18, 0.38),
  );
  const withdrawn = rng.chance(n * 0.02) ? 1 : 0;
  const pending = year === LAST_YEAR ? Math.max(1, Math.round(n * 0.05)) : 0;
  const grantedCount = n - rejected - withdrawn - pending;
  const commercial = Math.floor(grantedCount * 0.05 + rng.next());
  const company = Math.max(2, Math.floor(grantedCount * (0.4 + rng.normal(0.04)) + rng.next()));
  const grantedTypes: SupportType[] = Array.from({ length: grantedCount }, (_, i) =>
    i < company ? 'foretagsstod' : i < company + commercial ? 'kommersiell_service' : 'projektstod',
  );
  return { rejected, withdrawn, pending, grantedTypes };
}

/**
 * Granted cases: sizes scaled to the year's granted funds, each granted 60–100 % of what it applied
 * for; when that leaves too little for the rejections, the cuts shrink.
 */
function grantedCases(
  rng: Random,
  types: readonly SupportType[],
  d: YearDrivers,
  appliedTarget: number,
): Draft[] {
  const sizes = types.map((type) => size(rng, type));
  const sizeSum = sum(sizes);
  const drafts = types.map((type, i) => {
    const amount = Math.max(20_000, thousands((d.granted * (sizes[i] ?? 0)) / sizeSum));
    const full = rng.chance(clamp(0.5 - 0.15 * (d.pressure - 1.5), 0.1, 0.5));
    return draft('beviljad', type, thousandsUp(amount / (full ? 1 : rng.uniform(0.6, 0.98))), amount);
  });
  const grantedSum = sum(drafts.map((c) => c.granted));
  const applied = sum(drafts.map((c) => c.applied));
  if (applied > 0.9 * appliedTarget && applied > grantedSum) {
    const k = Math.max(0, 0.9 * appliedTarget - grantedSum) / (applied - grantedSum);
    for (const c of drafts) c.applied = c.granted + thousandsDown((c.applied - c.granted) * k);
  }
  return drafts;
}

/** Rejected and withdrawn cases carry the rest of the year's applied funds; pending ones are typical in size. */
function otherCases(
  rng: Random,
  counts: { rejected: number; withdrawn: number; pending: number },
  rest: number,
  typical: number,
) {
  const statuses: CaseStatus[] = [
    ...Array.from({ length: counts.rejected }, () => 'avslagen' as const),
    ...Array.from({ length: counts.withdrawn }, () => 'atertagen' as const),
  ];
  const decided = statuses.map((status) => draft(status, drawType(rng), 0));
  const sizes = decided.map((c) => size(rng, c.type) + (c.type === 'kommersiell_service' ? 0 : 0.6));
  const sizeSum = sum(sizes);
  decided.forEach((c, i) => (c.applied = Math.max(20_000, thousands((rest * (sizes[i] ?? 0)) / sizeSum))));
  const pending = Array.from({ length: counts.pending }, () => {
    const type = drawType(rng);
    return draft(
      'under_handlaggning',
      type,
      Math.max(20_000, thousands(typical * (size(rng, type) / 1.2) * rng.uniform(1, 1.4))),
    );
  });
  return { decided, pending };
}

/** Co-financing such that (granted + co-financing) ÷ granted is the leverage; at least 1 kr per 1:1 krona in every case. */
function cofinance(rng: Random, granted: readonly Draft[], leverage: number): void {
  const extras = granted.map((c) => extraFinancing(rng, c.type));
  const grantedSum = sum(granted.map((c) => c.granted));
  const k =
    Math.max(0, (leverage - 2) * grantedSum) / sum(granted.map((c, i) => c.granted * (extras[i] ?? 0)));
  granted.forEach(
    (c, i) =>
      (c.cofinancing = splitFinancing(rng, c.type, thousandsUp(c.granted * (1 + (extras[i] ?? 0) * k)))),
  );
}

/** RUS areas: the granted funds not tied to the strategy follow the share series; about 10 % of the other cases are untied. */
function tagRus(
  rng: Random,
  granted: readonly Draft[],
  others: readonly Draft[],
  t: CountyTraits,
  planned: readonly number[],
  rusShare: number,
): void {
  const amounts = granted.map((c) => c.granted);
  const untied = pickForTarget(amounts, looselyLargestFirst(rng, amounts), (1 - rusShare) * sum(amounts));
  granted.forEach((c, i) => (c.rus = untied.has(i) ? '' : rusArea(rng, c.type, t.areas, planned)));
  for (const c of others) c.rus = rng.chance(0.1) ? '' : rusArea(rng, c.type, t.areas, planned);
}

/** The CEO's gender in company support: unknown for about 10 %; women's share of the granted funds by county and year. */
function tagCeo(rng: Random, granted: readonly Draft[], others: readonly Draft[], women: number): void {
  const known = granted
    .map((c, i) => (c.type === 'foretagsstod' && !rng.chance(0.1) ? i : -1))
    .filter((i) => i >= 0);
  const knownSum = sum(known.map((i) => granted[i]?.granted ?? 0));
  const order = shuffled(rng, known.length).map((j) => known[j] ?? 0);
  const led = pickForTarget(
    granted.map((c) => c.granted),
    order,
    women * knownSum,
  );
  for (const i of known) {
    const c = granted[i];
    if (c) c.ceo = led.has(i) ? 'K' : 'M';
  }
  for (const c of others)
    if (c.type === 'foretagsstod' && !rng.chance(0.1)) c.ceo = rng.chance(women) ? 'K' : 'M';
}

/** Case numbers: the decided cases in a random order, the pending ones last (they came in late). */
function numbered(
  rng: Random,
  code: string,
  year: number,
  decided: readonly Draft[],
  pending: readonly Draft[],
): LedgerCase[] {
  const ordered = [...shuffled(rng, decided.length).map((i) => decided[i]), ...pending].filter(
    (c): c is Draft => c !== undefined,
  );
  let number = 1 + rng.below(40);
  return ordered.map((c): LedgerCase => {
    const id = `${code}-${year}-${String(number).padStart(4, '0')}`;
    number += 1 + rng.below(12);
    const dates =
      c.status === 'beviljad' || c.status === 'atertagen' ? caseDates(rng, c.type, year) : undefined;
    return {
      id,
      region: code,
      supportType: c.type,
      year: c.status === 'under_handlaggning' ? undefined : year,
      status: c.status,
      applied: c.applied,
      granted: c.granted,
      paid: c.paid,
      payments: [],
      cofinancing: c.cofinancing,
      inKind: [0, 0, 0, 0, 0],
      rus: c.rus,
      chainTag: chainTag(rng, c.type),
      strategyArea: strategyArea(rng, c.type, c.rus),
      owner: ownerName(rng, c.type),
      start: dates?.start,
      end: dates?.end,
      ceoGender: c.ceo,
      file: LEDGER_FILES.cases,
      line: 0,
    };
  });
}

interface CountyYear {
  readonly cases: LedgerCase[];
  readonly frame: RegionFrame;
  readonly shares: PlannedShare[];
}

function countyYear(t: CountyTraits, year: number, drivers: SeriesContext, seed: number): CountyYear {
  const code = t.profile.code;
  const rng = Random.stream(seed, `ledger/${code}/${year}`);
  const at = (id: string): number => drivers.yearly(id, code)[yearIndex(year)] ?? NaN;
  const d: YearDrivers = {
    granted: at('beviljade_medel') * MNKR,
    leverage: at('uppvaxling'),
    pressure: at('ansokningstryck'),
    rusShare: at('andel_medel_rus') / 100,
  };

  const planned = wholePercents(t.areaWeights.map((w) => w * Math.max(0.5, 1 + rng.normal(0.08))));
  const commitment = Math.min(clamp(t.commitment + rng.normal(0.025), 0.8, 0.98), 0.88 * d.pressure);
  const frame = Math.round(d.granted / commitment / 100_000) * 100_000;
  const appliedTarget = d.pressure * frame;

  const counts = outcomes(rng, t, year, d.pressure);
  const granted = grantedCases(rng, counts.grantedTypes, d, appliedTarget);
  const grantedSum = sum(granted.map((c) => c.granted));
  const rest = appliedTarget - sum(granted.map((c) => c.applied));
  const others = otherCases(rng, counts, rest, grantedSum / Math.max(1, granted.length));
  cofinance(rng, granted, d.leverage);
  for (const c of granted) c.paid = Math.floor(c.granted * paidShare(rng, LAST_YEAR - year));
  const ungranted = [...others.decided, ...others.pending];
  tagRus(rng, granted, ungranted, t, planned, d.rusShare);
  tagCeo(rng, granted, ungranted, clamp(t.womenShare + 0.006 * (year - 2020) + rng.normal(0.03), 0.1, 0.5));
  return {
    cases: numbered(rng, code, year, [...granted, ...others.decided], others.pending),
    frame: { region: code, year, amount: frame, file: LEDGER_FILES.frames, line: 0 },
    shares: t.areas.map((area, i) => ({
      region: code,
      year,
      area,
      share: planned[i] ?? 0,
      file: LEDGER_FILES.shares,
      line: 0,
    })),
  };
}

/** The whole ledger, in file order (county, year, case id), with each row's line in its file. */
export function generateLedger(drivers: SeriesContext, seed: number): Ledger {
  const cases: LedgerCase[] = [];
  const frames: RegionFrame[] = [];
  const shares: PlannedShare[] = [];
  for (const profile of REGION_PROFILES) {
    const traits = countyTraits(profile, seed);
    for (const year of LEDGER_YEARS) {
      const part = countyYear(traits, year, drivers, seed);
      cases.push(...[...part.cases].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)));
      frames.push(part.frame);
      shares.push(...part.shares);
    }
  }
  const lined = <T extends { line: number }>(rows: readonly T[]): T[] =>
    rows.map((r, i) => ({ ...r, line: i + 2 }));
  return { cases: lined(cases), frames: lined(frames), shares: lined(shares) };
}
