import { MAX_YEAR, MIN_YEAR, periodCode } from '../../domain/period';

/**
 * The running sums of `kommunSums`, in typed arrays: four slots (T, K, M and one spare) per county
 * series (sum indicator and county) and period. Periods are numbered as met, so a key stays a small
 * integer (fast to hash) however far apart the period codes are: 201 years (MIN_YEAR–MAX_YEAR) × 17
 * periods a year is under PERIODS. The last key looked up is remembered: a file's T, K and M rows of
 * one kommun and period, which usually follow each other, cost one lookup.
 */
export class SumTable {
  /** Slots in use: four per key. */
  size = 0;
  /** Kommuner with a number. */
  count = new Uint16Array(1024);
  value = new Float64Array(1024);
  /** Who gives the county a row: GIVEN_OWN | GIVEN_EXAMPLE. */
  given = new Uint8Array(1024);
  /** Where the kommun numbers come from: FROM_EXAMPLE | FROM_OWN. */
  from = new Uint8Array(1024);
  /** The first kommun row's file (index into `files`, -1 for none) and line. */
  file = new Int32Array(1024).fill(-1);
  line = new Uint32Array(1024);
  readonly files: string[] = [];
  private keys: number[] = [];
  private readonly periods: number[] = [];
  private readonly periodNumber = new Map<number, number>();
  /** Period numbers by period code, for the codes of MIN_YEAR–MAX_YEAR: no hashing per row. */
  private readonly periodByCode = new Int16Array(LAST_CODE - FIRST_CODE + 1).fill(-1);
  private readonly bases = new Map<number, number>();
  private lastKey = -1;
  private lastBase = 0;

  slot(series: number, period: number, gender: number): number {
    const key = series * PERIODS + this.periodNumberOf(period);
    if (key !== this.lastKey) {
      let base = this.bases.get(key);
      if (base === undefined) {
        if (this.size === this.count.length) this.grow();
        base = this.size;
        this.size += 4;
        this.bases.set(key, base);
        this.keys.push(key);
      }
      this.lastKey = key;
      this.lastBase = base;
    }
    return this.lastBase + gender;
  }

  /** True for a slot no row reached (a kön the data does not have). */
  unused(s: number): boolean {
    return this.given[s] === 0 && this.file[s] === -1;
  }

  /** The series, period code and kön of a slot. */
  at(s: number): { series: number; period: number; gender: number } {
    const key = this.keys[s >> 2] ?? 0;
    const p = key % PERIODS;
    return { series: (key - p) / PERIODS, period: this.periods[p] ?? 0, gender: s & 3 };
  }

  private periodNumberOf(period: number): number {
    const at = period - FIRST_CODE;
    const known = at >= 0 && at < this.periodByCode.length ? (this.periodByCode[at] ?? -1) : -1;
    if (known >= 0) return known;
    let p = this.periodNumber.get(period);
    if (p === undefined) {
      p = this.periods.length;
      this.periods.push(period);
      this.periodNumber.set(period, p);
      if (at >= 0 && at < this.periodByCode.length) this.periodByCode[at] = p;
    }
    return p;
  }

  private grow(): void {
    const n = this.count.length * 2;
    const grown = <T extends Float64Array | Uint16Array | Uint8Array | Int32Array | Uint32Array>(
      old: T,
      next: T,
    ): T => {
      next.set(old);
      return next;
    };
    this.count = grown(this.count, new Uint16Array(n));
    this.value = grown(this.value, new Float64Array(n));
    this.given = grown(this.given, new Uint8Array(n));
    this.from = grown(this.from, new Uint8Array(n));
    this.file = grown(this.file, new Int32Array(n).fill(-1));
    this.line = grown(this.line, new Uint32Array(n));
  }
}

const PERIODS = 4096;
const FIRST_CODE = periodCode({ granularity: 'year', year: MIN_YEAR, sub: 0 });
const LAST_CODE = periodCode({ granularity: 'month', year: MAX_YEAR, sub: 12 });
