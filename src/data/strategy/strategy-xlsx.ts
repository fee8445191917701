import { regionByCode, regionName } from '../../domain/regions';
import type { StrategyFile } from './strategy-file';
import { DIRECTION_WORDS, LEVEL_WORDS, QUESTION_WORDS, yesNo } from './strategy-words';
import { GOAL_AREA_HEADERS, INDICATOR_HEADERS, STRATEGY_HEADERS, TARGET_HEADERS } from './strategy-columns';
import { writeXlsx, type XlsxCell, type XlsxSheet } from './xlsx-writer';

/** The sheets of a strategy workbook, in order. Read back by name without regard to case or spaces. */
export const SHEET_NAMES = {
  strategy: 'Strategi',
  goalAreas: 'Målområden',
  indicators: 'Indikatorer',
  targets: 'Mål',
} as const;

const headers = <C extends string>(
  map: Readonly<Record<C, readonly string[]>>,
  order: readonly C[],
): string[] => order.map((c) => map[c][0] ?? c);

/** A region as the workbook writes it: `20 Dalarnas län`, read back by code or by name. */
export function regionCell(code: string): string {
  const region = regionByCode(code);
  return region ? `${code} ${regionName(region, 'sv')}` : code;
}

/** A period key as a cell: a year as a number, a quarter or a month as text. */
const periodCell = (key: string): XlsxCell => (/^\d{4}$/.test(key) ? Number(key) : key);

/**
 * The whole strategy as a workbook, one sheet per part, with Swedish headers and the fixed values as
 * Swedish words (Kortsiktiga effekter, högre är bättre, summativ, ja), so that people can edit it in
 * Excel and open it again. Goal areas are named by their names in the Indikatorer sheet.
 */
export function writeStrategyXlsx(file: StrategyFile): Uint8Array<ArrayBuffer> {
  const { strategy, targets } = file;
  const areaName = new Map(strategy.goalAreas.map((g) => [g.id, g.name]));
  const sheets: XlsxSheet[] = [
    {
      name: SHEET_NAMES.strategy,
      rows: [
        headers(STRATEGY_HEADERS, ['name', 'region']),
        [strategy.name, strategy.region ? regionCell(strategy.region) : ''],
      ],
    },
    {
      name: SHEET_NAMES.goalAreas,
      rows: [
        headers(GOAL_AREA_HEADERS, ['id', 'name', 'description', 'rusAreas']),
        ...strategy.goalAreas.map((g) => [g.id, g.name, g.description, g.rusAreas.join('; ')]),
      ],
    },
    {
      name: SHEET_NAMES.indicators,
      rows: [
        headers(INDICATOR_HEADERS, INDICATOR_ORDER),
        ...strategy.indicators.map((i) => [
          i.id,
          i.name,
          i.description,
          i.unit,
          LEVEL_WORDS[i.chainLevel],
          DIRECTION_WORDS[i.direction],
          i.goalAreas.map((id) => areaName.get(id) ?? id).join('; '),
          i.question ? QUESTION_WORDS[i.question.kind] : '',
          i.question?.text ?? '',
          i.source,
          i.decimals,
          i.followUpLevels.join(', '),
          yesNo(i.genderSplit),
          i.koladaId ?? '',
          i.scbId ?? '',
        ]),
      ],
    },
    {
      name: SHEET_NAMES.targets,
      rows: [
        headers(TARGET_HEADERS, ['region', 'indicator', 'period', 'value', 'basePeriod', 'baseValue']),
        ...targets.map((t) => [
          regionCell(t.region),
          t.indicator,
          periodCell(t.period),
          t.value,
          t.baseline ? periodCell(t.baseline.period) : null,
          t.baseline?.value ?? null,
        ]),
      ],
    },
  ];
  return writeXlsx(sheets);
}

export const INDICATOR_ORDER = [
  'id',
  'name',
  'description',
  'unit',
  'level',
  'direction',
  'goalAreas',
  'questionKind',
  'question',
  'source',
  'decimals',
  'followUp',
  'genderSplit',
  'koladaId',
  'scbId',
] as const;
