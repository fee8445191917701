/**
 * How each indicator's invented series is shaped, and how ambitious its targets are. National
 * curves run 2012…2025 and carry the broad story: the 2020 dip and 2021 rebound, falling
 * population growth after 2022, rising unemployment in 2024–2025, steady growth in education.
 */
import { BASE_YEAR, YEARS, yearIndex, type SeriesSpec, type TargetSpec, type Weight } from './model';

const BASE = yearIndex(BASE_YEAR);
const YEAR_COUNT = YEARS.length;

const byPopulation: Weight = (p) => p.pop;
const byFunds: Weight = (p, y, ctx) => ctx.yearly('beviljade_medel', p.code)[y] ?? 0;
const byProjects: Weight = (p, y, ctx) => ctx.yearly('antal_projekt', p.code)[y] ?? 0;
const byParticipants: Weight = (p, y, ctx) => ctx.yearly('deltagare', p.code)[y] ?? 0;
const byGrp: Weight = (p, y, ctx) => p.pop * (ctx.yearly('brp_per_invanare', p.code)[y] ?? 0);

/**
 * Series that are generated but not written to observations.csv: they drive the 1:1 case ledger
 * (ledger.ts), from which the app computes these indicators — granted funds, leverage, application
 * pressure and the share of funds to RUS priorities follow them.
 */
export const DRIVER_IDS: readonly string[] = [
  'beviljade_medel',
  'uppvaxling',
  'ansokningstryck',
  'andel_medel_rus',
];

