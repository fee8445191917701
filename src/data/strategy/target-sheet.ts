import type { StrategyIndicator } from '../../domain/strategy';
import { foldName } from '../../domain/text-match';
import { parseValue } from '../text/number-parse';
import { isWellFormed } from '../text/well-formed';
import type { UserTarget } from '../workspace/workspace';
import { isStrategyId, periodKeyOf, regionCode } from './strategy-checks';
import { cellPlace, findHeader, TARGET_HEADERS, type TargetColumn } from './strategy-columns';
import type { StrategyProblems } from './strategy-file';
import type { SheetGrid } from './workbook-sheets';

const numberOf = (text: string): number | undefined => {
  const parsed = parseValue(text, undefined);
  return parsed.kind === 'number' ? parsed.value : undefined;
};

/**
 * The Mål sheet: one target a row (region, indikator, år, målvärde, and basår and basvärde when there
 * is a baseline). The indicator is named by its id or by its name in the strategy; the region by its
 * code or its name. A row that cannot be read is named with its sheet, row and column.
 */
export function readTargetSheet(
  sheet: SheetGrid,
  indicators: readonly StrategyIndicator[],
  problems: StrategyProblems,
): UserTarget[] {
  const header = findHeader(sheet, TARGET_HEADERS, 'indicator');
  if (!header) {
    problems.add(cellPlace(sheet.name, 0), undefined, 'strategy_sheet_no_name_column', {
      sheet: sheet.name,
      column: TARGET_HEADERS.indicator[0] ?? '',
    });
    return [];
  }
  const byName = new Map(indicators.map((i) => [foldName(i.name), i.id]));
  const targets: UserTarget[] = [];
  for (let index = header.row + 1; index < sheet.rows.length; index++) {
    const row = sheet.rows[index] ?? [];
    if (row.every((c) => c.trim() === '')) continue;
    const cell = (c: TargetColumn): string => {
      const at = header.columns[c];
      const text = at === undefined ? '' : (row[at] ?? '').trim();
      return isWellFormed(text) ? text : '';
    };
    const place = (c: TargetColumn): ReturnType<typeof cellPlace> => {
      const at = header.columns[c];
      return cellPlace(
        sheet.name,
        index,
        at === undefined ? undefined : { index: at, header: header.texts[at] ?? '' },
      );
    };
    const rawIndicator = cell('indicator');
    const indicator =
      byName.get(foldName(rawIndicator)) ??
      (isStrategyId(rawIndicator.toLowerCase()) ? rawIndicator.toLowerCase() : undefined);
    const region = regionCode(cell('region'));
    const period = periodKeyOf(cell('period'));
    const value = numberOf(cell('value'));
    const bad = (c: TargetColumn): void =>
      problems.add(place(c), rawIndicator || undefined, 'strategy_target_field', {
        field: header.texts[header.columns[c] ?? -1] ?? TARGET_HEADERS[c][0] ?? c,
        value: cell(c),
      });
    if (indicator === undefined) bad('indicator');
    else if (region === undefined) bad('region');
    else if (period === undefined) bad('period');
    else if (value === undefined) bad('value');
    else {
      const basePeriod = periodKeyOf(cell('basePeriod'));
      const baseValue = numberOf(cell('baseValue'));
      const baseline =
        basePeriod !== undefined && baseValue !== undefined
          ? { period: basePeriod, value: baseValue }
          : undefined;
      if (!baseline && (cell('basePeriod') !== '' || cell('baseValue') !== ''))
        problems.add(place('basePeriod'), rawIndicator, 'strategy_target_baseline', {});
      targets.push({ region, indicator, period, value, baseline });
    }
  }
  return targets;
}
