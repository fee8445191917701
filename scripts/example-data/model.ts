/** The time span and the shapes shared by the example-data modules. */
import type { Gender } from '../../src/domain/gender';
import type { Random } from './random';
import type { RegionProfile } from './regions';

export const FIRST_YEAR = 2012;
export const LAST_YEAR = 2025;
/** Quarterly series run on into the year after the last full year, up to this quarter. */
export const LAST_QUARTER = { year: 2026, quarter: 2 } as const;
/** The year targets start from (basår). */
export const BASE_YEAR = 2020;

export const YEARS: readonly number[] = Array.from(
  { length: LAST_YEAR - FIRST_YEAR + 1 },
  (_, i) => FIRST_YEAR + i,
);

export function yearIndex(year: number): number {
  return year - FIRST_YEAR;
}

/** One row of data/observations.csv; `value` is already rounded, null for the missing marker `..`. */
export interface ObservationRow {
  readonly region: string;
  readonly indicator: string;
  /** `2023` or `2023K1`. */
  readonly period: string;
  readonly gender: Gender;
  readonly value: number | null;
}

/** Unrounded yearly county values of the indicators generated so far, for weights and derived series. */
export interface SeriesContext {
  yearly(indicator: string, region: string): readonly number[];
}

/** How a county's weight in Riket's mean is found, per year. */
export type Weight = (profile: RegionProfile, yearIndex: number, ctx: SeriesContext) => number;

/** Riket is the sum of the län (amounts, counts) or a weighted mean of them (rates, shares). */
export type RiketRule = { readonly kind: 'sum' } | { readonly kind: 'mean'; readonly weight: Weight };

/**
 * A series shaped by a national curve: each county starts from its own level in the base year,
 * follows the national movement (relatively or in absolute units), drifts on its own trend and
 * carries smooth AR(1) noise. For means the counties are then scaled so that Riket follows the
 * national curve.
 */
export interface TrendSpec {
  readonly kind: 'trend';
  readonly id: string;
  /** Riket's path FIRST_YEAR…LAST_YEAR (for sums: an index; only its shape is used). */
  readonly national: readonly number[];
  /** A county's level in the base year. */
  readonly level: (profile: RegionProfile, rng: Random) => number;
  readonly mode: 'relative' | 'absolute';
  /** Standard deviation of a county's own trend per year (a share for relative, units for absolute). */
  readonly drift: number;
  /** How strongly a county follows the national movement; default 1. */
  readonly response?: (profile: RegionProfile) => number;
  /** Standard deviation of the year-to-year noise (a share for relative, units for absolute). */
  readonly noise: number;
  readonly riket: RiketRule;
  readonly min?: number;
  readonly max?: number;
  /** Women minus men, in the indicator's units: adds K and M rows around T. */
  readonly genderGap?: { readonly mean: number; readonly sd: number };
  /** Adds annualised quarterly values whose yearly mean is the yearly value. */
  readonly quarterly?: {
    readonly seasonal: readonly [number, number, number, number];
    readonly noise: number;
  };
}

/** A series computed from others, e.g. projects from granted funds and project size. */
export interface DerivedSpec {
  readonly kind: 'derived';
  readonly id: string;
  readonly compute: (profile: RegionProfile, ctx: SeriesContext, rng: Random) => number[];
  readonly riket: RiketRule;
  readonly min?: number;
}

export type SeriesSpec = TrendSpec | DerivedSpec;

/** How a region's targets are set from its baseline. */
export interface TargetSpec {
  readonly id: string;
  /** The planned change from the baseline to 2030, signed in the good direction. */
  readonly change: number;
  readonly kind: 'relative' | 'absolute';
  /** Regions vary their ambition by up to ± this share of `change` (Riket does not). */
  readonly spread: number;
  /** Targets are round numbers: multiples of this step. */
  readonly step: number;
  readonly min?: number;
  readonly max?: number;
}