/** In generation order: a series comes after the series its weights or formula use. */
export const SERIES_SPECS: readonly SeriesSpec[] = [
  {
    kind: 'trend',
    id: 'beviljade_medel',
    national: [0.9, 0.92, 0.95, 0.88, 0.93, 0.97, 1.0, 1.02, 1.05, 1.04, 0.97, 0.95, 0.98, 1.0],
    level: (p) => p.funds,
    mode: 'relative',
    drift: 0.015,
    noise: 0.06,
    riket: { kind: 'sum' },
    min: 1,
  },
  {
    kind: 'derived',
    id: 'antal_projekt',
    // 1:1 funds per granted project, mnkr, differs between regions and drifts slowly.
    compute: (p, ctx, rng) => {
      const size = rng.uniform(1.9, 3.4);
      const drift = rng.normal(0.012);
      const noise = rng.smoothNoise(YEAR_COUNT, 0.05);
      return ctx
        .yearly('beviljade_medel', p.code)
        .map((funds, i) => funds / (size * (1 + drift * (i - BASE)) * (1 + (noise[i] ?? 0))));
    },
    riket: { kind: 'sum' },
    min: 1,
  },
  {
    kind: 'derived',
    id: 'deltagare',
    compute: (p, ctx, rng) => {
      const perProject = rng.uniform(25, 55);
      const drift = 0.015 + rng.normal(0.02);
      const noise = rng.smoothNoise(YEAR_COUNT, 0.06);
      return ctx
        .yearly('antal_projekt', p.code)
        .map((projects, i) => projects * perProject * (1 + drift * (i - BASE)) * (1 + (noise[i] ?? 0)));
    },
    riket: { kind: 'sum' },
    min: 5,
  },
  {
    kind: 'trend',
    id: 'uppvaxling',
    national: [2.55, 2.58, 2.62, 2.5, 2.56, 2.62, 2.68, 2.72, 2.7, 2.75, 2.8, 2.86, 2.9, 2.95],
    level: (p) => p.leverage,
    mode: 'absolute',
    drift: 0.03,
    noise: 0.08,
    riket: { kind: 'mean', weight: byFunds },
    min: 2,
    max: 4.5,
  },
  {
    kind: 'trend',
    id: 'ansokningstryck',
    national: [1.45, 1.5, 1.6, 1.7, 1.58, 1.55, 1.57, 1.6, 1.8, 1.85, 1.65, 1.62, 1.7, 1.75],
    level: (p) => p.pressure,
    mode: 'relative',
    drift: 0.015,
    noise: 0.06,
    riket: { kind: 'mean', weight: byFunds },
    min: 1.05,
  },
  {
    kind: 'trend',
    id: 'jamstalldhetsintegrerade_projekt',
    national: [34, 37, 40, 43, 46, 49, 52, 54, 56, 58, 60, 62, 64, 66],
    level: (_p, rng) => 56 + rng.normal(7),
    mode: 'absolute',
    drift: 0.6,
    noise: 2,
    riket: { kind: 'mean', weight: byProjects },
    min: 5,
    max: 98,
  },
  {
    kind: 'trend',
    id: 'andel_medel_rus',
    national: [68, 70, 71, 73, 74, 76, 78, 79, 80, 82, 83, 84, 85, 86],
    level: (_p, rng) => 80 + rng.normal(5),
    mode: 'absolute',
    drift: 0.5,
    noise: 1.5,
    riket: { kind: 'mean', weight: byFunds },
    min: 30,
    max: 99,
  },
  {
    kind: 'trend',
    id: 'aktiva_kluster',
    national: [0.72, 0.76, 0.8, 0.84, 0.87, 0.9, 0.93, 0.96, 1.0, 1.01, 1.03, 1.05, 1.06, 1.08],
    level: (p) => p.clusters,
    mode: 'relative',
    drift: 0.015,
    noise: 0.03,
    riket: { kind: 'sum' },
    min: 1,
  },
  {
    kind: 'trend',
    id: 'okad_kunskap',
    national: [62, 63.1, 64, 64.8, 66, 66.9, 67.5, 68.4, 68, 69.5, 70.6, 71.2, 72, 72.9],
    level: (_p, rng) => 68 + rng.normal(4),
    mode: 'absolute',
    drift: 0.35,
    noise: 1.2,
    riket: { kind: 'mean', weight: byParticipants },
    max: 95,
  },
  {
    kind: 'trend',
    id: 'nya_samarbeten',
    national: [31, 32, 33.5, 34, 35, 36.2, 37, 38, 36.5, 37.5, 39, 40, 40.8, 41.5],
    level: (_p, rng) => 37 + rng.normal(4),
    mode: 'absolute',
    drift: 0.3,
    noise: 1.5,
    riket: { kind: 'mean', weight: byParticipants },
    max: 90,
  },
  {
    kind: 'trend',
    id: 'nyforetagande',
    national: [9.6, 9.5, 9.9, 10.1, 10.4, 10.3, 10.2, 10.3, 10.5, 11.6, 10.6, 10.4, 10.9, 11.2],
    level: (p) => p.nyf,
    mode: 'relative',
    drift: 0.01,
    noise: 0.02,
    riket: { kind: 'mean', weight: byPopulation },
    // Many firms start in January, few in the summer.
    quarterly: { seasonal: [1.12, 1.03, 0.84, 1.01], noise: 0.025 },
  },
  {
    kind: 'trend',
    id: 'brp_per_invanare',
    national: [390, 395, 410, 430, 445, 460, 475, 490, 485, 520, 560, 585, 600, 615],
    level: (p) => p.brp,
    mode: 'relative',
    drift: 0.01,
    noise: 0.015,
    riket: { kind: 'mean', weight: byPopulation },
  },
  {
    kind: 'trend',
    id: 'fou_andel',
    national: [3.3, 3.3, 3.2, 3.3, 3.3, 3.4, 3.3, 3.4, 3.5, 3.4, 3.4, 3.5, 3.4, 3.5],
    level: (p) => p.fou,
    mode: 'relative',
    drift: 0.012,
    noise: 0.03,
    riket: { kind: 'mean', weight: byGrp },
    min: 0.2,
  },
  {
    kind: 'trend',
    id: 'nya_innovationer',
    national: [28, 27.6, 27.1, 26.9, 26.4, 26, 25.8, 25.5, 25.2, 25.6, 25, 24.6, 24.4, 24.1],
    level: (p) => 6 + 7 * p.fou,
    mode: 'relative',
    drift: 0.012,
    noise: 0.05,
    riket: { kind: 'mean', weight: byPopulation },
  },
  {
    kind: 'trend',
    id: 'sysselsattningsgrad',
    national: [78.5, 78.7, 79, 79.5, 80, 80.6, 81.2, 81.3, 80.2, 80.7, 81.9, 82.3, 81.9, 82],
    level: (p) => p.emp,
    mode: 'absolute',
    drift: 0.1,
    noise: 0.25,
    riket: { kind: 'mean', weight: byPopulation },
    max: 92,
    genderGap: { mean: -3, sd: 0.8 },
  },
  {
    kind: 'trend',
    id: 'arbetsloshet',
    national: [6.5, 6.6, 6.4, 6.2, 6, 5.8, 5.6, 5.7, 6.7, 6.5, 5.2, 5.4, 6, 6.2],
    level: (p) => p.unemp,
    mode: 'relative',
    drift: 0.01,
    noise: 0.03,
    riket: { kind: 'mean', weight: byPopulation },
    min: 1.5,
    genderGap: { mean: -0.2, sd: 0.35 },
  },
  {
    kind: 'trend',
    id: 'befolkningsforandring',
    national: [8, 9.1, 10.7, 10.6, 14.6, 12.5, 10.8, 9.8, 5.1, 5.8, 6.8, 3, 2.1, 2],
    level: (p) => p.popChange,
    mode: 'absolute',
    // Growing counties swing more with migration than shrinking ones.
    response: (p) => Math.min(1.4, Math.max(0.4, 0.6 + (0.4 * p.popChange) / 5)),
    drift: 0.12,
    noise: 0.6,
    riket: { kind: 'mean', weight: byPopulation },
  },
  {
    kind: 'trend',
    id: 'eftergymnasial_utbildning',
    national: [39.5, 40.2, 40.9, 41.6, 42.3, 43, 43.7, 44.4, 45.1, 45.8, 46.4, 47, 47.6, 48.2],
    level: (p) => p.edu,
    mode: 'absolute',
    drift: 0.12,
    noise: 0.15,
    riket: { kind: 'mean', weight: byPopulation },
  },
  {
    kind: 'trend',
    id: 'livskvalitet',
    national: [78.5, 78.8, 79, 79.1, 79.4, 79.6, 79.8, 80, 77.2, 77.8, 79, 79.4, 79.7, 80],
    level: (p) => p.lifeq,
    mode: 'absolute',
    drift: 0.1,
    noise: 0.6,
    riket: { kind: 'mean', weight: byPopulation },
    max: 95,
  },
];

