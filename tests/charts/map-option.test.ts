import { describe, expect, it } from 'vitest';
import type { MapSeriesOption } from '../../src/charts/echarts-types';
import {
  buildMapOption,
  countyOfKommunMap,
  COUNTY_MAP,
  kommunMapName,
  valueLegend,
  VALUE_COLOURS,
  type MapEntry,
  type MapInput,
} from '../../src/charts/map-option';
import { PALETTE, STATUS_STYLE } from '../../src/charts/palette';
import { COUNTIES } from '../../src/domain/regions';
import type { TargetStatus } from '../../src/domain/target';

interface MapItem {
  readonly name: string;
  readonly value: number | undefined;
  readonly itemStyle: {
    readonly areaColor: string;
    readonly decal?: Readonly<Record<string, unknown>>;
    readonly borderColor: string;
    readonly borderWidth: number;
  };
  readonly label: { readonly show: boolean; readonly formatter: string };
}

const STATUS_LABELS: Readonly<Record<TargetStatus, string>> = {
  on_track: 'I fas',
  at_risk: 'Risk',
  off_track: 'Inte i fas',
  no_target: 'Inget mål',
  no_data: 'Inga data',
};

const entry = (
  code: string,
  name: string,
  value: number | null,
  status: TargetStatus = 'no_target',
  marker: string | null = value === null ? '..' : null,
): MapEntry => ({ code, name, value, marker, status });

function input(entries: readonly MapEntry[], overrides: Partial<MapInput> = {}): MapInput {
  return {
    lang: 'sv',
    mode: 'value',
    decimals: 1,
    unit: 'per 1 000',
    entries,
    selected: [],
    statusLabels: STATUS_LABELS,
    labels: { missing: 'saknas' },
    description: 'Karta över länen',
    ...overrides,
  };
}

function mapSeries(option: ReturnType<typeof buildMapOption>): MapSeriesOption {
  const series = option.series as MapSeriesOption[];
  expect(series).toHaveLength(1);
  const first = series[0];
  if (!first) throw new Error('no series');
  return first;
}

const items = (option: ReturnType<typeof buildMapOption>): MapItem[] => mapSeries(option).data as MapItem[];

const byName = (option: ReturnType<typeof buildMapOption>, code: string): MapItem => {
  const item = items(option).find((i) => i.name === code);
  if (!item) throw new Error(`no item ${code}`);
  return item;
};

const tooltip = (option: ReturnType<typeof buildMapOption>): ((params: unknown) => string) =>
  (option.tooltip as { formatter: (params: unknown) => string }).formatter;

/** #RRGGBB with R = G = B. */
const isGrey = (hex: string): boolean => /^#([0-9A-F]{2})\1\1$/i.test(hex);

// Five values spread evenly from 10 to 50: (v − 10) / 40 × 5 classes gives classes 0, 1, 2, 3 and (capped) 4.
const five = [
  entry('01', 'Stockholms län', 10),
  entry('03', 'Uppsala län', 20),
  entry('04', 'Södermanlands län', 30),
  entry('05', 'Östergötlands län', 40),
  entry('06', 'Jönköpings län', 50),
];

describe('buildMapOption: the map and its regions', () => {
  it('draws the registered county map with one item per county, named by SCB code and carrying its value', () => {
    const entries = COUNTIES.map((c, i) => entry(c.code, c.nameSv, i + 1));
    const option = buildMapOption(input(entries));
    const series = mapSeries(option);
    expect(series.type).toBe('map');
    expect(series.map).toBe(COUNTY_MAP);
    const data = items(option);
    expect(data).toHaveLength(21);
    expect(data.map((d) => d.name)).toEqual(COUNTIES.map((c) => c.code));
    expect(byName(option, '20').value).toBe(COUNTIES.findIndex((c) => c.code === '20') + 1);
  });

  it('matches regions by the SCB code the boundaries carry, on the map it is given', () => {
    const option = buildMapOption(input(five));
    const series = (option.series as MapSeriesOption[])[0] as MapSeriesOption & { nameProperty?: string };
    expect(series.nameProperty).toBe('code');
    const kommun = buildMapOption({ ...input(five), map: kommunMapName('20') });
    expect((kommun.series as MapSeriesOption[])[0]?.map).toBe('kommuner-20');
    expect(countyOfKommunMap(kommunMapName('20'))).toBe('20');
    expect(countyOfKommunMap(COUNTY_MAP)).toBeUndefined();
    expect(countyOfKommunMap('kommuner-2')).toBeUndefined();
  });

  it('describes the map for screen readers', () => {
    expect(buildMapOption(input(five)).aria).toEqual({
      enabled: true,
      label: { enabled: false, description: 'Karta över länen' },
    });
  });
});

