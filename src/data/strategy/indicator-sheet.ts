import { CHAIN_LEVEL_INFO, type ChainLevel } from '../../domain/chain-levels';
import type { Direction, FollowUpLevel } from '../../domain/indicator';
import type { StrategyIndicator, StrategyQuestion } from '../../domain/strategy';
import { isWellFormed } from '../text/well-formed';
import type { GoalAreaSet } from './goal-area-set';
import { goalAreaNames } from './goal-area-set';
import { decimalsOf, DEFAULT_DECIMALS, idFromName, isStrategyId } from './strategy-checks';
import { cellPlace, type IndicatorColumn, type SheetHeader } from './strategy-columns';
import type { StrategyProblems } from './strategy-file';
import { readDirection, readFollowUpLevels, readLevel, readQuestionKind, readYesNo } from './strategy-words';
import type { SheetGrid } from './workbook-sheets';

/** The level an indicator list's rows get when no column says: the user moves them in the Strategi view. */
export const DEFAULT_LIST_LEVEL: ChainLevel = 'langsiktiga_effekter';
export const DEFAULT_DIRECTION: Direction = 'neutral';

type Header = SheetHeader<IndicatorColumn>;

/** One row's cells by role, each with its place for a message. */
class Row {
  constructor(
    private readonly sheet: SheetGrid,
    private readonly header: Header,
    readonly index: number,
    private readonly problems: StrategyProblems,
  ) {}
  has(column: IndicatorColumn): boolean {
    return this.header.columns[column] !== undefined;
  }
  /** The cell's text, trimmed; a cell that is not well-formed text is named and read as blank. */
  get(column: IndicatorColumn, label?: string): string {
    const at = this.header.columns[column];
    if (at === undefined) return '';
    const text = (this.sheet.rows[this.index]?.[at] ?? '').trim();
    if (isWellFormed(text)) return text;
    this.problems.add(this.place(column), label, 'strategy_text_invalid', {
      field: this.header.texts[at] ?? '',
    });
    return '';
  }
  place(column?: IndicatorColumn): ReturnType<typeof cellPlace> {
    const at = column === undefined ? undefined : this.header.columns[column];
    return cellPlace(
      this.sheet.name,
      this.index,
      at === undefined ? undefined : { index: at, header: this.header.texts[at] ?? '' },
    );
  }
}

export interface IndicatorSheetRead {
  readonly indicators: StrategyIndicator[];
  /** Rows put on DEFAULT_LIST_LEVEL because no column gives a level. */
  readonly defaulted: number;
}

/**
 * The indicators of an Indikatorer sheet or of an indicator list, row by row below the header. A row
 * with no name, an id, level or direction that cannot be read, or an id given twice is not placed, and
 * named with its sheet, row and column. Without an id column, ids are made from the names.
 */
export function readIndicatorSheet(
  sheet: SheetGrid,
  header: Header,
  goalAreas: GoalAreaSet,
  problems: StrategyProblems,
): IndicatorSheetRead {
  const indicators: StrategyIndicator[] = [];
  const ids = new Map<string, number>();
  const names = new Map<string, number>();
  let defaulted = 0;
  for (let index = header.row + 1; index < sheet.rows.length; index++) {
    const cells = sheet.rows[index] ?? [];
    if (cells.every((c) => c.trim() === '')) continue;
    const row = new Row(sheet, header, index, problems);
    const made = readRow(row, goalAreas, problems, ids, names);
    if (!made) continue;
    if (!row.has('level')) defaulted++;
    indicators.push(made);
  }
  return { indicators, defaulted };
}