/**
 * Indicators with a natural target, and the ambition of their 2030 targets. The neutral
 * indicators (granted funds, application pressure) describe the frame and get none. The 1:1
 * formula indicators' baselines are the values the app computes from the generated ledger.
 * Utbetalningsgrad gets none: it is per decision-year cohort, so its latest value is always a
 * young cohort's, and a target path over calendar years would call every county off track.
 */
export const TARGET_SPECS: readonly TargetSpec[] = [
  { id: 'uppvaxling', kind: 'absolute', change: 0.4, spread: 0.5, step: 0.05, max: 4.5 },
  { id: 'medfinansiering_per_krona', kind: 'absolute', change: 0.4, spread: 0.5, step: 0.05, max: 3.5 },
  { id: 'jamstalldhetsintegrerade_projekt', kind: 'absolute', change: 20, spread: 0.3, step: 1, max: 95 },
  { id: 'beslutandegrad', kind: 'absolute', change: 5, spread: 0.4, step: 1, max: 100 },
  { id: 'andel_medel_rus', kind: 'absolute', change: 10, spread: 0.4, step: 1, max: 97 },
  { id: 'andel_foretagsstod_kvinnor', kind: 'absolute', change: 10, spread: 0.4, step: 1, max: 50 },
  { id: 'antal_projekt', kind: 'relative', change: 0.08, spread: 0.5, step: 1 },
  { id: 'deltagare', kind: 'relative', change: 0.15, spread: 0.4, step: 10 },
  { id: 'aktiva_kluster', kind: 'relative', change: 0.15, spread: 0.4, step: 1 },
  { id: 'okad_kunskap', kind: 'absolute', change: 8, spread: 0.3, step: 0.5, max: 95 },
  { id: 'nya_samarbeten', kind: 'absolute', change: 8, spread: 0.3, step: 0.5, max: 90 },
  { id: 'nyforetagande', kind: 'relative', change: 0.15, spread: 0.4, step: 0.1 },
  { id: 'nya_innovationer', kind: 'relative', change: 0.08, spread: 0.5, step: 0.5 },
  { id: 'sysselsattningsgrad', kind: 'absolute', change: 3, spread: 0.3, step: 0.5, max: 90 },
  { id: 'arbetsloshet', kind: 'relative', change: -0.18, spread: 0.4, step: 0.1, min: 2 },
  { id: 'brp_per_invanare', kind: 'relative', change: 0.5, spread: 0.2, step: 5 },
  { id: 'fou_andel', kind: 'relative', change: 0.1, spread: 0.5, step: 0.1 },
  { id: 'befolkningsforandring', kind: 'absolute', change: 1, spread: 0.5, step: 0.5 },
  { id: 'eftergymnasial_utbildning', kind: 'absolute', change: 6, spread: 0.3, step: 0.5 },
  { id: 'livskvalitet', kind: 'absolute', change: 3, spread: 0.4, step: 0.5, max: 95 },
];
