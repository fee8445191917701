import type { CsvRecord } from '../text/csv-scanner';
import { analyseHeader, ROLE_NAMES, type ColumnRole, type HeaderAnalysis } from '../cells/header-roles';
import { indicatorIdFrom, nameFromFile } from '../cells/indicator-naming';
import type { ColumnMapping, ImportOptions, IndicatorLabel } from '../import/import-result';
import { settledColumns, type ReaderOutcome } from '../import/reader';
import { ledgerTableKind, type LedgerTableKind } from './ledger/ledger-header';
import { startLedgerTable } from './ledger/ledger-table';
import { leftOutColumns, reportLeftOut } from '../cells/left-out-columns';
import type { LeftOutReason } from '../issues/table-shape-issues';
import { longChoice } from './layout-choice';
import { mappedLong, mappingFits } from './mapped-columns';
import { regionNameOf, titleRegion, type TitleRegion } from './title-region';
import { regionIndexOf } from '../../domain/regions';
import { indicatorListColumns } from './indicator-list';
import { LongRows, type MeasureColumn } from './long-rows';
import {
  capitalized,
  measureColumns,
  planLongExtras,
  seriesColumns,
  type LongExtrasPlan,
} from './long-extras';
import { SeriesColumns } from './series-columns';
import { needsRows, settleFromRows, type SettledRoles } from './column-evidence';
import { isUnnamedStubHeader, stubRoles } from './stub-columns';
import { CountyCells } from './county-columns';
import { PeriodCells } from './period-cells';
import { periodNamedColumns, regionNameOnlyColumn } from './period-columns';
import type { TableRowsContext } from './rows-context';
import { contentOfTitle, PERIOD_HEADER, periodColumnsOf } from './table-header';
import { TargetRows } from './target-rows';
import { WideRows, type PeriodColumn } from './wide-rows';

export type TableLayout = 'long' | 'wide' | 'targets' | LedgerTableKind;

/** What a table's rows become once read: observations, targets or a ledger. */
export type TableRead = Partial<
  Pick<ReaderOutcome, 'observations' | 'labels' | 'targets' | 'ledger' | 'describes'>
>;

/** A layout begun: its rows' reader, the columns it reads, and what the rows became. */
export interface LayoutStart {
  readonly layout: TableLayout;
  readonly read: (rec: CsvRecord) => void;
  readonly usedColumns: readonly number[];
  /** Records a row stands for: 1, or one per period column in the wide layout. */
  readonly weight: number;
  readonly finish: () => TableRead;
}

/**
 * The layout the header tells, or none ('failed', every row then rejected), or not yet: a long
 * table whose value column is named by its indicator is decided from its first rows ('undecided').
 */
export type LayoutChoice = LayoutStart | 'failed' | 'undecided';

const ROLE_LABELS: Readonly<Record<ColumnRole, string>> = {
  region: 'region',
  indicator: 'indikator',
  period: 'period',
  value: 'värde',
  gender: 'kön',
  note: 'kommentar',
  target: 'mål',
  baseline: 'baslinje',
  baselinePeriod: 'basår',
  regionName: 'regionnamn',
};

/**
 * Tells a table's layout from its header, after the delimiter is known: a ledger table of anslag
 * 1:1, the targets layout, the long layout (one observation per row), PxWeb's wide layout (one
 * column per period), or the columns the user mapped. Says what is missing or not read.
 */
export class TableLayoutChooser {
  private readonly analysis: HeaderAnalysis;
  /** The header's roles; a compound period name (`ar_manad`) counts as the period column. */
  private roles: ReadonlyMap<ColumnRole, number>;
  private readonly header: readonly string[];
  private readonly line: number;
  /** The columns the chosen layout reads, as a mapping: what Välj kolumner starts from. */
  chosen: ColumnMapping | undefined;
  /** The table is a list of indicators: its rows are skipped, and that is said once. */
  isIndicatorList = false;
  /** What the title lines say of the region, for a table without a region column. */
  private readonly fromTitle: TitleRegion | undefined;
  private readonly titleFixed: { readonly region: number; readonly code: string } | undefined;