describe('buildMapOption: value mode', () => {
  it('colours the lowest value with the first colour and the highest with the last, in steps between', () => {
    const option = buildMapOption(input(five));
    expect(['01', '03', '04', '05', '06'].map((code) => byName(option, code).itemStyle.areaColor)).toEqual([
      ...VALUE_COLOURS,
    ]);
  });

  it('scales the colours to the values present, whatever their order', () => {
    const option = buildMapOption(
      input([
        entry('05', 'Östergötlands län', -4),
        entry('01', 'Stockholms län', 96),
        entry('03', 'Uppsala län', 46),
      ]),
    );
    expect(byName(option, '05').itemStyle.areaColor).toBe(VALUE_COLOURS[0]);
    expect(byName(option, '01').itemStyle.areaColor).toBe(VALUE_COLOURS[VALUE_COLOURS.length - 1]);
    // (46 − (−4)) / 100 × 5 = 2.5: the middle class.
    expect(byName(option, '03').itemStyle.areaColor).toBe(VALUE_COLOURS[2]);
  });

  it('gives a county the colour of the legend class its value falls in', () => {
    const entries = [
      entry('01', 'A', 0),
      entry('03', 'B', 19),
      entry('04', 'C', 20),
      entry('05', 'D', 61),
      entry('06', 'E', 79),
      entry('07', 'F', 100),
    ];
    const option = buildMapOption(input(entries));
    const legend = valueLegend(entries);
    for (const e of entries) {
      const value = e.value ?? Number.NaN;
      const cls = legend.find((c, i) => value >= c.from && (value < c.to || i === legend.length - 1));
      expect(byName(option, e.code).itemStyle.areaColor, e.name).toBe(cls?.colour);
    }
  });

  it('colours every county alike when all values are equal, with a colour of the scale', () => {
    const option = buildMapOption(input([entry('01', 'A', 5), entry('03', 'B', 5)]));
    const colours = items(option).map((i) => i.itemStyle.areaColor);
    expect(new Set(colours).size).toBe(1);
    expect(VALUE_COLOURS).toContain(colours[0]);
  });

  it('draws a county without a value grey with a pattern and no value, never as 0', () => {
    const option = buildMapOption(input([...five, entry('25', 'Norrbottens län', null)]));
    const missing = byName(option, '25');
    expect(missing.value).toBeUndefined();
    expect(isGrey(missing.itemStyle.areaColor)).toBe(true);
    expect(VALUE_COLOURS).not.toContain(missing.itemStyle.areaColor);
    expect(missing.itemStyle.decal).toBeDefined();
    expect(missing.itemStyle.decal?.symbol).not.toBe('none');
    // The missing county does not move the scale: 10 still gets the first colour, 50 the last.
    expect(byName(option, '01').itemStyle.areaColor).toBe(VALUE_COLOURS[0]);
    expect(byName(option, '06').itemStyle.areaColor).toBe(VALUE_COLOURS[4]);
  });

  it('keeps a value of 0 as 0, and gives counties with a value no pattern', () => {
    const option = buildMapOption(input([entry('01', 'A', 0), entry('03', 'B', 10)]));
    expect(byName(option, '01').value).toBe(0);
    expect(byName(option, '01').itemStyle.areaColor).toBe(VALUE_COLOURS[0]);
    expect(byName(option, '01').itemStyle.decal).toBeUndefined();
  });
});

describe('buildMapOption: status mode', () => {
  it('colours each county by its status, with the status pattern', () => {
    const statuses: TargetStatus[] = ['on_track', 'at_risk', 'off_track', 'no_target', 'no_data'];
    const entries = statuses.map((status, i) =>
      entry(COUNTIES[i]?.code ?? '', `Län ${i}`, status === 'no_data' ? null : i, status),
    );
    const option = buildMapOption(input(entries, { mode: 'status' }));
    statuses.forEach((status, i) => {
      const item = byName(option, COUNTIES[i]?.code ?? '');
      expect(item.itemStyle.areaColor, status).toBe(STATUS_STYLE[status].colour);
      expect(item.itemStyle.decal, status).toEqual(STATUS_STYLE[status].decal);
    });
    expect(byName(option, COUNTIES[4]?.code ?? '').value).toBeUndefined();
  });

  it('uses the status, not the value, for the colour', () => {
    const option = buildMapOption(
      input([entry('01', 'A', 10, 'off_track'), entry('03', 'B', 50, 'off_track')], { mode: 'status' }),
    );
    expect(byName(option, '01').itemStyle.areaColor).toBe(byName(option, '03').itemStyle.areaColor);
    expect(VALUE_COLOURS).not.toContain(byName(option, '01').itemStyle.areaColor);
  });

  it('gives each status a distinct colour, and the three judged statuses a distinct pattern or none', () => {
    const colours = Object.values(STATUS_STYLE).map((s) => s.colour.toUpperCase());
    expect(new Set(colours).size).toBe(5);
    const decals = (['on_track', 'at_risk', 'off_track'] as const).map((s) =>
      JSON.stringify(STATUS_STYLE[s].decal),
    );
    expect(new Set(decals).size).toBe(3);
  });
});

