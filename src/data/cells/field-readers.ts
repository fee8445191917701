import { genderIndex, parseGender } from '../../domain/gender';
import { parsePeriod, periodCode, type PeriodProblem } from '../../domain/period';
import { resolveRegion, type RegionResolution } from '../../domain/region-resolver';
import { REGIONS, regionIndexOf } from '../../domain/regions';
import { RecentMap } from './recent-map';
import type { IssueCollector } from '../issues/issue';
import { parseValue, type DecimalHint } from '../text/number-parse';

export interface ReadValue {
  readonly value: number;
  /** "" when there is a number; else the marker. */
  readonly marker: string | undefined;
}

/**
 * Reads the cells every layout shares — region, period, gender, value — with one cache per kind,
 * so a million rows resolve each distinct spelling once. Every failure becomes an issue.
 */
export class FieldReaders {
  private readonly regions = new RecentMap<RegionResolution>();
  private readonly periods = new RecentMap<number | PeriodProblem>();
  private readonly genders = new RecentMap<number>();

  constructor(
    private readonly issues: IssueCollector,
    private readonly hint: DecimalHint,
  ) {}

  /** The region's index in REGIONS, or undefined after reporting why not. */
  region(raw: string, line: number, column: number): number | undefined {
    let res = this.regions.get(raw);
    if (res === undefined) {
      res = resolveRegion(raw);
      this.regions.set(raw, res);
    }
    if (res.ok) {
      const note = res.note;
      if (note !== undefined) {
        if (note.kind === 'padded') {
          this.issues.add('region_padded', line, column, {
            value: raw.trim(),
            code: note.to,
            name: res.region.nameSv,
          });
        } else if (note.kind === 'name_mismatch') {
          this.issues.add('region_name_mismatch', line, column, {
            value: raw.trim(),
            code: note.code,
            name: res.region.nameSv,
          });
        } else if (note.kind === 'former_kommun') {
          const code = note.by === 'code' ? 'kommun_former_code' : 'kommun_former_name';
          this.issues.add(code, line, column, { value: raw.trim(), change: note.change });
        } else {
          this.issues.add('region_ambiguous', line, column, {
            value: raw.trim(),
            county: res.region.nameSv,
            municipality: note.municipality.nameSv,
            code: note.municipality.code,
          });
        }
      }
      return regionIndexOf(res.region.code);
    }
    if (res.reason === 'empty') this.issues.add('region_empty', line, column, {});
    else if (res.reason === 'former_county_code') {
      this.issues.add('region_former_code', line, column, {
        value: raw.trim(),
        successor: res.suggestion?.nameSv ?? '',
      });
    } else
      this.issues.add('region_unknown', line, column, {
        value: raw.trim(),
        suggestion: res.suggestion?.nameSv,
      });
    return undefined;
  }

  /**
   * Checks a region's name against the region its code gave (a name column beside a code column):
   * the code is used either way; a name that means another region gets a warning.
   */
  checkRegionName(regionIndex: number, raw: string, line: number, column: number): void {
    const name = raw.trim();
    if (name === '') return;
    let res = this.regions.get(name);
    if (res === undefined) {
      res = resolveRegion(name);
      this.regions.set(name, res);
    }
    const code = REGIONS[regionIndex]?.code;
    const same =
      res.ok &&
      (res.region.code === code ||
        (res.note?.kind === 'ambiguous_municipality' && res.note.municipality.code === code));
    // "Malung" beside 2023: the right kommun under its former name, said as such.
    if (same && res.ok && res.note?.kind === 'former_kommun' && res.note.by === 'name')
      this.issues.add('kommun_former_name', line, column, { value: name, change: res.note.change });
    if (!same && code !== undefined) {
      this.issues.add('region_name_mismatch', line, column, {
        value: `${code} ${name}`,
        code,
        name: REGIONS[regionIndex]?.nameSv ?? code,
      });
    }
  }

  /** The period code, or undefined after reporting why not. */
  period(raw: string, line: number, column: number): number | undefined {
    let res = this.periods.get(raw);
    if (res === undefined) {
      const parsed = parsePeriod(raw);
      res = parsed.ok ? periodCode(parsed.period) : parsed.problem;
      this.periods.set(raw, res);
    }
    if (typeof res === 'number') return res;
    if (raw.trim() === '') this.issues.add('period_empty', line, column, {});
    else this.issues.add('period_invalid', line, column, { value: raw.trim(), reason: res });
    return undefined;
  }

  /** 0 T, 1 K, 2 M; undefined after reporting. */
  gender(raw: string, line: number, column: number): number | undefined {
    let res = this.genders.get(raw);
    if (res === undefined) {
      const parsed = parseGender(raw);
      res = parsed === undefined ? -1 : genderIndex(parsed);
      this.genders.set(raw, res);
    }
    if (res >= 0) return res;
    this.issues.add('gender_invalid', line, column, { value: raw.trim() });
    return undefined;
  }

  /** A number or a kept marker; undefined after reporting an invalid cell. */
  value(raw: string, line: number, column: number): ReadValue | undefined {
    const parsed = parseValue(raw, this.hint);
    if (parsed.kind === 'number') {
      if (parsed.note === 'ambiguous_separator') {
        const other = Number(raw.replace(/[.,]/, '').replace(/^[\u2212\u2013]/, '-'));
        this.issues.add('value_ambiguous', line, column, {
          value: raw,
          read: String(parsed.value),
          other: Number.isFinite(other) ? String(other) : '?',
        });
      }
      return { value: parsed.value, marker: undefined };
    }
    if (parsed.kind === 'marker') return { value: NaN, marker: parsed.marker };
    this.issues.add('value_invalid', line, column, { value: raw, reason: parsed.reason });
    return undefined;
  }
}