  constructor(
    private readonly rows: TableRowsContext,
    headerLine: number,
    /** Title lines before the header: the first may name a wide table's content. */
    private readonly titles: readonly string[],
    private readonly options: ImportOptions,
  ) {
    this.header = rows.header;
    this.line = headerLine;
    this.analysis = analyseHeader(this.header);
    const roles = new Map(this.analysis.roles);
    const firstPeriod = periodNamedColumns(this.header)[0];
    if (!roles.has('period') && firstPeriod !== undefined) roles.set('period', firstPeriod);
    // A region named only by its name (`Kommunnamn`, Kolada's export) is the region.
    const nameOnly = roles.has('region') ? undefined : regionNameOnlyColumn(this.header);
    if (nameOnly !== undefined) roles.set('region', nameOnly);
    this.roles = roles;
    const fromTitle = roles.has('region') || options.columns ? undefined : titleRegion(titles);
    this.fromTitle = fromTitle;
    const index = fromTitle?.kind === 'found' ? regionIndexOf(fromTitle.code) : undefined;
    this.titleFixed =
      fromTitle?.kind === 'found' && index !== undefined
        ? { region: index, code: fromTitle.code }
        : undefined;
  }

  /** A region column, or the one region the title names. */
  private hasRegion(): boolean {
    return this.roles.has('region') || this.titleFixed !== undefined;
  }

  choose(): LayoutChoice {
    const { analysis, line, header } = this;
    const { issues } = this.rows;
    for (const r of analysis.reserved) issues.add('header_reserved', line, r.index + 1, { name: r.name });
    if (this.options.ledgerColumns) return this.ledger('ledger');
    const mapping = this.options.columns;
    if (mapping) {
      if (!mappingFits(mapping, header.length)) {
        issues.add('mapping_invalid', line, null, {});
        return 'failed';
      }
      // A long mapping is read against the first rows (a joined period, series): decided there.
      return mapping.periods && mapping.periods.length > 0 ? this.mapped(mapping) : 'undecided';
    }
    const ledgerKind = ledgerTableKind(header);
    if (ledgerKind) return this.ledger(ledgerKind);
    const list = indicatorListColumns(header, this.roles);
    if (list) return this.indicatorList(list);
    for (const d of analysis.duplicates) issues.add('header_duplicate', line, d.index + 1, { name: d.name });
    if (analysis.duplicates.length > 0) return 'failed';
    const roles = this.roles;
    // PxWeb's header: no names over the first columns; their content tells them (see decide).
    if (!roles.has('region') && !roles.has('period') && isUnnamedStubHeader(header)) return 'undecided';

    if (roles.has('target') && !roles.has('value')) {
      if (!this.requireRoles(['region', 'period', 'target'])) return 'failed';
      if (roles.has('baseline') !== roles.has('baselinePeriod')) {
        const [present, missing] = roles.has('baseline') ? ['baslinje', 'basår'] : ['basår', 'baslinje'];
        issues.add('header_baseline_incomplete', line, null, { present, missing });
      }
      this.reportLeftOut([...roles.values()], false);
      const rows = new TargetRows(this.rows, roles, this.options.indicator);
      return {
        layout: 'targets',
        read: (r) => rows.read(r),
        usedColumns: [...roles.values()],
        weight: 1,
        finish: () => ({ targets: rows.targets }),
      };
    }
    if (roles.has('value')) {
      // No indicator column: a dimension column (`tabellinnehåll`) may name the indicators.
      const unnamed = !roles.has('indicator') && this.options.indicator === undefined;
      if (unnamed && this.hasRegion() && roles.has('period') && analysis.unused.length > 0)
        return 'undecided';
      if (!this.requireRoles(['region', 'period', 'value'])) return 'failed';
      // Columns beyond the roles are told apart from the first rows (constants, dimensions, counters).
      if (needsRows(header, analysis.roles) || analysis.unused.length > 0) return 'undecided';
      return this.long(roles, this.options.indicator, []);
    }
    const periodColumns = periodColumnsOf(header);
    if (!analysis.roles.has('period') && roles.has('region') && periodColumns.length > 0)
      return this.wide(roles.get('region') ?? 0, roles.get('gender') ?? -1, periodColumns);
    // The value column may be named by its indicator: decide from the data.
    if (this.hasRegion() && roles.has('period')) return 'undecided';
    this.requireRoles(['region', 'period', 'value']);
    return 'failed';
  }

