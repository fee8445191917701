import type { LocalizedText } from './language';

/**
 * A region's case ledger (ärendelista) of decisions on appropriation 1:1, the frames (ramar) it
 * decides within, and the planned split over the regional development strategy's (RUS) priority
 * areas. Amounts are in kronor. The ledger can name firms and people: it is read in the browser and
 * never sent anywhere.
 */

export type SupportType = 'projektstod' | 'foretagsstod' | 'kommersiell_service';
export const SUPPORT_TYPES: readonly SupportType[] = ['projektstod', 'foretagsstod', 'kommersiell_service'];
export const SUPPORT_TYPE_LABELS: Readonly<Record<SupportType, LocalizedText>> = {
  projektstod: { sv: 'Projektstöd', en: 'Project support' },
  foretagsstod: { sv: 'Företagsstöd', en: 'Company support' },
  kommersiell_service: { sv: 'Kommersiell service', en: 'Commercial service' },
};

export type CaseStatus = 'beviljad' | 'avslagen' | 'under_handlaggning' | 'atertagen';
export const CASE_STATUSES: readonly CaseStatus[] = [
  'beviljad',
  'avslagen',
  'under_handlaggning',
  'atertagen',
];
export const CASE_STATUS_LABELS: Readonly<Record<CaseStatus, LocalizedText>> = {
  beviljad: { sv: 'Beviljad', en: 'Granted' },
  avslagen: { sv: 'Avslagen', en: 'Rejected' },
  under_handlaggning: { sv: 'Under handläggning', en: 'Pending' },
  atertagen: { sv: 'Återtagen', en: 'Withdrawn' },
};

/** Co-financing by source, in this order in every array. */
export type CofinancingSource = 'eu' | 'statlig' | 'regional' | 'kommunal' | 'privat';
export const COFINANCING_SOURCES: readonly CofinancingSource[] = [
  'eu',
  'statlig',
  'regional',
  'kommunal',
  'privat',
];
export const COFINANCING_LABELS: Readonly<Record<CofinancingSource, LocalizedText>> = {
  eu: { sv: 'EU:s strukturfonder', en: 'EU structural funds' },
  statlig: { sv: 'Annan statlig', en: 'Other state' },
  regional: { sv: 'Region', en: 'Region' },
  kommunal: { sv: 'Kommuner', en: 'Municipalities' },
  privat: { sv: 'Privat', en: 'Private' },
};

export type CeoGender = 'K' | 'M';

/** What was paid on a case in one year. */
export interface CasePayment {
  readonly year: number;
  readonly amount: number;
}

export interface LedgerCase {
  /** The case id (ärende) as written: "2019-00123" stays "2019-00123". */
  readonly id: string;
  /** The county's SCB code ("20"). */
  readonly region: string;
  readonly supportType: SupportType;
  /** Decision year; undefined only for a case still under handläggning. */
  readonly year: number | undefined;
  readonly status: CaseStatus;
  /** Undefined when the ledger has no applied amounts: then no application pressure, never 0. */
  readonly applied: number | undefined;
  readonly granted: number;
  /** Paid so far: the sum of `payments` when the ledger gives one row per payment. */
  readonly paid: number;
  /** Payments by payment year, ascending, when the ledger says the year (one row per payment). */
  readonly payments: readonly CasePayment[];
  /** By COFINANCING_SOURCES: cash and in kind together. */
  readonly cofinancing: readonly number[];
  /** By COFINANCING_SOURCES: of which in kind (work, premises), where the ledger says. */
  readonly inKind: readonly number[];
  /** RUS priority area; "" when the case is tied to none. */
  readonly rus: string;
  /** The effect-chain level the case aims at (resultatkedja); "" when not tagged. */
  readonly chainTag: string;
  readonly strategyArea: string;
  readonly owner: string;
  /** ISO dates (yyyy-mm-dd) or undefined. */
  readonly start: string | undefined;
  readonly end: string | undefined;
  /** The gender of the firm's CEO, for company support. */
  readonly ceoGender: CeoGender | undefined;
  readonly file: string;
  readonly line: number;
}

/** The 1:1 funds a county has to decide on in a year. */
export interface RegionFrame {
  readonly region: string;
  readonly year: number;
  readonly amount: number;
  readonly file: string;
  readonly line: number;
}

/** The planned share of a year's 1:1 funds for one RUS priority area, in per cent. */
export interface PlannedShare {
  readonly region: string;
  readonly year: number;
  readonly area: string;
  readonly share: number;
  readonly file: string;
  readonly line: number;
}

export interface Ledger {
  readonly cases: readonly LedgerCase[];
  readonly frames: readonly RegionFrame[];
  readonly shares: readonly PlannedShare[];
}

export const EMPTY_LEDGER: Ledger = { cases: [], frames: [], shares: [] };

export function isEmptyLedger(ledger: Ledger): boolean {
  return ledger.cases.length === 0 && ledger.frames.length === 0 && ledger.shares.length === 0;
}

export function totalCofinancing(c: LedgerCase): number {
  return c.cofinancing.reduce((s, v) => s + v, 0);
}

/** A RUS area written as "none": the case is not tied to the strategy. */
const NO_RUS = new Set(['', 'ingen', 'saknas', 'ingen rus-koppling', 'ingen koppling', 'none', '-']);

export function isTiedToRus(c: LedgerCase): boolean {
  return !NO_RUS.has(c.rus.trim().toLowerCase());
}
