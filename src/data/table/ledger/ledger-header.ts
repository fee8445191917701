import { COFINANCING_SOURCES, type CofinancingSource } from '../../../domain/ledger';
import { foldName } from '../../../domain/text-match';
import { LEDGER_MAPPED_FIELDS, type LedgerColumnMapping } from '../../import/import-result';

/**
 * The columns of a case ledger, a frames table and a planned-shares table, by the names a region's
 * case system or a hand-kept spreadsheet uses. Names are compared folded (case, diacritics,
 * `_`/`-`/spaces), so `sökt_belopp`, `Sökt belopp` and `SOKT-BELOPP` are one column.
 */
export type LedgerField =
  | 'id'
  | 'region'
  | 'supportType'
  | 'year'
  | 'status'
  | 'applied'
  | 'granted'
  | 'paid'
  | 'paymentYear'
  | `cofinancing:${CofinancingSource}`
  | `inKind:${CofinancingSource}`
  | 'rus'
  | 'chainTag'
  | 'strategyArea'
  | 'owner'
  | 'start'
  | 'end'
  | 'ceoGender';

const SOURCE_NAMES: Readonly<Record<CofinancingSource, readonly string[]>> = {
  eu: ['eu medel', 'eu', 'eu strukturfonder', 'eu finansiering', 'eruf', 'eu funds'],
  statlig: ['statlig medfinansiering', 'statlig', 'annan statlig', 'annan statlig medfinansiering', 'state'],
  regional: ['regional medfinansiering', 'regional', 'region', 'regionens medfinansiering', 'landsting'],
  kommunal: ['kommunal medfinansiering', 'kommunal', 'kommuner', 'kommunernas medfinansiering', 'municipal'],
  privat: ['privat medfinansiering', 'privat', 'privata medel', 'private'],
};

const LEDGER_NAMES: ReadonlyMap<LedgerField, readonly string[]> = new Map<LedgerField, readonly string[]>([
  [
    'id',
    [
      'arende',
      'arendenummer',
      'arende nr',
      'arendenr',
      'arende id',
      'diarienummer',
      'dnr',
      'case id',
      'case',
    ],
  ],
  ['region', ['lan', 'lanskod', 'region', 'regionkod', 'county']],
  ['supportType', ['stodtyp', 'stodform', 'typ av stod', 'verktyg', 'support type']],
  ['year', ['beslutsar', 'beslut ar', 'ar', 'decision year', 'year']],
  ['status', ['status', 'arendestatus', 'beslut', 'decision']],
  [
    'applied',
    ['sokt belopp', 'sokt', 'sokta medel', 'sokt 1 1', 'sokt belopp 1 1', 'applied', 'applied amount'],
  ],
  [
    'granted',
    [
      'beviljat belopp',
      'beviljat',
      'beviljade medel',
      'beviljat 1 1',
      'beviljat belopp 1 1',
      'granted',
      'granted amount',
    ],
  ],
  [
    'paid',
    [
      'utbetalt belopp',
      'utbetalt',
      'utbetalda medel',
      'utbetalt 1 1',
      'utbetalning',
      'utbetalningsbelopp',
      'utbetalt belopp 1 1',
      'paid',
      'paid amount',
      'payment',
    ],
  ],
  // A ledger of one row per payment says when each was paid: a year or a date.
  [
    'paymentYear',
    [
      'utbetalningsar',
      'utbetalnings ar',
      'ar for utbetalning',
      'betalningsar',
      'utbetalningsdatum',
      'utbetalningsdag',
      'betaldatum',
      'datum',
      'payment year',
      'payment date',
    ],
  ],
  ...COFINANCING_SOURCES.map((s): [LedgerField, readonly string[]] => [`cofinancing:${s}`, SOURCE_NAMES[s]]),
  ...COFINANCING_SOURCES.map((s): [LedgerField, readonly string[]] => [
    `inKind:${s}`,
    SOURCE_NAMES[s].flatMap((n) => [`${n} natura`, `${n} i natura`, `${n} in kind`, `varav ${n} i natura`]),
  ]),
  [
    'rus',
    [
      'rus prioritering',
      'rus',
      'rus omrade',
      'rus prioriteringsomrade',
      'prioriteringsomrade',
      'rus priority',
    ],
  ],
  [
    'chainTag',
    ['resultatkedja', 'resultatkedjan', 'effektkedja', 'effektkedjan', 'niva i effektkedjan', 'result chain'],
  ],
  [
    'strategyArea',
    ['nationellt strategiomrade', 'strategiomrade', 'nationell prioritering', 'national strategy area'],
  ],
  ['owner', ['projektagare', 'stodmottagare', 'sokande', 'foretag', 'organisation', 'project owner']],
  ['start', ['startdatum', 'start', 'projektstart', 'start date']],
  ['end', ['slutdatum', 'slut', 'projektslut', 'end date']],
  ['ceoGender', ['vd kon', 'vd s kon', 'kon vd', 'vd', 'ceo gender']],
]);

export type RequiredLedgerField = 'id' | 'region' | 'supportType' | 'year' | 'granted';

/**
 * The columns a ledger must have, with the canonical names the messages and the README give. The
 * county (län) can instead be stated by the user or named by the file; status and the applied amount
 * may be missing (see ledger-rows).
 */