  /**
   * Decides from the first rows what the header alone could not: the region and period columns
   * (see settleFromRows) and, when no column is named as the value, the one unnamed-role column
   * whose values are all numbers or markers.
   */
  decide(pending: readonly CsvRecord[]): LayoutChoice {
    if (this.options.columns) return this.mappedLong(this.options.columns, pending);
    const { analysis, header } = this;
    if (!this.nameStub(pending)) {
      this.requireRoles(['region', 'period', 'value']);
      return 'failed';
    }
    const settled = settleFromRows(header, this.roles, pending, this.rows.issues, this.line);
    const taken = new Set([...settled.roles.values(), ...settled.notValue]);
    const free = analysis.unused.flatMap((u) => (taken.has(u.index) ? [] : [u.index]));
    const extras = planLongExtras(header, free, pending, settled);
    if (settled.roles.has('value')) {
      const unnamed = !settled.roles.has('indicator') && this.options.indicator === undefined;
      if (!unnamed) return this.long(settled.roles, this.options.indicator, [], settled, extras);
      // Each value of the dimension columns is an indicator of its own, named by it.
      if (extras.series?.dimensions.length)
        return this.long(settled.roles, undefined, [], settled, extras, '');
      this.requireRoles(['region', 'period', 'value']);
      return 'failed';
    }
    const chosen = extras.measures.length === 1 ? extras.measures[0] : undefined;
    if (extras.measures.length > 1) return this.severalMeasures(settled, extras);
    if (!chosen) {
      this.requireRoles(['region', 'period', 'value']);
      return 'failed';
    }
    const name = chosen.name;
    const hasIndicatorColumn = analysis.roles.has('indicator');
    const given = this.options.indicator;
    const id = given ?? (hasIndicatorColumn ? undefined : (indicatorIdFrom(name) ?? 'indikator'));
    const labels: IndicatorLabel[] = [];
    if (id !== undefined && given === undefined) {
      labels.push({ id, name: capitalized(name), unit: undefined, decimals: undefined });
      this.rows.issues.add('header_value_named', this.line, chosen.index + 1, { name, id });
    }
    const roles = new Map(settled.roles);
    roles.set('value', chosen.index);
    return this.long(roles, id, labels, settled, extras, labels[0]?.name);
  }

  /**
   * PxWeb's unnamed first columns, told by their content as the period and the region, and said.
   * False when the header is such a stub and its content tells neither.
   */
  private nameStub(pending: readonly CsvRecord[]): boolean {
    const { header } = this;
    if (this.roles.has('region') || this.roles.has('period') || !isUnnamedStubHeader(header)) return true;
    const stub = stubRoles(header, pending);
    if (!stub) return false;
    this.roles = new Map([...this.roles, ['period', stub.period], ['region', stub.region]]);
    this.rows.issues.add('stub_columns_read', this.line, null, {
      period: stub.period + 1,
      region: stub.region + 1,
    });
    return true;
  }

  /** Several columns of numbers (`Påbörjade`, `Färdigställda`; one per company form): an indicator each. */
  private severalMeasures(settled: SettledRoles, extras: LongExtrasPlan): LayoutStart {
    const measures = measureColumns(extras.measures, this.titles[0], this.options.indicator);
    this.rows.issues.add('measure_columns_read', this.line, (measures[0]?.index ?? 0) + 1, {
      columns: measures.map((m) => ({ name: (this.header[m.index] ?? '').trim(), id: m.id })),
    });
    const labels = measures.map((m) => ({ id: m.id, name: m.name, unit: undefined, decimals: undefined }));
    return this.long(settled.roles, undefined, labels, settled, extras, undefined, measures);
  }

  /** A list of indicators, not their values: every row skipped, and the Strategi view named. */
  private indicatorList(columns: readonly string[]): LayoutStart {
    const { counts, issues } = this.rows;
    this.isIndicatorList = true;
    issues.add('indicator_list', this.line, null, { columns });
    return {
      layout: 'long',
      read: () => {
        counts.skipped++;
      },
      usedColumns: [],
      weight: 1,
      finish: () => ({}),
    };
  }

  /** A case ledger, a frames table or a planned-shares table of anslag 1:1. */
  private ledger(kind: LedgerTableKind): LayoutChoice {
    const table = startLedgerTable(kind, this.rows, this.line, {
      county: this.options.county,
      titles: this.titles,
      mapped: this.options.ledgerColumns,
    });
    if (!table) return 'failed';
    return {
      layout: kind,
      read: (r) => table.rows.read(r),
      usedColumns: table.usedColumns,
      weight: 1,
      finish: () => ({ ledger: table.rows.finish() }),
    };
  }

