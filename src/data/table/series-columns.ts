import { foldName } from '../../domain/text-match';
import type { ObservationBuilder } from '../columns/observation-store';
import type { IndicatorLabel } from '../import/import-result';
import type { IssueCollector } from '../issues/issue';
import type { CsvRecord } from '../text/csv-scanner';
import { toWellFormed } from '../text/well-formed';
import type { ConstantColumn, SeriesPlan } from './dimension-columns';

/** One series: a base indicator with one value of each dimension. */
interface Series {
  code: number;
  readonly baseId: string;
  readonly baseName: string;
  /** Per dimension, then per constant column: the row's value ("" for an empty cell). */
  readonly values: readonly string[];
  readonly labels: readonly string[];
  /** Whether the reader gave the base its id and name (a measure column), not the file. */
  readonly named: boolean;
}

/** A value's part of an id: "inrikes födda" → "inrikes_fodda". */
function idPart(value: string): string {
  return foldName(value)
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
}

/**
 * Reads a row's series by a SeriesPlan: the base indicator, or its variant for the row's values in
 * the dimension columns (`arbetsloshet_inrikes_fodda`, "Arbetslöshet – inrikes födda"). A constant
 * column that later holds another value becomes a dimension: the series read so far are renamed
 * with its first value, so no half of the file stays under the plain name.
 */
export class SeriesColumns {
  private readonly series = new Map<string, Series>();
  /** Per base id, while no column splits: its one series' code. */
  private readonly plain = new Map<string, number>();
  /** Per constant column: whether it turned out to vary. */
  private readonly varies: boolean[];

  constructor(
    private readonly plan: SeriesPlan,
    private readonly builder: ObservationBuilder,
    private readonly issues: IssueCollector,
    private readonly headerLine: number,
  ) {
    this.varies = plan.constants.map(() => false);
  }

  /** The indicator code of the row's series for a base indicator (well-formed: the caller checked). */
  code(rec: CsvRecord, baseId: string, baseName: string, named: boolean): number {
    const { dimensions, constants } = this.plan;
    const cell = (i: number): string => (rec.fields[i] ?? '').trim();
    // The common case, constants only and all still constant: one lookup per row.
    if (dimensions.length === 0 && !this.varies.includes(true)) {
      const fits = constants.every((c) => {
        const value = cell(c.index);
        return value === '' || value === c.value;
      });
      const plain = fits ? this.plain.get(baseId) : undefined;
      if (plain !== undefined) return plain;
    }
    const values = [
      ...dimensions.map((d) => cell(d.index)),
      ...constants.map((c, k) => {
        const value = cell(c.index);
        if (value !== '' && value !== c.value && !this.varies[k]) this.promote(k);
        return value === '' && !this.varies[k] ? c.value : value;
      }),
    ];
    const key = `${baseId}\u0000${values.join('\u0001')}`;
    let series = this.series.get(key);
    if (series === undefined) {
      const labels = dimensions.map((d) => (d.label ? cell(d.label.index) : ''));
      series = { code: -1, baseId, baseName, values, labels, named };
      series.code = this.builder.indicatorCode(this.idOf(series));
      this.series.set(key, series);
      if (dimensions.length === 0 && !this.varies.includes(true)) this.plain.set(baseId, series.code);
    }
    return series.code;
  }

  /** A constant column holds another value: every series read so far gets the first value in its id. */
  private promote(k: number): void {
    this.varies[k] = true;
    for (const series of this.series.values()) this.builder.renameIndicator(series.code, this.idOf(series));
  }

  /** The parts that split: each dimension's value, then each constant column that varies. */
  private parts(series: Series): { id: string; name: string }[] {
    const d = this.plan.dimensions.length;
    const parts = series.values.flatMap((value, i) => {
      if (i >= d && !this.varies[i - d]) return [];
      const label = series.labels[i] ?? '';
      return value === '' ? [] : [{ id: idPart(value), name: label === '' ? value : `${value} ${label}` }];
    });
    return parts.filter((p) => p.id !== '');
  }

  /** The base id with each part's; a series named by its dimension values alone has no base. */
  private idOf(series: Series): string {
    const id = [series.baseId, ...this.parts(series).map((p) => p.id)].filter((p) => p !== '').join('_');
    if (id === '') return 'indikator';
    return /^[a-z]/.test(id) || series.baseId !== '' ? id : `i_${id}`;
  }

  private nameOf(series: Series): string {
    const parts = this.parts(series).map((p) => p.name);
    if (series.baseName === '') return parts.join(', ') || 'indikator';
    return parts.length === 0 ? series.baseName : `${series.baseName} – ${parts.join(', ')}`;
  }

  /** The constants that stayed constant: they describe every series. */
  private described(): ConstantColumn[] {
    return this.plan.constants.filter((_, k) => !this.varies[k]);
  }

  /** Each series' label (name and description), and what was decided, said once per file. */
  finish(): { labels: IndicatorLabel[]; describes: string[] } {
    const described = this.described();
    const description =
      described.length === 0 ? undefined : described.map((c) => `${c.name}: ${c.value}`).join(', ');
    const labels: IndicatorLabel[] = [];
    const describes: string[] = [];
    for (const series of this.series.values()) {
      const id = this.builder.indicators[series.code] ?? '';
      const split = this.parts(series).length > 0;
      if (!split && !series.named && description === undefined) continue;
      const name = toWellFormed(this.nameOf(series));
      labels.push({ id, name, unit: undefined, decimals: undefined, description });
      if (split || series.named) describes.push(id);
    }
    if (described.length > 0)
      this.issues.add('columns_constant_described', this.headerLine, (described[0]?.index ?? 0) + 1, {
        columns: described.map((c) => ({ name: c.name, value: c.value })),
      });
    this.reportDimensions();
    return { labels, describes };
  }

  private reportDimensions(): void {
    const { dimensions, constants } = this.plan;
    const splitting = [...dimensions, ...constants.filter((_, k) => this.varies[k])];
    for (const column of splitting) {
      const k = [...dimensions, ...constants].indexOf(column);
      const values = new Set<string>();
      const series: { name: string; id: string }[] = [];
      for (const s of this.series.values()) {
        const value = s.values[k] ?? '';
        if (values.has(value)) continue;
        values.add(value);
        series.push({ name: toWellFormed(this.nameOf(s)), id: this.builder.indicators[s.code] ?? '' });
      }
      this.issues.add('column_dimension_series', this.headerLine, column.index + 1, {
        column: column.name,
        count: this.series.size,
        series,
      });
    }
  }
}