describe('buildMapOption: selection', () => {
  it('gives the selected counties a thicker dark border and their name on the map', () => {
    const option = buildMapOption(input(five, { selected: ['03', '06'] }));
    const selected = byName(option, '03');
    const other = byName(option, '01');
    expect(selected.itemStyle.borderWidth).toBeGreaterThan(other.itemStyle.borderWidth);
    expect(selected.itemStyle.borderColor).toBe(PALETTE.text);
    expect(other.itemStyle.borderColor).not.toBe(PALETTE.text);
    expect(selected.label).toMatchObject({ show: true, formatter: 'Uppsala län' });
    expect(byName(option, '06').label).toMatchObject({ show: true, formatter: 'Jönköpings län' });
    expect(other.label.show).toBe(false);
    expect(
      items(option)
        .filter((i) => i.label.show)
        .map((i) => i.name),
    ).toEqual(['03', '06']);
  });

  it('keeps the fill of a selected county: selection adds an outline, not a colour', () => {
    const plain = buildMapOption(input(five));
    const selected = buildMapOption(input(five, { selected: ['04'] }));
    expect(byName(selected, '04').itemStyle.areaColor).toBe(byName(plain, '04').itemStyle.areaColor);
  });

  it('outlines a selected county without a value too', () => {
    const option = buildMapOption(
      input([...five, entry('25', 'Norrbottens län', null)], { selected: ['25'] }),
    );
    expect(byName(option, '25').itemStyle.borderColor).toBe(PALETTE.text);
    expect(byName(option, '25').label.show).toBe(true);
  });
});

describe('buildMapOption: tooltip', () => {
  it('escapes HTML in county names', () => {
    const option = buildMapOption(input([entry('01', '<b>x</b>', 1)]));
    const html = tooltip(option)({ name: '01' });
    expect(html).toContain('&lt;b&gt;x&lt;/b&gt;');
    expect(html).not.toContain('<b>x</b>');
  });

  it('escapes the unit and the status label too', () => {
    const option = buildMapOption(
      input([entry('01', 'A', 1, 'on_track')], {
        unit: '<i>u</i>',
        statusLabels: { ...STATUS_LABELS, on_track: '<img src=x>' },
      }),
    );
    const html = tooltip(option)({ name: '01' });
    expect(html).toContain('&lt;i&gt;u&lt;/i&gt;');
    expect(html).toContain('&lt;img src=x&gt;');
    expect(html).not.toContain('<img');
  });

  it('formats numbers the Swedish way: no-break space between thousands, decimal comma', () => {
    const option = buildMapOption(input([entry('01', 'Stockholms län', 1234.5, 'at_risk')]));
    const html = tooltip(option)({ name: '01' });
    expect(html).toContain('1\u00A0234,5 per 1 000');
    expect(html).toContain('Stockholms län');
    expect(html).toContain('Risk');
  });

  it('rounds to the indicator’s decimals', () => {
    const option = buildMapOption(input([entry('01', 'A', 2.25)], { decimals: 0 }));
    expect(tooltip(option)({ name: '01' })).toContain('2 per 1 000');
  });

  it('shows a missing value by its marker, never as 0', () => {
    const option = buildMapOption(
      input([entry('01', 'A', 1), entry('25', 'Norrbottens län', null, 'no_data', '.')]),
    );
    const html = tooltip(option)({ name: '25' });
    expect(html).toContain('. per 1 000');
    expect(html).not.toMatch(/\b0\b/);
  });

  it('shows nothing for a region the map has no entry for', () => {
    expect(tooltip(buildMapOption(input(five)))({ name: '99' })).toBe('');
    expect(tooltip(buildMapOption(input(five)))({})).toBe('');
  });
});

describe('valueLegend', () => {
  it('splits min..max into five equal classes with the scale’s colours, lowest first', () => {
    const legend = valueLegend([entry('01', 'A', 60), entry('03', 'B', 10), entry('04', 'C', 35)]);
    expect(legend).toEqual([
      { colour: VALUE_COLOURS[0], from: 10, to: 20 },
      { colour: VALUE_COLOURS[1], from: 20, to: 30 },
      { colour: VALUE_COLOURS[2], from: 30, to: 40 },
      { colour: VALUE_COLOURS[3], from: 40, to: 50 },
      { colour: VALUE_COLOURS[4], from: 50, to: 60 },
    ]);
  });

  it('ends exactly at the maximum and ignores missing values', () => {
    const legend = valueLegend([entry('01', 'A', 0.1), entry('03', 'B', 0.7), entry('25', 'C', null)]);
    expect(legend).toHaveLength(5);
    expect(legend[0]?.from).toBe(0.1);
    expect(legend[4]?.to).toBe(0.7);
    legend.slice(1).forEach((cls, i) => expect(cls.from).toBeCloseTo(legend[i]?.to ?? Number.NaN, 12));
  });

  it('has no classes when no county has a value', () => {
    expect(valueLegend([entry('01', 'A', null)])).toEqual([]);
    expect(valueLegend([])).toEqual([]);
  });
});