  private long(
    roles: ReadonlyMap<ColumnRole, number>,
    indicator: string | undefined,
    labels: readonly IndicatorLabel[],
    /** What the first rows settled: the period plan and the county plan, with the columns they read. */
    settled?: Pick<SettledRoles, 'plan' | 'periodColumns' | 'county'>,
    /** The columns beyond the roles, told apart from the first rows. */
    extras?: LongExtrasPlan,
    /** The indicator's name, when the reader named it from its value column. */
    indicatorName?: string,
    measures?: readonly MeasureColumn[],
    /** What only a user's mapping gives: one region for every row. */
    given?: { readonly region: number; readonly code: string },
  ): LayoutStart {
    let fixed = given;
    const { plan, county } = settled ?? {};
    if (!fixed && !roles.has('region') && this.titleFixed) {
      fixed = this.titleFixed;
      const title = this.fromTitle?.kind === 'found' ? this.fromTitle.title : '';
      this.rows.issues.add('region_from_title', this.line, null, { region: regionNameOf(fixed.code), title });
    }
    const countyColumns = county?.counties.map((c) => c.index) ?? [];
    const usedColumns = [
      ...new Set([
        ...roles.values(),
        ...(settled?.periodColumns ?? []),
        ...countyColumns,
        ...seriesColumns(extras?.series),
        ...(measures ?? []).map((m) => m.index),
      ]),
    ];
    if (extras) this.reportLeftOutWithReasons(usedColumns, extras);
    else this.reportLeftOut(usedColumns, false);
    this.chosen = longChoice({
      header: this.header,
      roles,
      part: plan?.part?.index,
      measures: measures?.map((m) => m.index),
      series: seriesColumns(extras?.series),
      used: usedColumns,
      regionCode: fixed?.code,
    });
    const { readers, issues, builder } = this.rows;
    const cells = plan ? new PeriodCells(plan, readers, issues) : undefined;
    const regions = county ? new CountyCells(county, readers, issues) : undefined;
    const series = extras?.series ? new SeriesColumns(extras.series, builder, issues, this.line) : undefined;
    const rows = new LongRows(this.rows, roles, indicator, cells, regions, {
      ...(measures ? { measures } : {}),
      ...(series ? { series } : {}),
      ...(indicatorName !== undefined ? { indicatorName } : {}),
      ...(fixed ? { fixedRegion: fixed.region } : {}),
    });
    return {
      layout: 'long',
      read: (r) => rows.read(r),
      usedColumns,
      weight: measures?.length ?? 1,
      finish: () => {
        regions?.finish();
        const described = series?.finish();
        const observations = settledColumns(this.rows.builder, this.rows);
        if (!described) return { observations, labels };
        return { observations, labels: described.labels, describes: described.describes };
      },
    };
  }

  private wide(regionCol: number, genderCol: number, periods: PeriodColumn[]): LayoutStart {
    const { header, options } = this;
    // The content's name: the common text before the periods ("Folkmängd 2020"), the title, or the file.
    const prefixes = new Set(
      periods.map((p) => (PERIOD_HEADER.exec((header[p.index] ?? '').trim())?.[1] ?? '').trim()),
    );
    const prefix = prefixes.size === 1 ? [...prefixes][0] : '';
    const name = prefix || contentOfTitle(this.titles[0] ?? '') || nameFromFile(this.rows.file);
    const id = options.indicator ?? indicatorIdFrom(name) ?? 'indikator';
    const roles = this.analysis.roles;
    const hasIndicatorColumn = options.indicator === undefined && roles.has('indicator');
    const labels: IndicatorLabel[] = [];
    if (options.indicator === undefined && !hasIndicatorColumn)
      labels.push({ id, name, unit: undefined, decimals: undefined });
    const indicatorCol = options.indicator === undefined ? (roles.get('indicator') ?? -1) : -1;
    const rows = new WideRows(this.rows, {
      region: regionCol,
      gender: genderCol,
      indicator: indicatorCol,
      periods,
      indicatorId: id,
    });
    const usedColumns = [
      regionCol,
      ...(genderCol >= 0 ? [genderCol] : []),
      ...(indicatorCol >= 0 ? [indicatorCol] : []),
      ...periods.map((p) => p.index),
    ];
    this.reportLeftOut(usedColumns, true);
    this.chosen = {
      region: regionCol,
      periods: periods.map((p) => p.index),
      ...(genderCol >= 0 ? { gender: genderCol } : {}),
      ...(indicatorCol >= 0 ? { indicator: indicatorCol } : {}),
      ignore: leftOutColumns(header, usedColumns, []).map((c) => c.index),
    };
    return {
      layout: 'wide',
      read: (r) => rows.read(r),
      usedColumns,
      weight: periods.length,
      finish: () => ({ observations: settledColumns(this.rows.builder, this.rows), labels }),
    };
  }

  /** A wide table as the user mapped it: the region column and the period columns. */
  private mapped(m: ColumnMapping): LayoutChoice {
    const periods = periodColumnsOf(this.header).filter((p) => m.periods?.includes(p.index));
    if (m.region === undefined || periods.length !== m.periods?.length) {
      this.rows.issues.add('mapping_invalid', this.line, null, {});
      return 'failed';
    }
    return this.wide(m.region, m.gender ?? -1, periods);
  }

