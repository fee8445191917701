import { periodFromCode } from '../../domain/period';
import { regionAt } from '../../domain/regions';
import type { Target } from '../../domain/target';
import type { CsvRecord } from '../text/csv-scanner';
import type { FieldReaders } from '../cells/field-readers';
import type { ColumnRole } from '../cells/header-roles';
import type { IssueCollector } from '../issues/issue';
import type { RowCounts } from '../import/import-result';
import { detach } from '../text/detach';
import { TargetSet } from './target-set';
import type { TableRowsContext } from './rows-context';

/** Reads the targets layout: `region;indikator;period;mål` with optional `baslinje` and `basår`. */
export class TargetRows {
  private readonly set: TargetSet;

  private readonly readers: FieldReaders;
  private readonly issues: IssueCollector;
  private readonly counts: RowCounts;
  private readonly file: string;

  constructor(
    context: TableRowsContext,
    private readonly roles: ReadonlyMap<ColumnRole, number>,
    private readonly defaultIndicator: string | undefined,
  ) {
    ({ readers: this.readers, issues: this.issues, counts: this.counts, file: this.file } = context);
    this.set = new TargetSet(this.issues, this.counts);
  }

  get targets(): readonly Target[] {
    return this.set.targets;
  }

  private cell(rec: CsvRecord, role: ColumnRole): { text: string; line: number; column: number } | undefined {
    const c = this.roles.get(role);
    if (c === undefined) return undefined;
    return { text: rec.fields[c] ?? '', line: rec.fieldLines[c] ?? rec.line, column: c + 1 };
  }

  read(rec: CsvRecord): void {
    const regionCell = this.cell(rec, 'region');
    const region = regionCell
      ? this.readers.region(regionCell.text, regionCell.line, regionCell.column)
      : undefined;
    const indicatorCell = this.cell(rec, 'indicator');
    let indicator = this.defaultIndicator;
    if (indicatorCell) {
      indicator = indicatorCell.text.trim();
      if (indicator === '') this.issues.add('indicator_empty', indicatorCell.line, indicatorCell.column, {});
    }
    const periodCell = this.cell(rec, 'period');
    const period = periodCell
      ? this.readers.period(periodCell.text, periodCell.line, periodCell.column)
      : undefined;
    const targetCell = this.cell(rec, 'target');
    const target = targetCell
      ? this.readers.value(targetCell.text, targetCell.line, targetCell.column)
      : undefined;
    if (targetCell && target && target.marker !== undefined) {
      this.issues.add('value_missing_in_target', targetCell.line, targetCell.column, {});
    }

    const genderCell = this.cell(rec, 'gender');
    const gender = genderCell ? this.readers.gender(genderCell.text, genderCell.line, genderCell.column) : 0;
    if (genderCell && gender !== undefined && gender !== 0) {
      this.issues.add('target_gender_unsupported', genderCell.line, genderCell.column, {
        value: genderCell.text.trim(),
      });
    }

    let baseline: Target['baseline'];
    let baselineOk = true;
    const baseValueCell = this.cell(rec, 'baseline');
    const basePeriodCell = this.cell(rec, 'baselinePeriod');
    if (baseValueCell && basePeriodCell && baseValueCell.text.trim() !== '') {
      const value = this.readers.value(baseValueCell.text, baseValueCell.line, baseValueCell.column);
      const code = this.readers.period(basePeriodCell.text, basePeriodCell.line, basePeriodCell.column);
      if (value === undefined || code === undefined || value.marker !== undefined) baselineOk = false;
      else baseline = { period: periodFromCode(code), value: value.value };
    }

    if (
      region === undefined ||
      !indicator ||
      period === undefined ||
      !target ||
      target.marker !== undefined ||
      !baselineOk ||
      gender !== 0
    ) {
      this.counts.rejected++;
      return;
    }
    this.set.add(
      {
        region: regionAt(region).code,
        indicator: detach(indicator),
        period: periodFromCode(period),
        value: target.value,
        baseline,
        source: { file: this.file, line: rec.line },
      },
      rec.line,
    );
  }
}
