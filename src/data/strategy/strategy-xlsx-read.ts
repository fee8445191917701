import { CHAIN_LEVEL_INFO } from '../../domain/chain-levels';
import type { Strategy, StrategyIndicator } from '../../domain/strategy';
import { distinctRusAreas } from '../../domain/strategy-edit';
import { foldName } from '../../domain/text-match';
import { isWellFormed } from '../text/well-formed';
import type { UserTarget } from '../workspace/workspace';
import { GoalAreaSet } from './goal-area-set';
import { DEFAULT_LIST_LEVEL, readIndicatorSheet } from './indicator-sheet';
import { idFromName, isStrategyId, regionCode } from './strategy-checks';
import {
  cellPlace,
  findHeader,
  GOAL_AREA_HEADERS,
  INDICATOR_HEADERS,
  STRATEGY_HEADERS,
  type SheetHeader,
} from './strategy-columns';
import { refusal, StrategyProblems, type StrategyFileRead } from './strategy-file';
import { SHEET_NAMES } from './strategy-xlsx';
import { readTargetSheet } from './target-sheet';
import { readWorkbookSheets, type SheetGrid } from './workbook-sheets';
import { listTitle } from './list-title';

const sheetNamed = (sheets: readonly SheetGrid[], name: string): SheetGrid | undefined =>
  sheets.find((s) => foldName(s.name) === foldName(name));

/**
 * Reads a strategy workbook: its sheets by name (Strategi, Målområden, Indikatorer, Mål; case and
 * spaces do not matter), or, without an Indikatorer sheet, the first sheet with an indicator column
 * as an indicator list — the start of a chain: ids made from the names, målområden from the values,
 * the level from a column that gives it (else one level for all, and a warning that says so).
 */
export function readStrategyXlsx(bytes: Uint8Array): StrategyFileRead {
  const book = readWorkbookSheets(bytes);
  if (!book.ok) return refusal('strategy_xlsx_unreadable', { detail: book.detail });
  const problems = new StrategyProblems();
  const named = sheetNamed(book.sheets, SHEET_NAMES.indicators);
  const candidates = named ? [named] : book.sheets;
  let found: { sheet: SheetGrid; header: SheetHeader<keyof typeof INDICATOR_HEADERS> } | undefined;
  for (const sheet of candidates) {
    const header = findHeader(sheet, INDICATOR_HEADERS, 'name');
    if (header) {
      found = { sheet, header };
      break;
    }
  }
  if (!found && named)
    problems.add(cellPlace(named.name, 0), undefined, 'strategy_sheet_no_name_column', {
      sheet: named.name,
      column: INDICATOR_HEADERS.name[0] ?? '',
    });
  const areaSheet = sheetNamed(book.sheets, SHEET_NAMES.goalAreas);
  const targetSheet = sheetNamed(book.sheets, SHEET_NAMES.targets);
  if (!found && !areaSheet && !targetSheet) return refusal('strategy_not_strategy', {});
  const goalAreas = new GoalAreaSet();
  if (areaSheet) readGoalAreaSheet(areaSheet, goalAreas, problems);
  const indicators = found ? readIndicators(found.sheet, found.header, goalAreas, problems) : [];
  const head = strategyHead(sheetNamed(book.sheets, SHEET_NAMES.strategy), problems);
  const fromList = found !== undefined && found.header.columns.id === undefined;
  // A list's title line ("Uppföljning av Dalastrategin 2030") names the strategy when nothing else does.
  const title = found && fromList && head.name === '' ? listTitle(found.sheet, found.header.row) : undefined;
  const strategy: Strategy = { ...head, name: title ?? head.name, goalAreas: goalAreas.list, indicators };
  const targets: UserTarget[] = targetSheet ? readTargetSheet(targetSheet, indicators, problems) : [];
  const file = { strategy, targets };
  return { ok: true, file, problems: problems.list, fromList, nameFromTitle: title !== undefined };
}

