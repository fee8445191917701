import type { Lang } from '../domain/language';
import type { RegionScope } from '../domain/region-scope';
import type { TargetStatus } from '../domain/target';
import { formatValue } from '../i18n/format';
import { chartAria, escapeHtml, type ChartOption, type MapSeriesOption } from './echarts-types';
import { CHART_TEXT, PALETTE, STATUS_STYLE } from './palette';

/** The name under which the county map is registered with ECharts. */
export const COUNTY_MAP = 'sverige-lan';
const KOMMUN_MAP_PREFIX = 'kommuner-';

/** The name under which the map of a county's kommuner is registered. */
export function kommunMapName(county: string): string {
  return `${KOMMUN_MAP_PREFIX}${county}`;
}

/** The map that compares a scope's regions: the county map, or the map of a county's kommuner. */
export function scopeMap(scope: RegionScope): string {
  return scope.level === 'kommun' ? kommunMapName(scope.within) : COUNTY_MAP;
}

/** The county a kommun map name is of, or undefined for another name. */
export function countyOfKommunMap(name: string): string | undefined {
  const county = name.startsWith(KOMMUN_MAP_PREFIX) ? name.slice(KOMMUN_MAP_PREFIX.length) : '';
  return /^\d{2}$/.test(county) ? county : undefined;
}

export interface MapEntry {
  /** SCB county or kommun code: the map's regions are named by it. */
  readonly code: string;
  readonly name: string;
  readonly value: number | null;
  readonly marker: string | null;
  readonly status: TargetStatus;
}

export interface MapInput {
  readonly lang: Lang;
  /** The map drawn: COUNTY_MAP (the default) or a county's kommunMapName. */
  readonly map?: string;
  readonly mode: 'value' | 'status';
  readonly decimals: number;
  readonly unit: string;
  readonly entries: readonly MapEntry[];
  readonly selected: readonly string[];
  readonly statusLabels: Readonly<Record<TargetStatus, string>>;
  readonly labels: { readonly missing: string };
  readonly description: string;
}

/** Sequential blues, light to dark: readable for colour-blind readers and in greyscale. */
export const VALUE_COLOURS: readonly string[] = ['#C6DBEF', '#9ECAE1', '#6BAED6', '#3182BD', '#08519C'];

/**
 * The 21 län (or a county's kommuner) coloured by value (a sequential scale) or by status against target. Status colours are
 * doubled by a pattern (decal) and explained by a legend in words; the selected county gets a heavy
 * outline and its name on the map. A county without a value is grey with hatching, never 0.
 */
export function buildMapOption(input: MapInput): ChartOption {
  const { lang, decimals } = input;
  const numbers = input.entries.map((e) => e.value).filter((v): v is number => v !== null);
  const min = numbers.length > 0 ? Math.min(...numbers) : 0;
  const max = numbers.length > 0 ? Math.max(...numbers) : 1;
  const colourOf = (value: number): string => {
    if (max === min) return VALUE_COLOURS[2] ?? PALETTE.other;
    const step = Math.min(
      VALUE_COLOURS.length - 1,
      Math.floor(((value - min) / (max - min)) * VALUE_COLOURS.length),
    );
    return VALUE_COLOURS[step] ?? PALETTE.other;
  };
  const series: MapSeriesOption = {
    type: 'map',
    map: input.map ?? COUNTY_MAP,
    // The boundaries' features carry the SCB code (and the name): regions are matched by code.
    nameProperty: 'code',
    roam: false,
    selectedMode: false,
    aspectScale: 1,
    layoutCenter: ['50%', '50%'],
    layoutSize: '98%',
    itemStyle: { borderColor: '#FFFFFF', borderWidth: 0.8, areaColor: PALETTE.missing },
    emphasis: {
      label: { show: true, color: PALETTE.text },
      itemStyle: { borderColor: PALETTE.text, borderWidth: 2 },
    },
    label: { show: false },
    data: input.entries.map((e) => {
      const selected = input.selected.includes(e.code);
      const missing = e.value === null;
      const style =
        input.mode === 'status'
          ? { areaColor: STATUS_STYLE[e.status].colour, decal: STATUS_STYLE[e.status].decal }
          : missing
            ? {
                areaColor: '#D9D9D9',
                decal: {
                  symbol: 'rect',
                  symbolSize: 0.4,
                  dashArrayX: [1, 0],
                  dashArrayY: [2, 4],
                  rotation: Math.PI / 4,
                  color: '#8C8C8C',
                },
              }
            : { areaColor: colourOf(e.value ?? 0) };
      return {
        name: e.code,
        value: e.value ?? undefined,
        itemStyle: {
          ...style,
          borderColor: selected ? PALETTE.text : '#FFFFFF',
          borderWidth: selected ? 2.5 : 0.8,
        },
        // Hovering outlines a county but keeps its colour (and pattern): the colour is the information.
        emphasis: { itemStyle: { areaColor: style.areaColor, borderColor: PALETTE.text, borderWidth: 2.5 } },
        label: {
          show: selected,
          formatter: e.name,
          color: PALETTE.text,
          fontWeight: 'bold',
          backgroundColor: 'rgba(255,255,255,0.85)',
          padding: 2,
        },
      };
    }),
  };
  const byCode = new Map(input.entries.map((e) => [e.code, e]));
  return {
    animation: false,
    textStyle: CHART_TEXT,
    aria: chartAria(input.description),
    tooltip: {
      trigger: 'item',
      formatter: (params: unknown) => {
        const entry = byCode.get((params as { name?: string }).name ?? '');
        if (!entry) return '';
        const value = formatValue(entry.value, entry.marker, decimals, lang);
        return `<strong>${escapeHtml(entry.name)}</strong><br/>${escapeHtml(value)} ${escapeHtml(input.unit)}<br/>${escapeHtml(input.statusLabels[entry.status])}`;
      },
    },
    series: [series],
  };
}

/** The value classes of the legend: the lower bound of each colour step. */
export function valueLegend(
  entries: readonly MapEntry[],
): { readonly colour: string; readonly from: number; readonly to: number }[] {
  const numbers = entries.map((e) => e.value).filter((v): v is number => v !== null);
  if (numbers.length === 0) return [];
  const min = Math.min(...numbers);
  const max = Math.max(...numbers);
  if (min === max) return [{ colour: VALUE_COLOURS[2] ?? PALETTE.other, from: min, to: max }];
  const width = (max - min) / VALUE_COLOURS.length;
  return VALUE_COLOURS.map((colour, i) => ({
    colour,
    from: min + i * width,
    to: i === VALUE_COLOURS.length - 1 ? max : min + (i + 1) * width,
  }));
}