export const LEDGER_REQUIRED: Readonly<Record<RequiredLedgerField, string>> = {
  id: 'ärende',
  region: 'län',
  supportType: 'stödtyp',
  year: 'beslutsår',
  granted: 'beviljat_belopp',
};

export type FrameField = 'region' | 'year' | 'amount';
export type ShareField = 'region' | 'year' | 'area' | 'share';

const FRAME_NAMES: ReadonlyMap<FrameField, readonly string[]> = new Map<FrameField, readonly string[]>([
  ['region', ['lan', 'lanskod', 'region', 'regionkod', 'county']],
  ['year', ['ar', 'year', 'budgetar']],
  ['amount', ['ram', 'ram kr', 'ram 1 1', 'tillgangliga medel', 'tillgangligt', 'frame', 'available']],
]);

const SHARE_NAMES: ReadonlyMap<ShareField, readonly string[]> = new Map<ShareField, readonly string[]>([
  ['region', ['lan', 'lanskod', 'region', 'regionkod', 'county']],
  ['year', ['ar', 'year']],
  ['area', ['rus prioritering', 'rus', 'rus omrade', 'prioriteringsomrade', 'rus priority']],
  ['share', ['planerad andel', 'planerad andel procent', 'andel', 'planned share']],
]);

export type LedgerTableKind = 'ledger' | 'frames' | 'shares';

export interface LedgerHeader<F extends string> {
  readonly columns: ReadonlyMap<F, number>;
  /** Named columns the layout does not read. */
  readonly unused: readonly { readonly name: string; readonly index: number }[];
  /** Kronor per unit of a column whose header names its unit: "Sökt belopp (tkr)" → 1000. */
  readonly factors: ReadonlyMap<number, number>;
}

const HEADER_UNITS: readonly (readonly [RegExp, number])[] = [
  [/ (mnkr|mkr|msek|miljoner kronor|milj kr)$/, 1e6],
  [/ (tkr|tsek|tusen kronor)$/, 1e3],
  [/ (kr|kronor|sek)$/, 1],
];

function withoutUnit(folded: string): { name: string; factor: number | undefined } {
  for (const [pattern, factor] of HEADER_UNITS)
    if (pattern.test(folded)) return { name: folded.replace(pattern, ''), factor };
  return { name: folded, factor: undefined };
}

function match<F extends string>(
  header: readonly string[],
  names: ReadonlyMap<F, readonly string[]>,
): LedgerHeader<F> {
  const split = header.map((h) => withoutUnit(foldName(h.replace(/^\uFEFF/, ''))));
  const folded = split.map((s) => s.name);
  const factors = new Map<number, number>();
  split.forEach((s, i) => {
    if (s.factor !== undefined) factors.set(i, s.factor);
  });
  const columns = new Map<F, number>();
  const used = new Set<number>();
  for (const [field, candidates] of names) {
    for (const candidate of candidates) {
      const index = folded.findIndex((f, i) => f === candidate && !used.has(i));
      if (index >= 0) {
        columns.set(field, index);
        used.add(index);
        break;
      }
    }
  }
  const unused = header.flatMap((h, index) =>
    h.trim() !== '' && !used.has(index) ? [{ name: h.trim(), index }] : [],
  );
  return { columns, unused, factors };
}

/**
 * A ledger's columns by their names, or as the user mapped them: a mapped field is the chosen
 * column, a field the mapping leaves out is not in the file, and the columns the mapping takes are
 * no other field's.
 */
export function ledgerHeader(
  header: readonly string[],
  mapped?: LedgerColumnMapping,
): LedgerHeader<LedgerField> {
  const found = match(header, LEDGER_NAMES);
  if (!mapped) return found;
  const taken = new Set(Object.values(mapped));
  const columns = new Map<LedgerField, number>(
    [...found.columns].filter(
      ([field, index]) => !LEDGER_MAPPED_FIELDS.some((f) => f === field) && !taken.has(index),
    ),
  );
  for (const field of LEDGER_MAPPED_FIELDS) {
    const index = mapped[field];
    if (index !== undefined && index < header.length) columns.set(field, index);
  }
  const used = new Set(columns.values());
  const unused = header.flatMap((h, index) =>
    h.trim() !== '' && !used.has(index) ? [{ name: h.trim(), index }] : [],
  );
  return { columns, unused, factors: found.factors };
}

export function frameHeader(header: readonly string[]): LedgerHeader<FrameField> {
  return match(header, FRAME_NAMES);
}

export function shareHeader(header: readonly string[]): LedgerHeader<ShareField> {
  return match(header, SHARE_NAMES);
}

/**
 * Which ledger table a header is, if any: a case ledger has a case id and an applied or granted
 * amount; a planned-shares table a RUS area and a planned share; a frames table a frame (ram)
 * beside a region and a year. Other tables are indicator tables.
 */
export function ledgerTableKind(header: readonly string[]): LedgerTableKind | undefined {
  const ledger = ledgerHeader(header).columns;
  if (ledger.has('id') && (ledger.has('applied') || ledger.has('granted'))) return 'ledger';
  const shares = shareHeader(header).columns;
  if (shares.has('area') && shares.has('share')) return 'shares';
  const frames = frameHeader(header).columns;
  if (frames.has('amount') && frames.has('region') && frames.has('year')) return 'frames';
  return undefined;
}