function readIndicators(
  sheet: SheetGrid,
  header: SheetHeader<keyof typeof INDICATOR_HEADERS>,
  goalAreas: GoalAreaSet,
  problems: StrategyProblems,
): StrategyIndicator[] {
  for (const at of header.unused)
    problems.add(
      cellPlace(sheet.name, header.row, { index: at, header: header.texts[at] ?? '' }),
      undefined,
      'strategy_column_unused',
      {
        column: header.texts[at] ?? '',
      },
    );
  const read = readIndicatorSheet(sheet, header, goalAreas, problems);
  if (read.defaulted > 0)
    problems.add(cellPlace(sheet.name, header.row), undefined, 'strategy_level_defaulted', {
      level: CHAIN_LEVEL_INFO[DEFAULT_LIST_LEVEL].label.sv,
      count: read.defaulted,
    });
  return read.indicators;
}

/**
 * The Målområden sheet: id (made from the name when blank), namn, beskrivning, and the RUS priority
 * areas that fund it (`;` between; a sheet without the column: none).
 */
function readGoalAreaSheet(sheet: SheetGrid, goalAreas: GoalAreaSet, problems: StrategyProblems): void {
  const header = findHeader(sheet, GOAL_AREA_HEADERS, 'name');
  if (!header)
    return void problems.add(cellPlace(sheet.name, 0), undefined, 'strategy_sheet_no_name_column', {
      sheet: sheet.name,
      column: GOAL_AREA_HEADERS.name[0] ?? '',
    });
  const cell = (row: readonly string[], c: 'id' | 'name' | 'description' | 'rusAreas'): string => {
    const at = header.columns[c];
    const text = at === undefined ? '' : (row[at] ?? '').trim();
    return isWellFormed(text) ? text : '';
  };
  const place = (index: number, c: 'id' | 'name'): ReturnType<typeof cellPlace> => {
    const at = header.columns[c];
    return cellPlace(
      sheet.name,
      index,
      at === undefined ? undefined : { index: at, header: header.texts[at] ?? '' },
    );
  };
  for (let index = header.row + 1; index < sheet.rows.length; index++) {
    const row = sheet.rows[index] ?? [];
    if (row.every((c) => c.trim() === '')) continue;
    const name = cell(row, 'name');
    if (name === '') {
      problems.add(place(index, 'name'), undefined, 'strategy_name_missing', {});
      continue;
    }
    const given = cell(row, 'id').toLowerCase();
    if (given !== '' && !isStrategyId(given)) {
      problems.add(place(index, 'id'), name, 'strategy_id_invalid', { value: given });
      continue;
    }
    const id = given || idFromName(name, new Set(goalAreas.list.map((g) => g.id)), 'malomrade');
    const rusAreas = distinctRusAreas(cell(row, 'rusAreas').split(/[;\n]/));
    if (!goalAreas.add({ id, name, description: cell(row, 'description'), rusAreas }))
      problems.add(place(index, 'id'), name, 'strategy_id_repeated', { other: id });
  }
}

/** The Strategi sheet: the strategy's name and region from its first row below the header. */
function strategyHead(
  sheet: SheetGrid | undefined,
  problems: StrategyProblems,
): Pick<Strategy, 'name' | 'region'> {
  const header = sheet && findHeader(sheet, STRATEGY_HEADERS, 'name');
  if (!sheet || !header) return { name: '', region: undefined };
  const row = sheet.rows[header.row + 1] ?? [];
  const at = (c: 'name' | 'region'): string => {
    const i = header.columns[c];
    const text = i === undefined ? '' : (row[i] ?? '').trim();
    return isWellFormed(text) ? text : '';
  };
  const rawRegion = at('region');
  const region = rawRegion === '' ? undefined : regionCode(rawRegion);
  if (rawRegion !== '' && region === undefined) {
    const i = header.columns.region ?? 0;
    problems.add(
      cellPlace(sheet.name, header.row + 1, { index: i, header: header.texts[i] ?? '' }),
      undefined,
      'strategy_strategy_region_invalid',
      {
        value: rawRegion,
      },
    );
  }
  return { name: at('name'), region };
}
