/**
 * The 21 län with rough, invented traits that shape the example data: population for weighting
 * Riket, and each county's level around 2020 for the indicators with a known regional pattern
 * (Stockholm with most new firms and the highest GRP, university counties with most R&D, the
 * northern counties with the largest 1:1 frames, and so on). Orders of magnitude only.
 */
import { COUNTIES } from '../../src/domain/regions';

export interface RegionProfile {
  readonly code: string;
  /** Inhabitants, thousands (about 2020). Weights for Riket. */
  readonly pop: number;
  /** New firms per 1 000 inhabitants 16–64. */
  readonly nyf: number;
  /** Employment rate 20–64, %. */
  readonly emp: number;
  /** Unemployment 20–64, %. */
  readonly unemp: number;
  /** GRP per inhabitant relative to Riket. */
  readonly brp: number;
  /** R&D spending, % of GRP. */
  readonly fou: number;
  /** Share 25–64 with post-secondary education, %. */
  readonly edu: number;
  /** 1:1 funds granted a year, mnkr. */
  readonly funds: number;
  /** Active cluster initiatives. */
  readonly clusters: number;
  /** Population change per 1 000 inhabitants. */
  readonly popChange: number;
  /** Applied / available 1:1 funds. */
  readonly pressure: number;
  /** Total project financing per granted 1:1 krona. */
  readonly leverage: number;
  /** Share reporting a good quality of life, %. */
  readonly lifeq: number;
}

type Row = [
  code: string,
  pop: number,
  nyf: number,
  emp: number,
  unemp: number,
  brp: number,
  fou: number,
  edu: number,
  funds: number,
  clusters: number,
  popChange: number,
  pressure: number,
  leverage: number,
  lifeq: number,
];

const ROWS: readonly Row[] = [
  //  code   pop   nyf   emp   unemp brp   fou  edu  funds clus popCh press lev   lifeq
  ['01', 2400, 14.8, 80.5, 6.1, 1.32, 4.3, 55, 25, 24, 6.5, 2.2, 3.6, 79.5],
  ['03', 390, 11.0, 80.0, 5.7, 0.84, 5.9, 52, 25, 9, 9.0, 1.95, 3.1, 80.0],
  ['04', 300, 9.2, 77.0, 9.4, 0.72, 1.5, 36, 30, 4, 5.0, 1.8, 2.6, 76.5],
  ['05', 470, 9.5, 78.5, 7.1, 0.83, 5.5, 43, 45, 10, 4.5, 1.9, 3.0, 78.0],
  ['06', 365, 9.4, 82.0, 5.8, 0.86, 1.3, 37, 50, 8, 4.0, 1.7, 2.8, 79.5],
  ['07', 203, 9.6, 80.0, 7.6, 0.88, 1.6, 39, 45, 5, 3.0, 1.65, 2.7, 78.5],
  ['08', 246, 9.2, 81.0, 6.4, 0.78, 0.9, 35, 75, 5, 1.5, 1.55, 2.5, 78.0],
  ['09', 61, 12.4, 82.0, 5.2, 0.73, 0.4, 40, 40, 2, 3.0, 1.45, 2.3, 81.0],
  ['10', 159, 8.2, 78.0, 8.4, 0.78, 2.4, 38, 70, 5, 0.0, 1.6, 2.6, 77.0],
  ['12', 1390, 11.3, 76.5, 8.6, 0.82, 4.4, 46, 50, 19, 7.0, 2.0, 3.3, 77.5],
  ['13', 335, 11.6, 82.5, 5.4, 0.76, 0.8, 42, 35, 5, 9.0, 1.85, 2.9, 81.0],
  ['14', 1730, 10.3, 80.5, 6.3, 0.98, 4.9, 45, 80, 22, 5.5, 1.95, 3.4, 79.0],
  ['17', 283, 8.7, 79.5, 6.6, 0.77, 1.3, 37, 110, 7, 1.0, 1.5, 2.7, 78.5],
  ['18', 305, 9.0, 79.0, 7.2, 0.8, 1.7, 39, 80, 7, 4.5, 1.7, 2.7, 77.5],
  ['19', 278, 9.0, 78.0, 8.3, 0.83, 3.4, 38, 60, 6, 5.0, 1.75, 2.8, 77.0],
  ['20', 288, 8.6, 81.5, 5.9, 0.8, 1.2, 35, 110, 6, 1.0, 1.45, 2.6, 80.0],
  ['21', 287, 8.4, 77.5, 8.5, 0.76, 1.0, 34, 120, 5, 0.5, 1.4, 2.5, 76.5],
  ['22', 245, 7.6, 80.0, 7.0, 0.85, 1.1, 36, 150, 6, -0.5, 1.35, 2.6, 78.0],
  ['23', 131, 8.4, 82.0, 5.4, 0.78, 0.6, 38, 210, 4, 2.0, 1.3, 2.4, 81.5],
  ['24', 275, 7.8, 82.0, 4.8, 0.82, 2.6, 44, 240, 8, 3.0, 1.35, 2.7, 81.0],
  ['25', 250, 6.9, 81.5, 5.0, 1.02, 2.0, 38, 270, 7, -1.5, 1.25, 2.5, 80.0],
];

export const REGION_PROFILES: readonly RegionProfile[] = ROWS.map(
  ([code, pop, nyf, emp, unemp, brp, fou, edu, funds, clusters, popChange, pressure, leverage, lifeq]) => ({
    code,
    pop,
    nyf,
    emp,
    unemp,
    brp,
    fou,
    edu,
    funds,
    clusters,
    popChange,
    pressure,
    leverage,
    lifeq,
  }),
);

/** Riket first, then the län in code order: the order of every output file. */
export const RIKET_CODE = '00';
export const REGION_CODES: readonly string[] = [RIKET_CODE, ...REGION_PROFILES.map((p) => p.code)];

// The table must name exactly the app's 21 län, in the same order.
const appCodes = COUNTIES.map((c) => c.code).join(',');
if (REGION_PROFILES.map((p) => p.code).join(',') !== appCodes) {
  throw new Error(
    `Region profiles ${REGION_PROFILES.map((p) => p.code).join(',')} do not match the app's län ${appCodes}`,
  );
}