  /**
   * A long table as the user mapped it, read against its first rows: a year joined to a month or
   * quarter column, several value columns, columns kept as series, one region for every row.
   */
  private mappedLong(m: ColumnMapping, pending: readonly CsvRecord[]): LayoutChoice {
    const { header, line } = this;
    const read = mappedLong(m, header, this.analysis.roles, pending);
    if (!read) {
      this.rows.issues.add('mapping_invalid', line, null, {});
      return 'failed';
    }
    const reasons = new Map<number, LeftOutReason>((m.ignore ?? []).map((i) => [i, 'ignored']));
    // A mapping of the header-only kind (no column ignored or kept as series) says left-out columns as before.
    const extras: LongExtrasPlan | undefined =
      reasons.size > 0 || read.series ? { measures: [], series: read.series, reasons } : undefined;
    const periodColumns = read.plan
      ? [read.plan.main.index, ...(read.plan.part ? [read.plan.part.index] : [])]
      : [];
    const settled = { plan: read.plan, periodColumns, county: undefined };
    const fixed =
      read.fixedRegion !== undefined && m.regionCode !== undefined
        ? { region: read.fixedRegion, code: m.regionCode }
        : undefined;
    if (read.measures.length > 0) {
      const measures = measureColumns(read.measures, this.titles[0], this.options.indicator);
      const labels = measures.map((c) => ({ id: c.id, name: c.name, unit: undefined, decimals: undefined }));
      return this.long(read.roles, undefined, labels, settled, extras, undefined, measures, fixed);
    }
    const given = this.options.indicator;
    if (read.roles.has('indicator') || given !== undefined)
      return this.long(read.roles, given, [], settled, extras, undefined, undefined, fixed);
    // No indicator column: a value column named as such ("värde") lets the series values name the
    // indicators, as the reader does; one named by its measure ("arbetslöshet") names it.
    const valueCol = read.roles.get('value') ?? 0;
    if (this.analysis.roles.get('value') === valueCol) {
      if (!read.series?.dimensions.length) {
        this.rows.issues.add('mapping_invalid', line, null, {});
        return 'failed';
      }
      return this.long(read.roles, undefined, [], settled, extras, '', undefined, fixed);
    }
    const name = (header[valueCol] ?? '').trim();
    const id = indicatorIdFrom(name) ?? 'indikator';
    const labels = [{ id, name: capitalized(name), unit: undefined, decimals: undefined }];
    return this.long(read.roles, id, labels, settled, extras, labels[0]?.name, undefined, fixed);
  }

  private requireRoles(required: ColumnRole[]): boolean {
    const roles = this.roles;
    const needed =
      this.options.indicator === undefined && !required.includes('target')
        ? [...required, 'indicator' as const]
        : required;
    const missing = needed.filter((role) => !roles.has(role) && !(role === 'region' && this.titleFixed));
    if (missing.includes('region') && this.fromTitle?.kind === 'ambiguous')
      this.rows.issues.add('region_title_ambiguous', this.line, null, {
        regions: this.fromTitle.codes.map(regionNameOf).join(', '),
      });
    for (const role of missing) {
      this.rows.issues.add('header_missing_column', this.line, null, {
        role: ROLE_LABELS[role],
        accepted: ROLE_NAMES[role].slice(0, 6).join(', '),
      });
    }
    return missing.length === 0;
  }

  /** Names, in one issue, every column a long table decided from its rows does not read, each with why. */
  private reportLeftOutWithReasons(used: readonly number[], extras: LongExtrasPlan): void {
    const reported = this.analysis.reserved.map((r) => r.index);
    const columns = leftOutColumns(this.header, used, reported);
    if (columns.length === 0) return;
    this.rows.issues.add('columns_left_out', this.line, (columns[0]?.index ?? 0) + 1, {
      columns: columns.map((c) => ({ name: c.name, reason: extras.reasons.get(c.index) ?? 'unused' })),
    });
  }

  /** Names every column the layout does not read (reserved ones and reported duplicates are named already). */
  private reportLeftOut(used: readonly number[], periodsInHeader: boolean): void {
    const { analysis } = this;
    const reported = [
      ...analysis.reserved.map((r) => r.index),
      ...(this.options.columns ? [] : analysis.duplicates.map((d) => d.index)),
    ];
    const columns = leftOutColumns(this.header, used, reported);
    reportLeftOut(this.rows.issues, this.line, columns, periodsInHeader);
  }
}