function readRow(
  row: Row,
  goalAreas: GoalAreaSet,
  problems: StrategyProblems,
  ids: Map<string, number>,
  names: Map<string, number>,
): StrategyIndicator | undefined {
  const name = row.get('name');
  if (name === '') return void problems.add(row.place('name'), undefined, 'strategy_row_no_name', {});
  const id = rowId(row, name, problems, ids, names);
  if (id === undefined) return undefined;
  const levelText = row.get('level', name);
  const chainLevel = levelText === '' ? DEFAULT_LIST_LEVEL : readLevel(levelText);
  if (chainLevel === undefined)
    return void problems.add(row.place('level'), name, 'strategy_level_invalid', { value: levelText });
  if (levelText === '' && row.has('level'))
    problems.add(row.place('level'), name, 'strategy_level_blank', {
      level: CHAIN_LEVEL_INFO[chainLevel].label.sv,
    });
  const directionText = row.get('direction', name);
  const direction = directionText === '' ? DEFAULT_DIRECTION : readDirection(directionText);
  if (direction === undefined)
    return void problems.add(row.place('direction'), name, 'strategy_direction_invalid', {
      value: directionText,
    });
  ids.set(id, row.index);
  return {
    id,
    name,
    description: description(row.get('description', name), row.get('method', name)),
    unit: row.get('unit', name),
    chainLevel,
    direction,
    goalAreas: [...new Set(goalAreaNames(row.get('goalAreas', name)).map((g) => goalAreas.idOf(g)))],
    question: question(row, name, problems),
    source: row.get('source', name),
    decimals: decimals(row, name, problems),
    followUpLevels: followUp(row, name, problems),
    genderSplit: yes(row, 'genderSplit', name, problems) ?? false,
    koladaId: row.get('koladaId', name) || undefined,
    scbId: row.get('scbId', name) || undefined,
  };
}

/** The row's id: its own (checked), or one made from its name. */
function rowId(
  row: Row,
  name: string,
  problems: StrategyProblems,
  ids: Map<string, number>,
  names: Map<string, number>,
): string | undefined {
  const given = row.get('id', name);
  const key = name.toLowerCase();
  const sameName = names.get(key);
  if (sameName === undefined) names.set(key, row.index);
  if (given === '') {
    if (sameName !== undefined)
      problems.add(row.place('name'), name, 'strategy_name_repeated', { row: sameName + 1 });
    return idFromName(name, new Set(ids.keys()), 'indikator');
  }
  const id = given.toLowerCase();
  if (!isStrategyId(id))
    return void problems.add(row.place('id'), name, 'strategy_id_invalid', { value: given });
  const earlier = ids.get(id);
  if (earlier !== undefined)
    return void problems.add(row.place('id'), name, 'strategy_row_id_repeated', { row: earlier + 1 });
  return id;
}

function description(text: string, method: string): string {
  if (method === '') return text;
  return text === '' ? `Metod: ${method}` : `${text}\nMetod: ${method}`;
}

function question(row: Row, name: string, problems: StrategyProblems): StrategyQuestion | undefined {
  const text = row.get('question', name);
  const kindText = row.get('questionKind', name);
  if (text === '' && kindText === '') return undefined;
  const kind = kindText === '' ? 'summative' : readQuestionKind(kindText);
  if (kind !== undefined && text !== '') return { kind, text };
  problems.add(row.place(text === '' ? 'question' : 'questionKind'), name, 'strategy_question_invalid', {
    value: kindText,
  });
  return undefined;
}

function decimals(row: Row, name: string, problems: StrategyProblems): number {
  const text = row.get('decimals', name);
  if (text === '') return DEFAULT_DECIMALS;
  const value = decimalsOf(text);
  if (value === undefined)
    problems.add(row.place('decimals'), name, 'strategy_decimals_invalid', { value: text });
  return value ?? DEFAULT_DECIMALS;
}

function yes(
  row: Row,
  column: 'genderSplit' | 'kommun',
  name: string,
  problems: StrategyProblems,
): boolean | undefined {
  const text = row.get(column, name);
  const value = readYesNo(text);
  if (value === null) problems.add(row.place(column), name, 'strategy_yes_no_invalid', { value: text });
  return value ?? undefined;
}

/** The follow-up levels: the column's own words, or from a kommunnivå ja/nej (regional and lokal, or regional). */
function followUp(row: Row, name: string, problems: StrategyProblems): FollowUpLevel[] {
  const { levels, unknown } = readFollowUpLevels(row.get('followUp', name));
  for (const word of unknown)
    problems.add(row.place('followUp'), name, 'strategy_follow_up_invalid', { value: word });
  if (row.has('followUp') || !row.has('kommun')) return levels;
  const kommun = yes(row, 'kommun', name, problems);
  return kommun === undefined ? [] : kommun ? ['regional', 'lokal'] : ['regional'];
}
