import type { LocalizedText } from '../../domain/language';
import { foldName } from '../../domain/text-match';
import { columnName } from '../table/xlsx/column-name';
import type { SheetGrid } from './workbook-sheets';

/** The columns an indicator sheet (or an indicator list) can have, by role. */
export type IndicatorColumn =
  | 'id'
  | 'name'
  | 'description'
  | 'method'
  | 'unit'
  | 'level'
  | 'direction'
  | 'goalAreas'
  | 'questionKind'
  | 'question'
  | 'source'
  | 'decimals'
  | 'followUp'
  | 'kommun'
  | 'genderSplit'
  | 'koladaId'
  | 'scbId';

export type TargetColumn = 'region' | 'indicator' | 'period' | 'value' | 'basePeriod' | 'baseValue';
export type GoalAreaColumn = 'id' | 'name' | 'description' | 'rusAreas';
export type StrategyColumn = 'name' | 'region';

/** The headers the writer uses, first in each list; the others are read too (folded: case, å→a). */
export const INDICATOR_HEADERS: Readonly<Record<IndicatorColumn, readonly string[]>> = {
  id: ['id', 'indikator id', 'indikator_id'],
  name: ['namn', 'indikator', 'indikatornamn', 'indikatorns namn', 'name', 'indicator'],
  description: ['beskrivning', 'definition', 'description'],
  method: ['metod', 'beräkning', 'beräkningsmetod', 'method'],
  unit: ['enhet', 'unit'],
  level: ['nivå', 'nivå i effektkedjan', 'effektkedja', 'effektkedjan', 'kedjenivå', 'level', 'chain level'],
  direction: ['riktning', 'önskad riktning', 'direction'],
  goalAreas: ['målområden', 'målområde', 'goal areas', 'goal area'],
  questionKind: ['frågetyp', 'typ av fråga', 'question kind'],
  question: ['fråga', 'utvärderingsfråga', 'question'],
  source: ['källa', 'datakälla', 'source'],
  decimals: ['decimaler', 'decimals'],
  followUp: ['uppföljningsnivå', 'uppföljningsnivåer', 'follow up level', 'follow up levels'],
  kommun: ['kommunnivå', 'på kommunnivå', 'kommundata', 'finns på kommunnivå', 'municipal level'],
  genderSplit: ['könsuppdelad', 'könsuppdelat', 'könsuppdelning', 'kön', 'gender split'],
  koladaId: ['kolada_id', 'kolada id', 'kolada', 'kpi'],
  scbId: ['scb_id', 'scb id', 'scb tabell', 'scb'],
};

export const TARGET_HEADERS: Readonly<Record<TargetColumn, readonly string[]>> = {
  region: ['region', 'län', 'kommun', 'län eller kommun'],
  indicator: ['indikator', 'indikator id', 'indicator'],
  period: ['år', 'period', 'målår', 'year'],
  value: ['målvärde', 'mål', 'värde', 'target', 'value'],
  basePeriod: ['basår', 'basperiod', 'baseline year'],
  baseValue: ['basvärde', 'baslinje', 'baseline value', 'baseline'],
};

export const GOAL_AREA_HEADERS: Readonly<Record<GoalAreaColumn, readonly string[]>> = {
  id: ['id'],
  name: ['namn', 'målområde', 'name'],
  description: ['beskrivning', 'description'],
  rusAreas: ['RUS-prioriteringar', 'RUS-prioritering', 'RUS', 'RUS priority areas', 'RUS priority area'],
};

export const STRATEGY_HEADERS: Readonly<Record<StrategyColumn, readonly string[]>> = {
  name: ['namn', 'strategi', 'name'],
  region: ['region', 'län'],
};

/** A sheet's header found: each known column's index, and the headers nobody reads. */
export interface SheetHeader<C extends string> {
  /** 0-based index of the header row. */
  readonly row: number;
  readonly columns: Partial<Record<C, number>>;
  readonly texts: readonly string[];
  readonly unused: readonly number[];
}

/**
 * The header row: the first of the first ten rows that has the column `required` (an indicator list
 * may start with a title or a note). Each column is the first header that names it.
 */
export function findHeader<C extends string>(
  sheet: SheetGrid,
  headers: Readonly<Record<C, readonly string[]>>,
  required: NoInfer<C>,
): SheetHeader<C> | undefined {
  const folded = Object.fromEntries(
    (Object.entries(headers) as [C, readonly string[]][]).map(([c, words]) => [c, words.map(foldName)]),
  ) as Record<C, string[]>;
  for (let row = 0; row < Math.min(10, sheet.rows.length); row++) {
    const texts = sheet.rows[row] ?? [];
    const keys = texts.map(foldName);
    if (!keys.some((k) => folded[required].includes(k))) continue;
    const columns: Partial<Record<C, number>> = {};
    const unused: number[] = [];
    keys.forEach((key, index) => {
      if (key === '') return;
      const role = (Object.keys(folded) as C[]).find(
        (c) => folded[c].includes(key) && columns[c] === undefined,
      );
      if (role === undefined) unused.push(index);
      else columns[role] = index;
    });
    return { row, columns, texts, unused };
  }
  return undefined;
}

/** Where a cell is, in words: `Indikatorer, rad 5, kolumn C (nivå)`. */
export function cellPlace(
  sheet: string,
  row: number,
  column?: { index: number; header: string },
): LocalizedText {
  const col = column ? `${columnName(column.index + 1)} (${column.header})` : undefined;
  return col
    ? { sv: `${sheet}, rad ${row + 1}, kolumn ${col}`, en: `${sheet}, row ${row + 1}, column ${col}` }
    : { sv: `${sheet}, rad ${row + 1}`, en: `${sheet}, row ${row + 1}` };
}
